// The values of each 分别 list, counted once by attribution for the respectively rule.
#pragma once

#include <span>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::parser {

// Sets list_values on the first claim of every 分别 list in `claims` (one document, text order).
void count_list_values(std::string_view text, std::span<Claim> claims);

}  // namespace figcheck::parser
