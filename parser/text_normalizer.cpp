#include "parser/text_normalizer.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "parser/candidate_scanner.hpp"
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

// What stands on one side of a run of spaces, for deciding whether the run splits a figure.
enum class Neighbour : std::uint8_t { digit, point, percent, numeral, han, other };

// Besides its numerals, a Chinese figure is built of 分之, 点, 又, 成, 折, 个百分点 and 负.
constexpr std::u32string_view kFigureJoiners = U"分之点點又成折个個负負";

Neighbour classify(char32_t c) {
  if (is_digit_code_point(c)) return Neighbour::digit;
  if (c == U'.' || c == 0xFF0E) return Neighbour::point;
  if (c == U'%' || c == 0xFF05) return Neighbour::percent;
  if (is_numeral_character(c) || kFigureJoiners.find(c) != std::u32string_view::npos)
    return Neighbour::numeral;
  if (utf8::is_han(c)) return Neighbour::han;
  return Neighbour::other;
}

bool is_digit_or_point(const utf8::Decoded& d) {
  if (!d.valid()) return false;
  const Neighbour n = classify(d.code_point);
  return n == Neighbour::digit || n == Neighbour::point;
}

// What a decimal at the start of a line may be followed by and still be a figure (2.4 个百分点),
// not a heading's number (4.2 场景展望).
constexpr std::u32string_view kUnitsAfterADecimal = U"个個万萬亿億倍%％";

// Where the Arabic number that ends at `end` begins (digits, points and commas, either width).
std::size_t number_start(std::string_view text, std::size_t end) {
  while (end > 0) {
    const utf8::Decoded d = utf8::decode_before(text, end);
    if (!d.valid() || !(is_digit_or_point(d) || d.code_point == U',')) break;
    end -= static_cast<std::size_t>(d.length);
  }
  return end;
}

bool is_ascii_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Whether the number ending at `number_end` is followed, after spaces, by a word it counts or
// measures (631 家). Not a name with a number (OCR 2 所验证, iPhone 15 发布), a heading's number
// (4.2 场景展望 at the start of a line) or a year written bare (与 2026 人机协作).
bool number_joins_the_word_after(std::string_view text, std::size_t number_end,
                                 const utf8::Decoded& word) {
  const std::size_t start = number_start(text, number_end);
  std::size_t before = start;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before > 0 && is_ascii_letter(text[before - 1])) return false;
  const std::string_view number = text.substr(start, number_end - start);
  std::size_t line = before;
  while (line > 0 && (text[line - 1] == '#' || text[line - 1] == '*' || text[line - 1] == '>' ||
                      text[line - 1] == ' ' || text[line - 1] == '\t'))
    --line;
  const bool heading_number =
      (line == 0 || text[line - 1] == '\n') &&
      (number.find('.') != std::string_view::npos || number.find("．") != std::string_view::npos);
  if (heading_number && kUnitsAfterADecimal.find(word.code_point) == std::u32string_view::npos)
    return false;
  const bool year_like =
      number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));
  return !year_like || word.code_point == U'年';
}

// Whether the spaces in [begin, end) of `text` split one figure. Typesetting spaces Arabic
// numbers off from Chinese (共有 631 家, 增长 18 %); old reports space every digit (1 9 9 7 年,
// 8 ．8 ％); some texts space the characters of a Chinese figure (百 分 之 五, 一百五十 个百分点).
// Two numbers of several digits (2023 2024) and a whole number before a fraction (1 3/5) stay
// apart.
bool spaces_split_a_figure(std::string_view text, std::size_t begin, std::size_t end) {
  const utf8::Decoded left = utf8::decode_before(text, begin);
  const utf8::Decoded right = utf8::decode(text, end);
  if (!left.valid() || !right.valid()) return false;
  const Neighbour l = classify(left.code_point);
  const Neighbour r = classify(right.code_point);
  const bool l_chinese = l == Neighbour::han || l == Neighbour::numeral;
  const bool r_chinese = r == Neighbour::han || r == Neighbour::numeral;
  if (l == Neighbour::digit && r_chinese) return number_joins_the_word_after(text, begin, right);
  if (l_chinese && r == Neighbour::digit) return true;
  if (l == Neighbour::numeral && r == Neighbour::numeral) return true;
  if (l == Neighbour::digit && r == Neighbour::percent) return true;
  const std::size_t after_right = end + static_cast<std::size_t>(right.length);
  const std::size_t before_left = begin - static_cast<std::size_t>(left.length);
  if (l == Neighbour::digit && r == Neighbour::point)
    return is_digit_or_point(utf8::decode(text, after_right));
  // 8． 8 is spaced digits; 1. 2025年 is a list item.
  if (l == Neighbour::point && r == Neighbour::digit && left.code_point == 0xFF0E)
    return before_left > 0 && is_digit_or_point(utf8::decode_before(text, before_left));
  if (l == Neighbour::digit && r == Neighbour::digit) {
    if (before_left > 0 && is_digit_or_point(utf8::decode_before(text, before_left))) return false;
    if (after_right >= text.size()) return true;
    const utf8::Decoded next = utf8::decode(text, after_right);
    return !is_digit_or_point(next) && next.code_point != U'/' && next.code_point != 0xFF0F;
  }
  return false;
}

