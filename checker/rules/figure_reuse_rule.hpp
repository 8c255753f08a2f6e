// figure-reuse: the same precise figure (three or more significant digits, not round) under
// different keys: often a figure pasted into the wrong sentence. See docs/rules/figure-reuse.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind figure_reuse_rule_kind();
// Significant digits of a value as printed (24130000000 → 4, 18 → 2, 73.3 → 3).
int significant_digits(double value);
}  // namespace figcheck::checker
