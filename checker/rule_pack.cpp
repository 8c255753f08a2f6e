#include "checker/rule_pack.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_set>

#include "checker/default_pack.hpp"
#include "checker/gazetteer.hpp"
#include "checker/mapping_reader.hpp"
#include "checker/rule_kind.hpp"
#include "parser/extract.hpp"
#include "parser/file_reader.hpp"

namespace figcheck::checker {

namespace {

using parser::Diagnostics;

const std::vector<std::string> kTopLevelKeys{"entities", "metrics", "facts", "qualifiers", "rules"};

std::string defined_at(const YamlSource& source, const YAML::Node& node) {
  return fmt::format("{}:{}", source.name(), node.Mark().line + 1);
}

// The list under a top-level key; anything else is reported.
std::vector<YAML::Node> items_of(const YamlSource& source, const YAML::Node& list,
                                 std::string_view key, Diagnostics& diagnostics) {
  std::vector<YAML::Node> items;
  if (!list.IsSequence()) {
    diagnostics.push_back(source.error_at(list.Mark(), fmt::format("'{}' must be a list", key)));
    return items;
  }
  for (const YAML::Node& item : list) items.push_back(item);
  return items;
}

class PackFileReader {
 public:
  PackFileReader(RulePack& pack, const YamlSource& source, Diagnostics& diagnostics)
      : pack_(pack), source_(source), diagnostics_(diagnostics) {}

  void read(const YAML::Node& root) {
    MappingReader top(source_, root, "rule pack", diagnostics_);
    if (!top.is_mapping()) return;
    // Entities first: facts and part_of refer to them whatever the order in the file.
    if (auto list = top.node("entities", false)) read_entities(*list);
    if (auto list = top.node("metrics", false)) read_metrics(*list);
    if (auto node = top.node("qualifiers", false)) read_qualifiers(*node);
    if (auto list = top.node("facts", false)) read_facts(*list);
    if (auto list = top.node("rules", false)) read_rules(*list);
    top.finish();
  }

 private:
  void read_entities(const YAML::Node& list) {
    std::vector<std::pair<std::string, YAML::Node>> parents;
    // The gazetteer alone holds thousands of places: ids are looked up, not scanned for.
    std::unordered_set<std::string> ids;
    for (const auto& e : pack_.lexicon.entities) ids.insert(e.id);
    for (const YAML::Node& item : items_of(source_, list, "entities", diagnostics_)) {
      MappingReader r(source_, item, "entity", diagnostics_);
      auto id = r.text("id", true);
      auto names = r.texts("names", true);
      // A country's ministries and statistics office report the country's figures: their names
      // stand for it as its own do.
      const auto bodies = r.texts("bodies", false);
      if (names && bodies) names->insert(names->end(), bodies->begin(), bodies->end());
      auto part_of = r.text("part_of", false);
      auto level = r.choice(
          "level", {"country", "province", "city", "district", "zone", "organisation", "other"},
          false);
      r.finish();
      if (!id || !names) continue;
      if (ids.contains(*id)) {
        r.error(item, fmt::format("entity '{}' is defined twice", *id));
        continue;
      }
      if (part_of) parents.emplace_back(*part_of, item["part_of"]);
      pack_.lexicon.entities.push_back(
          {*id, *names, part_of.value_or(""), entity_level_named(level.value_or("other"))});
      ids.insert(pack_.lexicon.entities.back().id);
    }
    for (const auto& [parent, node] : parents) {
      if (!ids.contains(parent)) {
        diagnostics_.push_back(source_.error_at(
            node.Mark(), fmt::format("part_of names unknown entity '{}'", parent)));
      }
    }
  }

  void read_metrics(const YAML::Node& list) {
    for (const YAML::Node& item : items_of(source_, list, "metrics", diagnostics_)) {
      MappingReader r(source_, item, "metric", diagnostics_);
      auto id = r.text("id", true);
      auto names = r.texts("names", true);
      auto kind = r.choice(
          "kind",
          {"money", "percent", "percentage_point", "count", "measure", "multiple", "fraction"},
          false);
      auto growth = r.choice("growth", {"nominal", "real"}, false);
      r.finish();
      if (!id || !names) continue;
      const bool duplicate = std::any_of(pack_.lexicon.metrics.begin(), pack_.lexicon.metrics.end(),
                                         [&](const auto& m) { return m.id == *id; });
      if (duplicate) {
        r.error(item, fmt::format("metric '{}' is defined twice", *id));
        continue;
      }
      pack_.lexicon.metrics.push_back(
          {*id, *names, kind.value_or(""), growth.value_or("nominal") == "real"});
    }
  }