// The characters that take no room on the page: zero-width space, non-joiner and joiner
// (E2 80 8B–8D), word joiner (E2 81 A0) and the byte-order mark used as one (EF BB BF). All are
// three bytes long in UTF-8.
constexpr std::size_t kZeroWidthLength = 3;

// The length of the zero-width character at `at`, or 0 when there is none. Compared byte by
// byte: the scan stops at every curly quote and dash (E2 80 9C, E2 80 94) too.
std::size_t zero_width_length(std::string_view text, std::size_t at) {
  if (at + kZeroWidthLength > text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[at]);
  const auto b1 = static_cast<unsigned char>(text[at + 1]);
  const auto b2 = static_cast<unsigned char>(text[at + 2]);
  const bool zero_width = (b0 == 0xE2 && b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8D) ||
                          (b0 == 0xE2 && b1 == 0x81 && b2 == 0xA0) ||
                          (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF);
  return zero_width ? kZeroWidthLength : 0;
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) : original_(original) {
  // Chinese text is full of full-width punctuation (，：) and curly quotes that stay as they are;
  // only digits, letters and a few signs fold, and only spaces inside figures and zero-width
  // characters go. Copy the runs between them in bulk.
  std::size_t copied = 0;
  std::size_t next_ef = original.find('\xEF');  // full-width forms, U+FEFF
  std::size_t next_e2 = original.find('\xE2');  // U+200B–U+200D, U+2060
  std::size_t next_space = original.find(' ');
  while (true) {
    const std::size_t at = std::min({next_ef, next_e2, next_space});
    if (at == std::string_view::npos) break;
    std::size_t resume = at + 1;
    if (zero_width_length(original, at) > 0) {
      resume = drop_zero_width_run(at, copied);
    } else if (at == next_ef) {
      resume = fold_full_width(at, copied);
    } else if (at == next_space) {
      resume = drop_space_run(at, copied);
    }
    // A step may have gone past where the other scans stood.
    if (next_ef < resume) next_ef = original.find('\xEF', resume);
    if (next_e2 < resume) next_e2 = original.find('\xE2', resume);
    if (next_space < resume) next_space = original.find(' ', resume);
  }
  if (anchors_.empty()) {
    folded_.clear();
    return;
  }
  folded_.append(original.substr(copied));
}

std::size_t NormalizedText::fold_full_width(std::size_t at, std::size_t& copied) {
  const std::string_view original = original_;
  if (at + 2 >= original.size() || (original[at + 1] != '\xBC' && original[at + 1] != '\xBD'))
    return at + 1;
  const utf8::Decoded d = utf8::decode(original, at);
  if (!d.valid()) return at + 1;
  const auto length = static_cast<std::size_t>(d.length);
  char ascii = fold(d.code_point);
  // A full-width comma is a thousands separator only between a digit and a 3-digit group.
  if (d.code_point == 0xFF0C && digit_before(at, copied) &&
      thousands_group_follows(original, at + length)) {
    ascii = ',';
  }
  if (ascii == 0) return at + 1;
  replace(at, length, std::string_view(&ascii, 1), copied);
  return at + length;
}

std::size_t NormalizedText::drop_space_run(std::size_t at, std::size_t& copied) {
  std::size_t end = at;
  while (end < original_.size() && original_[end] == ' ') ++end;
  if (at > 0 && end < original_.size() && spaces_split_a_figure(original_, at, end))
    replace(at, end - at, {}, copied);
  return end;
}

std::size_t NormalizedText::drop_zero_width_run(std::size_t at, std::size_t& copied) {
  std::size_t end = at;
  while (const std::size_t length = zero_width_length(original_, end)) end += length;
  replace(at, end - at, {}, copied);
  return end;
}

// Writes `by` in place of the `length` bytes at `at`, after the text not yet copied.
void NormalizedText::replace(std::size_t at, std::size_t length, std::string_view by,
                             std::size_t& copied) {
  if (folded_.empty()) folded_.reserve(original_.size());
  folded_.append(original_.substr(copied, at - copied));
  folded_.append(by);
  anchors_.push_back({folded_.size(), at + length});
  copied = at + length;
}

// Whether the character before `at` reads as a digit once folded: "1", or "１" folded into the
// last character written.
bool NormalizedText::digit_before(std::size_t at, std::size_t copied) const {
  if (at > 0 && original_[at - 1] >= '0' && original_[at - 1] <= '9') return true;
  return at == copied && !folded_.empty() && folded_.back() >= '0' && folded_.back() <= '9';
}

std::size_t NormalizedText::end_to_original(std::size_t normalized_offset) const {
  std::size_t end = to_original(normalized_offset);
  while (end > 0) {
    if (original_[end - 1] == ' ') {
      --end;
    } else if (end >= kZeroWidthLength && zero_width_length(original_, end - kZeroWidthLength)) {
      end -= kZeroWidthLength;
    } else {
      break;
    }
  }
  return end;
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
