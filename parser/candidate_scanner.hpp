// Finds where a numeral may start, so the grammar runs at few places instead of every byte:
// ASCII digits (full-width ones are folded before), Chinese numeral characters, 翻 (翻番).
#pragma once

#include <cstddef>
#include <string_view>

namespace figcheck::parser {

inline constexpr std::size_t kNoCandidate = std::string_view::npos;

// The first candidate at or after `from`; `text` must be valid UTF-8.
std::size_t next_candidate(std::string_view text, std::size_t from);

// Whether the code point is one of the Chinese characters a numeral is written with.
bool is_numeral_character(char32_t code_point);

// The end of the run of numeral characters (Arabic or Chinese) starting at `from`: where the
// scan goes on after a run the grammar could not read as one number.
std::size_t numeral_run_end(std::string_view text, std::size_t from);

}  // namespace figcheck::parser
