// conflict: claims with the same key (entity, metric, period, unit, modality) whose intervals
// do not meet; and, without a key, two sentences that are the same apart from a figure (an
// article republished with one number changed). See docs/rules/conflict.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind conflict_rule_kind();
}
