#include "parser/utf8.hpp"

#include <algorithm>

#include <unicode/utf8.h>

namespace figcheck::parser::utf8 {

Decoded decode_any(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {0xFFFFFFFF, 1};
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(s, i, length, c);
  if (c < 0) return {0xFFFFFFFF, 1};
  return {static_cast<char32_t>(c), static_cast<int>(i - static_cast<int32_t>(offset))};
}

Decoded decode_before_any(std::string_view text, std::size_t offset) {
  if (offset == 0) return {0, 0};
  if (offset > text.size()) return {0xFFFFFFFF, 1};
  std::size_t start = offset - 1;
  while (start > 0 && offset - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  Decoded d = decode(text, start);
  if (start + static_cast<std::size_t>(d.length) != offset) return {0xFFFFFFFF, 1};
  return d;
}

std::string_view first_code_points(std::string_view text, std::size_t limit) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < limit && at < text.size(); ++n)
    at += static_cast<std::size_t>(std::max(decode(text, at).length, 1));
  return text.substr(0, std::min(at, text.size()));
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

bool contains_han(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Decoded d = decode(text, at);
    if (d.valid() && is_han(d.code_point)) return true;
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return false;
}

void append(std::string& out, char32_t code_point) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, static_cast<UChar32>(code_point), error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

std::vector<InvalidSequence> repair(std::string& text) {
  std::vector<InvalidSequence> invalid;
  // Fast path: most articles are clean, so only copy when something is wrong.
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    Decoded d = decode(text, i);
    if (!d.valid()) break;
    i += static_cast<std::size_t>(d.length);
  }
  if (i == text.size()) return invalid;

  std::string repaired(text, 0, i);
  repaired.reserve(text.size() + 16);
  while (i < text.size()) {
    Decoded d = decode(text, i);
    if (d.valid()) {
      repaired.append(text, i, static_cast<std::size_t>(d.length));
      i += static_cast<std::size_t>(d.length);
    } else {
      invalid.push_back({i, static_cast<unsigned char>(text[i])});
      append(repaired, U'\uFFFD');
      ++i;
    }
  }
  text = std::move(repaired);
  return invalid;
}

}  // namespace figcheck::parser::utf8
