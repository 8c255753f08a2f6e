// change: a direction word against the values (从12%提高到9%), and a stated growth rate against
// the values stated for consecutive periods (116个, 同比增长73.3% against a stated 2024 count).
// See docs/rules/change.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind change_rule_kind();
}  // namespace figcheck::checker