  void read_qualifiers(const YAML::Node& node) {
    MappingReader r(source_, node, "qualifiers", diagnostics_);
    for (auto [key, field] : {std::pair{"nearly", &parser::QualifierWidths::nearly},
                              std::pair{"approx", &parser::QualifierWidths::approx}}) {
      if (auto width = r.number(key, false)) {
        if (!(*width > 0 && *width < 1)) {
          r.error(node[key], fmt::format("'{}' must be between 0 and 1 (a relative width)", key));
        } else {
          pack_.widths.*field = *width;
        }
      }
    }
    r.finish();
  }

  void read_facts(const YAML::Node& list) {
    for (const YAML::Node& item : items_of(source_, list, "facts", diagnostics_)) {
      MappingReader r(source_, item, "fact", diagnostics_);
      auto entity = r.text("entity", true);
      auto metric = r.text("metric", true);
      auto period = r.text("period", true);
      auto value = r.text("value", true);
      auto source = r.text("source", false);
      r.finish();
      if (!entity || !metric || !period || !value) continue;
      parser::ExtractOptions options;
      options.widths = pack_.widths;
      parser::Extraction read = parser::extract(*value, options);
      if (read.claims.size() != 1 || read.claims.front().span.size() != value->size()) {
        r.error(item["value"],
                fmt::format("'{}' is not one figure with its unit (e.g. 241.3亿元)", *value));
        continue;
      }
      pack_.facts.push_back({*entity, *metric, *period, *value, read.claims.front(),
                             source.value_or(""), defined_at(source_, item)});
    }
  }

  void read_rules(const YAML::Node& list) {
    std::set<std::string> ids_here;
    for (const YAML::Node& item : items_of(source_, list, "rules", diagnostics_)) {
      if (item.IsMap() && item["id"] && !item["kind"]) {
        adjust_rule(item);
        continue;
      }
      MappingReader r(source_, item, "rule", diagnostics_);
      if (!r.is_mapping()) continue;
      auto id = r.text("id", true);
      auto kind_name = r.choice("kind", rule_kind_names(), true);
      auto severity = r.choice("severity", {"error", "warning", "info"}, true);
      auto message = r.text("message", true);
      auto description = r.text("description", false);
      auto enabled = r.flag("enabled", false);
      RuleSettings settings;
      if (auto where = r.node("where", false)) settings.where = read_filter(*where);
      if (auto examples = r.node("examples", false)) settings.examples = read_examples(*examples);
      const RuleKind* kind = kind_name ? find_rule_kind(*kind_name) : nullptr;
      if (!id || !kind || !severity || !message) {
        r.finish();
        continue;
      }
      if (!ids_here.insert(*id).second) {
        r.error(item["id"], fmt::format("rule '{}' is defined twice in this file", *id));
        continue;
      }
      check_placeholders(*message, *kind, item["message"]);
      settings.id = *id;
      settings.kind = kind->name;
      settings.severity = *severity_from(*severity);
      settings.message = *message;
      settings.description = description.value_or(kind->summary);
      settings.defined_at = defined_at(source_, item);
      const std::size_t errors_before = diagnostics_.size();
      std::unique_ptr<Rule> rule = kind->build(std::move(settings), r);
      r.finish();
      if (diagnostics_.size() != errors_before || !rule) continue;
      auto& rules = pack_.rules;
      std::erase_if(rules, [&](const auto& existing) { return existing->settings().id == *id; });
      if (enabled.value_or(true)) {
        rules.push_back(std::move(rule));
        pack_.switched_off.erase(*id);
      } else {
        pack_.switched_off.insert(*id);
      }
    }
  }

  // {id: duplicated-passage, enabled: false} or {id: …, severity: warning}: a rule loaded before
  // (the built-in pack's, an earlier file's) switched off or given another severity, without
  // restating it. An id that names no loaded rule is an error, with the nearest id.
  void adjust_rule(const YAML::Node& item) {
    MappingReader r(source_, item, "rule", diagnostics_);
    const auto id = r.text("id", true);
    const auto enabled = r.flag("enabled", false);
    const auto severity = r.choice("severity", {"error", "warning", "info"}, false);
    r.finish();
    if (!id) return;
    auto& rules = pack_.rules;
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto& loaded) {
      return loaded->settings().id == *id;
    });
    if (rule == rules.end()) {
      r.error(item["id"], with_nearest(fmt::format("no rule '{}' is loaded to switch off or adjust "
                                                   "(a new rule needs kind, severity and message)",
                                                   *id),
                                       *id, pack_.known_rule_ids()));
      return;
    }
    if (severity) (*rule)->set_severity(*severity_from(*severity));
    if (!enabled.value_or(true)) {
      pack_.switched_off.insert(*id);
      rules.erase(rule);
    }
  }

