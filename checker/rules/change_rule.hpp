// change: a direction word against the values (从12%提高到9%), and a stated growth rate against
// the values stated for consecutive periods (116个, 同比增长73.3% against a stated 2024 count).
// See docs/rules/change.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind change_rule_kind();
// The same stretch one year earlier: 2025 → 2024, 2025-01..2025-09 → 2024-01..2024-09.
std::optional<std::string> year_before(std::string_view period);
}  // namespace figcheck::checker
