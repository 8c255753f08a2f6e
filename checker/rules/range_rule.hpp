// range: figures outside what their kind allows: a share above 100% or below 0, a count that is
// negative or not whole, a date that does not exist (2月30日). See docs/rules/range.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind range_rule_kind();
}
