#include "parser/candidate_scanner.hpp"

#include <bitset>
#include <string_view>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

constexpr std::u32string_view kNumeralCharacters =
    U"零〇○一二三四五六七八九十百千万亿两半壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸倆几幾兆弌";
constexpr char32_t kDoubling = U'翻';

class CandidateTable {
 public:
  CandidateTable() {
    for (char32_t c : kNumeralCharacters) numeral_.set(c);
    start_ = numeral_;
    start_.set(kDoubling);
  }
  // operator[], not test(): the bound is checked here, test() would check it again.
  [[nodiscard]] bool starts(char32_t c) const { return c < 0x10000 && start_[c]; }
  [[nodiscard]] bool numeral(char32_t c) const { return c < 0x10000 && numeral_[c]; }

 private:
  std::bitset<0x10000> numeral_;
  std::bitset<0x10000> start_;
};

const CandidateTable& table() {
  static const CandidateTable instance;
  return instance;
}

}  // namespace

bool is_numeral_character(char32_t code_point) {
  return table().numeral(code_point);
}

std::size_t next_candidate(std::string_view text, std::size_t from) {
  const CandidateTable& candidates = table();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = from;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (b >= '0' && b <= '9') return i;
      ++i;
    } else if (b >= 0xE0 && b < 0xF0) {
      // Every Chinese numeral is a three-byte sequence; decode it inline on this hot path.
      if (i + 2 < n) {
        const char32_t c = (static_cast<char32_t>(b & 0x0F) << 12) |
                           (static_cast<char32_t>(p[i + 1] & 0x3F) << 6) |
                           static_cast<char32_t>(p[i + 2] & 0x3F);
        if (candidates.starts(c)) return i;
      }
      i += 3;
    } else {
      i += b >= 0xF0 ? 4 : (b >= 0xC0 ? 2 : 1);
    }
  }
  return kNoCandidate;
}

std::size_t numeral_run_end(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size()) {
    const char c = text[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == ',') {
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, i);
    if (!d.valid() || !is_numeral_character(d.code_point)) break;
    i += static_cast<std::size_t>(d.length);
  }
  return i > from ? i : from + 1;
}

}  // namespace figcheck::parser
