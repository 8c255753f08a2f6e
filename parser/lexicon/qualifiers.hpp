// Qualifier words: before a number (超, 近, 约, 不到 …, found by looking back from the number)
// and after it (以上, 左右, 以内 …, read by the grammar).
#pragma once

#include <span>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::parser::lexicon {

struct QualifierEntry {
  std::string_view surface;
  Qualifier qualifier;
  // 达, 共计 do not change what the figure allows; they stay out of the claim's text.
  bool in_span = true;
};

std::span<const QualifierEntry> prefix_qualifiers();
std::span<const QualifierEntry> suffix_qualifiers();

}  // namespace figcheck::parser::lexicon
