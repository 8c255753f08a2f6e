#include "checker/mapping_reader.hpp"

#include <cmath>

#include <fmt/format.h>

#include <algorithm>

namespace figcheck::checker {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string_view type_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "a scalar";
    default:
      return "nothing";
  }
}

}  // namespace

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out.append(separator);
    out.append(item);
  }
  return out;
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string with_nearest(std::string message, std::string_view word,
                         const std::vector<std::string>& candidates) {
  if (const std::string near = closest_match(word, candidates); !near.empty())
    message += fmt::format(" (did you mean '{}'?)", near);
  return message;
}

MappingReader::MappingReader(const YamlSource& source, const YAML::Node& node, std::string what,
                             parser::Diagnostics& diagnostics)
    : source_(source), node_(node), what_(std::move(what)), diagnostics_(diagnostics) {
  if (!node_.IsMap())
    error(node_, fmt::format("a {} must be a mapping, not {}", what_, type_name(node_)));
}

void MappingReader::error(const YAML::Node& at, std::string message) {
  diagnostics_.push_back(source_.error_at(at.Mark(), std::move(message)));
}

std::optional<YAML::Node> MappingReader::lookup(std::string_view key, bool required) {
  known_.emplace_back(key);
  if (!node_.IsMap()) return std::nullopt;
  const YAML::Node value = node_[std::string(key)];
  if (!value.IsDefined() || value.IsNull()) {
    if (required) error(node_, fmt::format("{} is missing required key '{}'", what_, key));
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> MappingReader::text(std::string_view key, bool required) {
  auto value = lookup(key, required);
  if (!value) return std::nullopt;
  if (!value->IsScalar()) {
    error(*value, fmt::format("'{}' must be text, not {}", key, type_name(*value)));
    return std::nullopt;
  }
  return value->Scalar();
}

std::optional<std::vector<std::string>> MappingReader::texts(std::string_view key, bool required) {
  auto value = lookup(key, required);
  if (!value) return std::nullopt;
  if (value->IsScalar()) return std::vector<std::string>{value->Scalar()};
  if (!value->IsSequence()) {
    error(*value, fmt::format("'{}' must be a list of texts, not {}", key, type_name(*value)));
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const YAML::Node& item : *value) {
    if (!item.IsScalar()) {
      error(item, fmt::format("items of '{}' must be texts, not {}", key, type_name(item)));
      return std::nullopt;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::optional<double> MappingReader::number(std::string_view key, bool required) {
  auto value = lookup(key, required);
  if (!value) return std::nullopt;
  double number = 0;
  if (!value->IsScalar() || !YAML::convert<double>::decode(*value, number) ||
      !std::isfinite(number)) {
    error(*value, fmt::format("'{}' must be a number", key));
    return std::nullopt;
  }
  return number;
}

std::optional<std::size_t> MappingReader::count(std::string_view key, bool required,
                                                std::size_t low, std::size_t high) {
  auto value = lookup(key, required);
  if (!value) return std::nullopt;
  double number = 0;
  const bool is_number = value->IsScalar() && YAML::convert<double>::decode(*value, number);
  // Compared as doubles first: casting one outside size_t's range is undefined behaviour.
  if (!is_number || !(number >= static_cast<double>(low) && number <= static_cast<double>(high)) ||
      number != std::trunc(number)) {
    error(*value, fmt::format("'{}' must be a whole number from {} to {}", key, low, high));
    return std::nullopt;
  }
  return static_cast<std::size_t>(number);
}

std::optional<bool> MappingReader::flag(std::string_view key, bool required) {
  auto value = lookup(key, required);
  if (!value) return std::nullopt;
  bool flag = false;
  if (!value->IsScalar() || !YAML::convert<bool>::decode(*value, flag)) {
    error(*value, fmt::format("'{}' must be true or false", key));
    return std::nullopt;
  }
  return flag;
}

std::optional<YAML::Node> MappingReader::node(std::string_view key, bool required) {
  return lookup(key, required);
}

std::optional<std::string> MappingReader::choice(std::string_view key,
                                                 const std::vector<std::string>& choices,
                                                 bool required) {
  auto value = text(key, required);
  if (!value) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *value) != choices.end()) return value;
  error(node_[std::string(key)], with_nearest(fmt::format("'{}' is not a valid {}; use one of: {}",
                                                          *value, key, joined(choices)),
                                              *value, choices));
  return std::nullopt;
}

void MappingReader::finish() {
  if (!node_.IsMap()) return;
  for (const auto& entry : node_) {
    const std::string key = entry.first.Scalar();
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    error(entry.first,
          with_nearest(fmt::format("unknown key '{}' in {}", key, what_), key, known_));
  }
}

}  // namespace figcheck::checker
