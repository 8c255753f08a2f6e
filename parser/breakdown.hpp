// A breakdown written in a parenthesis right after a figure: 境外输入病例39例（上海22例，广东5例，
// 天津2例）. The figures listed there, of the same unit, are parts of the figure before the
// parenthesis, as the figures after 其中 are parts of the figure before it.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "parser/claim.hpp"

namespace figcheck::parser {

// Marks the parts of every breakdown as Role::subset. A breakdown lists at least two values
// (or parts already) of the figure's kind, unit and classifier and names no time
// (（2023年15例，2024年20例） are years, not parts); a figure after 其中 inside it is a part of
// that 其中's figure, not of the breakdown's. `claims` in text order, with their roles from the
// cues.
void mark_breakdown_parts(std::string_view text, std::vector<Claim>& claims);

// The index of the figure whose breakdown the claim at `index` is listed in; nullopt when it is
// listed in none (or after a 其中 inside one).
std::optional<std::size_t> breakdown_whole(std::string_view text, std::span<const Claim> claims,
                                           std::size_t index);

}  // namespace figcheck::parser
