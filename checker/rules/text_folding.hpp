// How sentences are compared across articles: spaces and line breaks do not count, and
// full-width forms are their ASCII twins (，→, ！→!). Shared by the exact and the near duplicate
// checks, so that both see the same text.
#pragma once

namespace figcheck::checker {

// The character as compared, or 0 when it does not count.
inline char32_t folded_for_comparison(char32_t c) {
  if (c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\u3000') return 0;
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  return c;
}

}  // namespace figcheck::checker
