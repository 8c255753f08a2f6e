// The rule pack a run uses: the embedded default (unless left out) with the user's packs on
// top, and the attribution lexicon taken from it.
#pragma once

#include <string>
#include <vector>

#include "checker/rule_pack.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::cli {

struct PackChoice {
  std::vector<std::string> rules;  // files or folders, in order
  bool no_default_rules = false;
};

checker::RulePack load_rule_pack(const PackChoice& choice, parser::Diagnostics& diagnostics);

}  // namespace figcheck::cli
