// containment: a place's figure larger than the same figure of the place it lies in (part_of
// in the pack), for the same metric, period and unit. See docs/rules/containment.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind containment_rule_kind();
}