  ClaimFilter read_filter(const YAML::Node& node) {
    MappingReader r(source_, node, "where", diagnostics_);
    ClaimFilter filter;
    auto read_choices = [&](const char* key, const std::vector<std::string>& valid) {
      std::vector<std::string> values = r.texts(key, false).value_or(std::vector<std::string>{});
      for (const std::string& v : values) {
        if (!valid.empty() && std::find(valid.begin(), valid.end(), v) == valid.end()) {
          r.error(node[key],
                  fmt::format("'{}' is not a valid {}; use one of: {}", v, key, joined(valid)));
        }
      }
      return values;
    };
    filter.kinds = read_choices("kind", {"money", "percent", "percentage_point", "count", "measure",
                                         "multiple", "fraction"});
    filter.units = read_choices("unit", {});
    filter.modalities = read_choices("modality", {"actual", "target", "forecast", "threshold"});
    filter.roles =
        read_choices("role", {"value", "share", "change", "change_from", "subset", "respectively"});
    filter.entities = read_choices("entity", {});
    filter.metrics = read_choices("metric", {});
    r.finish();
    return filter;
  }

  std::vector<RuleExample> read_examples(const YAML::Node& node) {
    MappingReader r(source_, node, "examples", diagnostics_);
    std::vector<RuleExample> examples;
    for (const std::string& text : r.texts("fires", false).value_or(std::vector<std::string>{}))
      examples.push_back({text, true});
    for (const std::string& text : r.texts("passes", false).value_or(std::vector<std::string>{}))
      examples.push_back({text, false});
    r.finish();
    return examples;
  }

  void check_placeholders(std::string_view message, const RuleKind& kind, const YAML::Node& at) {
    std::vector<std::string> valid = evidence_placeholders();
    valid.insert(valid.end(), kind.placeholders.begin(), kind.placeholders.end());
    for (std::size_t open = message.find('{'); open != std::string_view::npos;
         open = message.find('{', open + 1)) {
      const std::size_t close = message.find('}', open);
      if (close == std::string_view::npos) break;
      const std::string name(message.substr(open + 1, close - open - 1));
      if (std::find(valid.begin(), valid.end(), name) != valid.end()) continue;
      std::string text = fmt::format("unknown placeholder '{{{}}}' in message", name);
      if (std::string near = closest_match(name, valid); !near.empty())
        text += fmt::format(" (did you mean '{{{}}}'?)", near);
      diagnostics_.push_back(source_.error_at(at.Mark(), std::move(text)));
    }
  }

  [[nodiscard]] bool entity_index(std::string_view id) const {
    return std::any_of(pack_.lexicon.entities.begin(), pack_.lexicon.entities.end(),
                       [&](const auto& e) { return e.id == id; });
  }

  RulePack& pack_;
  const YamlSource& source_;
  Diagnostics& diagnostics_;
};

}  // namespace

void add_to_pack(RulePack& pack, const YamlSource& source, Diagnostics& diagnostics) {
  diagnostics.insert(diagnostics.end(), source.diagnostics().begin(), source.diagnostics().end());
  pack.files.push_back(source.name());
  if (!source.root() || source.root()->IsNull()) return;
  try {
    PackFileReader(pack, source, diagnostics).read(*source.root());
  } catch (const YAML::Exception& e) {
    // Every node is checked before it is read; should yaml-cpp throw all the same, the pack is
    // in error, not the run.
    diagnostics.push_back(source.error_at(e.mark, e.msg));
  }
}

void add_default_pack(RulePack& pack, Diagnostics& diagnostics) {
  for (const EmbeddedFile& file : default_pack_files()) {
    add_to_pack(pack, YamlSource(std::string(file.name), std::string(file.text)), diagnostics);
  }
  add_gazetteer(pack);
}

void add_pack_path(RulePack& pack, const std::filesystem::path& path, Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<fs::path> files;
  if (fs::is_directory(path, error)) {
    for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
         it.increment(error)) {
      const std::string extension = it->path().extension().string();
      if (it->is_regular_file(error) && (extension == ".yaml" || extension == ".yml"))
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  for (const fs::path& file : files) {
    parser::FileBytes read = parser::read_file_bytes(file, YamlSource::kMaxBytes);
    if (!read.read()) {
      diagnostics.push_back(
          {file.string(), 0, 0, parser::DiagnosticSeverity::error,
           "cannot read rule pack: " + parser::read_failure(read, YamlSource::kMaxBytes),
           "config"});
      continue;
    }
    add_to_pack(pack, YamlSource(file.string(), std::move(read.bytes)), diagnostics);
  }
}

std::vector<std::string> RulePack::known_rule_ids() const {
  std::vector<std::string> ids(switched_off.begin(), switched_off.end());
  for (const auto& rule : rules) ids.push_back(rule->settings().id);
  return ids;
}

}  // namespace figcheck::checker
