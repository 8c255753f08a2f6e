// Where the words attribution looks for may start in a document, found in one pass over its
// characters. The entity scan and the time-word scan then visit only these positions (about
// one character in ten) instead of each decoding every character of the text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace figcheck::parser {

// What may start at a position: bits, as several lists can share a first character.
enum WordKind : std::uint8_t {
  kEntityReference = 1,  // 该高新区, 全市
  kEntityName = 2,       // lexicon names: 某某高新区
  kEntitySuffix = 4,     // 公司, 新区, 市: the end of a surface name
  kSentenceBreak = 8,    // a line break or 。: surface names never reach back over one
  kTimeWord = 16,        // 今年, 去年, 目前
};

struct WordStart {
  std::size_t offset;
  std::uint8_t kinds;  // WordKind bits
};

class WordStartTable {
 public:
  void mark(char32_t first, std::uint8_t kinds);

  [[nodiscard]] std::uint8_t kinds_of(char32_t c) const {
    return c < kBasicPlane ? basic_plane_[c] : kinds_outside_basic_plane(c);
  }

  // Every position of `text` whose character starts a marked word, in text order.
  [[nodiscard]] std::vector<WordStart> find(std::string_view text) const;

 private:
  static constexpr char32_t kBasicPlane = 0x10000;
  [[nodiscard]] std::uint8_t kinds_outside_basic_plane(char32_t c) const;

  std::vector<std::uint8_t> basic_plane_ = std::vector<std::uint8_t>(kBasicPlane);
  std::vector<std::pair<char32_t, std::uint8_t>> outside_basic_plane_;  // rare: a short list
};

}  // namespace figcheck::parser
