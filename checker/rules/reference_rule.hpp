// reference: claims against the reference values (`facts:`) of the rule pack, by key.
// See docs/rules/reference.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind reference_rule_kind();
}
