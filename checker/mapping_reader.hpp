// Reads one YAML mapping strictly: each key is declared by the code that reads it, so keys that
// nobody reads are reported as unknown (with "did you mean"), missing required keys at the
// mapping, and wrong types at the value. Values come back as optionals; errors go to a list.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/yaml_source.hpp"

namespace figcheck::checker {

class MappingReader {
 public:
  // `what` names the mapping in messages ("rule", "entity").
  MappingReader(const YamlSource& source, const YAML::Node& node, std::string what,
                parser::Diagnostics& diagnostics);

  [[nodiscard]] bool is_mapping() const { return node_.IsMap(); }

  std::optional<std::string> text(std::string_view key, bool required);
  std::optional<std::vector<std::string>> texts(std::string_view key, bool required);
  // A finite number (YAML's .nan and .inf are refused).
  std::optional<double> number(std::string_view key, bool required);
  // A whole number from `low` to `high`.
  std::optional<std::size_t> count(std::string_view key, bool required, std::size_t low,
                                   std::size_t high);
  std::optional<bool> flag(std::string_view key, bool required);
  // A value of any shape, for the caller to read; marks the key as known.
  std::optional<YAML::Node> node(std::string_view key, bool required);
  // One of `choices`; anything else is an error listing them.
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& choices,
                                    bool required);

  // Reports the keys that no call above asked for. Call once, after reading.
  void finish();

  void error(const YAML::Node& at, std::string message);
  [[nodiscard]] const YamlSource& source() const { return source_; }

 private:
  std::optional<YAML::Node> lookup(std::string_view key, bool required);

  const YamlSource& source_;
  YAML::Node node_;
  std::string what_;
  parser::Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

// "a, b, c": fmt::join trips a false GCC 12 warning in fmt 9, so lists are joined here.
std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ");

// The closest of `candidates` to `word` when it is close enough to be a typo, else empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// `message` with " (did you mean 'X'?)" when one of `candidates` is close to `word`.
std::string with_nearest(std::string message, std::string_view word,
                         const std::vector<std::string>& candidates);

}  // namespace figcheck::checker
