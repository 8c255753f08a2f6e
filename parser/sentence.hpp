// Sentence and clause bounds around a position: what a finding quotes, and the stretch in
// which cue words (增长, 占, 预计 …) count for a figure.
#pragma once

#include <cstddef>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::parser {

// The sentence containing [begin, end): from after the previous 。！？；!?; or line end to the
// next one, inclusive of it; at most `kMaxSentenceBytes` on each side so a 10 MB line without
// punctuation costs nothing special.
ByteSpan sentence_around(std::string_view text, std::size_t begin, std::size_t end);

// Where the clause holding `position` starts: after the previous ，；：。！？ or line end.
std::size_t clause_start(std::string_view text, std::size_t position, std::size_t floor);

// Where the clause holding `position` ends (before the next clause mark), at most `ceiling`.
std::size_t clause_end(std::string_view text, std::size_t position, std::size_t ceiling);

inline constexpr std::size_t kMaxSentenceBytes = 2048;

}  // namespace figcheck::parser
