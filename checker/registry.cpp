// One line per rule kind; adding a kind touches no other kind.
#include <algorithm>

#include "checker/rule_kind.hpp"
#include "checker/rules/change_rule.hpp"
#include "checker/rules/conflict_rule.hpp"
#include "checker/rules/containment_rule.hpp"
#include "checker/rules/duplicate_text_rule.hpp"
#include "checker/rules/figure_reuse_rule.hpp"
#include "checker/rules/range_rule.hpp"
#include "checker/rules/reference_rule.hpp"
#include "checker/rules/respectively_rule.hpp"
#include "checker/rules/share_rule.hpp"
#include "checker/rules/subset_rule.hpp"

namespace figcheck::checker {

const std::vector<RuleKind>& rule_kinds() {
  static const std::vector<RuleKind> kinds{
      conflict_rule_kind(),     duplicate_text_rule_kind(), figure_reuse_rule_kind(),
      share_rule_kind(),        change_rule_kind(),         subset_rule_kind(),
      containment_rule_kind(),  range_rule_kind(),          reference_rule_kind(),
      respectively_rule_kind(),
  };
  return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
  const auto& kinds = rule_kinds();
  const auto found =
      std::find_if(kinds.begin(), kinds.end(), [&](const RuleKind& k) { return k.name == name; });
  return found == kinds.end() ? nullptr : &*found;
}

std::vector<std::string> rule_kind_names() {
  std::vector<std::string> names;
  for (const RuleKind& kind : rule_kinds()) names.push_back(kind.name);
  return names;
}

}  // namespace figcheck::checker
