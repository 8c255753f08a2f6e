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
  // Chinese text is full of full-width punctuation (，：) that stays as it is; only digits,
  // letters and a few signs fold. Copy the runs between them in bulk.
  std::size_t copied = 0;
  for (std::size_t at = original.find('\xEF'); at != std::string_view::npos;
       at = original.find('\xEF', at + 1)) {
    if (at + 2 >= original.size() || (original[at + 1] != '\xBC' && original[at + 1] != '\xBD'))
      continue;
    const utf8::Decoded d = utf8::decode(original, at);
    if (!d.valid()) continue;
    const auto length = static_cast<std::size_t>(d.length);
    char ascii = fold(d.code_point);
    // A full-width comma is a thousands separator only between a digit and a 3-digit group.
    if (d.code_point == 0xFF0C && digit_before(at, copied) &&
        thousands_group_follows(original, at + length)) {
      ascii = ',';
    }
    if (ascii == 0) continue;
    if (folded_.empty()) folded_.reserve(original.size());
    folded_.append(original.substr(copied, at - copied));
    folded_.push_back(ascii);
    anchors_.push_back({folded_.size(), at + length});
    copied = at + length;
    at = copied - 1;
  }
  if (anchors_.empty()) {
    folded_.clear();
    return;
  }
  folded_.append(original.substr(copied));
}

// Whether the character before `at` reads as a digit once folded: "1", or "１" folded into the
// last character written.
bool NormalizedText::digit_before(std::size_t at, std::size_t copied) const {
  if (at > 0 && original_[at - 1] >= '0' && original_[at - 1] <= '9') return true;
  return at == copied && !folded_.empty() && folded_.back() >= '0' && folded_.back() <= '9';
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
