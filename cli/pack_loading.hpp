// The rule pack a run uses: the embedded default (unless left out) with the user's packs on
// top, and the attribution lexicon taken from it.
#pragma once

#include <string>
#include <vector>

#include "checker/rule_pack.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::cli {

// A rule's level set by id in .figcheck.yaml (levels: {duplicated-passage: off}): off, or the
// severity of its findings. `at` says where, for an id no loaded rule has.
struct RuleLevel {
  std::string id;
  std::string level;  // off, info, warning, error
  parser::Diagnostic at;
};

struct PackChoice {
  std::vector<std::string> rules;  // files or folders, in order
  bool no_default_rules = false;
  std::vector<RuleLevel> levels;  // applied after every pack
};

checker::RulePack load_rule_pack(const PackChoice& choice, parser::Diagnostics& diagnostics);

// An error, where it stands, for each level whose id no loaded or switched-off rule has.
void report_unknown_levels(const std::vector<RuleLevel>& levels, const checker::RulePack& pack,
                           parser::Diagnostics& diagnostics);

}  // namespace figcheck::cli
