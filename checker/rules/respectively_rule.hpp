// respectively: a 分别 list whose subjects and values differ in number (雏鹰、瞪羚企业分别达
// 31%、24%、17%). See docs/rules/respectively.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind respectively_rule_kind();
}
