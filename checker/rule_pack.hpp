// A rule pack (DESIGN §6): lexicons of entities and metrics, reference facts, qualifier widths,
// and rules, merged from the embedded default pack and the user's files. Loading validates
// strictly; every problem is a `path:line:col: error: … [config]` diagnostic.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "checker/rule.hpp"
#include "checker/yaml_source.hpp"
#include "parser/attribution/lexicon.hpp"
#include "parser/interval.hpp"

namespace figcheck::checker {

struct Fact {
  std::string entity;
  std::string metric;
  std::string period;
  std::string value_text;  // as written in the pack: 241.3亿元
  parser::Claim value;     // read by the extractor, with its interval
  std::string source;
  std::string defined_at;  // path:line
};

struct RulePack {
  parser::AttributionLexicon lexicon;
  parser::QualifierWidths widths;
  std::vector<Fact> facts;
  std::vector<std::unique_ptr<Rule>> rules;
  std::vector<std::string> files;  // what was loaded, in order
  // Ids of rules a pack or .figcheck.yaml switched off: still known, as suppressions may name them.
  std::set<std::string> switched_off;

  // Every id a suppression or a level may name: the loaded rules' and the switched-off ones.
  [[nodiscard]] std::vector<std::string> known_rule_ids() const;

  [[nodiscard]] PackData data() const { return {&lexicon, &facts}; }
};

// Adds one YAML file's content. A rule whose id is already in the pack replaces it (a user's
// pack refines the default one); `enabled: false` removes it.
void add_to_pack(RulePack& pack, const YamlSource& source, parser::Diagnostics& diagnostics);

// The pack compiled into the binary from rules/*.yaml.
void add_default_pack(RulePack& pack, parser::Diagnostics& diagnostics);

// A .yaml/.yml file, or a folder of them (sorted, recursive).
void add_pack_path(RulePack& pack, const std::filesystem::path& path,
                   parser::Diagnostics& diagnostics);

}  // namespace figcheck::checker
