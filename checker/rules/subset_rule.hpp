// subset: a figure introduced by 其中 larger than the figure it is part of, or parts that add
// up to more than their whole. See docs/rules/subset.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind subset_rule_kind();
}
