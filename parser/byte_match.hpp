// Whether a short word stands at a place in a text, compared byte by byte inline. The words
// tested around every figure are two to nine bytes; a call into memcmp per test cost more than
// the comparison itself (perf put memcmp at a tenth of extraction and attribution).
#pragma once

#include <cstddef>
#include <string_view>

namespace figcheck::parser {

inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// `word` starts at `at` in `text`.
inline bool starts_with_at(std::string_view text, std::size_t at, std::string_view word) {
  return at <= text.size() && text.size() - at >= word.size() &&
         same_bytes(text.data() + at, word.data(), word.size());
}

// `word` ends just before `at` in `text`.
inline bool ends_with_at(std::string_view text, std::size_t at, std::string_view word) {
  return at <= text.size() && at >= word.size() &&
         same_bytes(text.data() + at - word.size(), word.data(), word.size());
}

inline bool has_prefix(std::string_view text, std::string_view word) {
  return starts_with_at(text, 0, word);
}

inline bool has_suffix(std::string_view text, std::string_view word) {
  return ends_with_at(text, text.size(), word);
}

}  // namespace figcheck::parser
