#include "parser/text_normalizer.hpp"

#include <algorithm>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

bool is_digit_code_point(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19);
}

// Whether the code points from `offset` are exactly three digits followed by a non-digit: the
// shape of a thousands group after a full-width comma (８２，２２５).
bool thousands_group_follows(std::string_view text, std::size_t offset) {
  for (int i = 0; i < 4; ++i) {
    if (offset >= text.size()) return i == 3;
    const utf8::Decoded d = utf8::decode(text, offset);
    const bool digit = d.valid() && is_digit_code_point(d.code_point);
    if (i < 3 && !digit) return false;
    if (i == 3) return !digit;
    offset += static_cast<std::size_t>(d.length);
  }
  return true;
}

// The ASCII character a full-width form folds to, or 0 to keep it.
char fold(char32_t c) {
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<char>('0' + (c - 0xFF10));
  if (c >= 0xFF21 && c <= 0xFF3A) return static_cast<char>('A' + (c - 0xFF21));
  if (c >= 0xFF41 && c <= 0xFF5A) return static_cast<char>('a' + (c - 0xFF41));
  switch (c) {
    case 0xFF0E:
      return '.';
    case 0xFF05:
      return '%';
    case 0xFF0B:
      return '+';
    case 0xFF0D:
      return '-';
    case 0xFF0F:
      return '/';
    case 0xFF04:
      return '$';
    default:
      return 0;
  }
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) : original_(original) {
  // Full-width forms all start with 0xEF 0xBC or 0xEF 0xBD: a fast scan finds the first one.
  std::size_t first = original.find('\xEF');
  while (first != std::string_view::npos && first + 1 < original.size() &&
         original[first + 1] != '\xBC' && original[first + 1] != '\xBD') {
    first = original.find('\xEF', first + 1);
  }
  if (first == std::string_view::npos) return;

  folded_.reserve(original.size());
  folded_.append(original.substr(0, first));
  std::size_t i = first;
  char previous_folded = 0;
  while (i < original.size()) {
    const auto byte = static_cast<unsigned char>(original[i]);
    if (byte != 0xEF) {
      folded_.push_back(original[i]);
      previous_folded = original[i];
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(original, i);
    const auto length = static_cast<std::size_t>(d.valid() ? d.length : 1);
    char ascii = d.valid() ? fold(d.code_point) : 0;
    // A full-width comma is a thousands separator only between a digit and a 3-digit group.
    if (d.valid() && d.code_point == 0xFF0C && previous_folded >= '0' && previous_folded <= '9' &&
        thousands_group_follows(original, i + length)) {
      ascii = ',';
    }
    if (ascii != 0) {
      folded_.push_back(ascii);
      anchors_.push_back({folded_.size(), i + length});
      previous_folded = ascii;
    } else {
      folded_.append(original.substr(i, length));
      previous_folded = 0;
    }
    i += length;
  }
  if (anchors_.empty()) folded_.clear();
}

std::size_t NormalizedText::to_original(std::size_t normalized_offset) const {
  if (anchors_.empty()) return normalized_offset;
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), normalized_offset,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.normalized; });
  if (it == anchors_.begin()) return normalized_offset;
  --it;
  return it->original + (normalized_offset - it->normalized);
}

}  // namespace figcheck::parser
