// UTF-8 helpers over byte strings; decoding is ICU's (unicode/utf8.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::parser::utf8 {

// The code point starting at `offset`, and its length in bytes; an ill-formed sequence gives
// code_point < 0 and length 1.
struct Decoded {
  char32_t code_point;
  int length;
  [[nodiscard]] bool valid() const { return length > 0 && code_point != 0xFFFFFFFF; }
};
Decoded decode_any(std::string_view text, std::size_t offset);

// Inline for ASCII and the three-byte sequences of Chinese text, the hot cases of every scan;
// everything else (and every ill-formed sequence) goes through ICU in decode_any.
inline Decoded decode(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return decode_any(text, offset);
  const auto lead = static_cast<unsigned char>(text[offset]);
  if (lead < 0x80) return {lead, 1};
  // E1–EC and EE–EF take any continuation bytes (E0 and ED restrict the second one).
  if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && offset + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[offset + 1]);
    const auto b2 = static_cast<unsigned char>(text[offset + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      return {static_cast<char32_t>(((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F)), 3};
    }
  }
  return decode_any(text, offset);
}

// decode() for scans over every character of well-formed text (documents are repaired on load):
// a three-byte sequence is not validated, which saves most of the cost per character. On
// ill-formed bytes it may return a wrong code point, never a length past the text; a scan that
// acts on a character matches it again with the validating decode().
inline Decoded decode_scanning(std::string_view text, std::size_t offset) {
  if (offset < text.size()) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return {lead, 1};
    if ((lead & 0xF0) == 0xE0 && offset + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[offset + 1]);
      const auto b2 = static_cast<unsigned char>(text[offset + 2]);
      return {static_cast<char32_t>(((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F)), 3};
    }
  }
  return decode(text, offset);
}

// The code point that ends just before `offset`, walking back over continuation bytes. Inline
// for ASCII and three-byte sequences: every figure looks back at its prefix character by
// character.
Decoded decode_before_any(std::string_view text, std::size_t offset);
inline Decoded decode_before(std::string_view text, std::size_t offset) {
  if (offset == 0 || offset > text.size()) return decode_before_any(text, offset);
  const auto last = static_cast<unsigned char>(text[offset - 1]);
  if (last < 0x80) return {last, 1};
  if (offset >= 3) {
    const auto lead = static_cast<unsigned char>(text[offset - 3]);
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED) {
      const Decoded d = decode(text, offset - 3);
      if (d.valid() && d.length == 3) return d;
    }
  }
  return decode_before_any(text, offset);
}

std::size_t count_code_points(std::string_view text);

// The first `limit` code points of well-formed `text` (all of it when shorter).
std::string_view first_code_points(std::string_view text, std::size_t limit);

// A CJK ideograph (the unified block and extension A): what Chinese words are made of.
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// Whether `text` holds at least one Chinese character.
bool contains_han(std::string_view text);

void append(std::string& out, char32_t code_point);

struct InvalidSequence {
  std::size_t offset;  // in the text before repair
  unsigned char byte;
};

// Replaces every ill-formed sequence with U+FFFD and reports where each one was.
std::vector<InvalidSequence> repair(std::string& text);

}  // namespace figcheck::parser::utf8
