#include "parser/attribution/words/word_classes.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "parser/utf8.hpp"

namespace figcheck::parser::words {

namespace {

constexpr std::size_t kClassCount = static_cast<std::size_t>(WordClass::count);

struct Classes {
  std::array<std::vector<std::string_view>, kClassCount> words;
  std::array<std::u32string, kClassCount> characters;
};

const Classes& classes() {
  static const Classes built = [] {
    Classes c;
    for (const auto table : word_tables()) {
      for (const WordRow& row : table) {
        const auto at = static_cast<std::size_t>(row.word_class);
        c.words[at].push_back(row.word);
        const utf8::Decoded d = utf8::decode(row.word, 0);
        if (d.valid() && static_cast<std::size_t>(d.length) == row.word.size())
          c.characters[at].push_back(d.code_point);
      }
    }
    return c;
  }();
  return built;
}

}  // namespace

std::vector<std::span<const WordRow>> word_tables() {
  return {lead_word_rows(), phrase_word_rows(), entity_word_rows(), context_word_rows(),
          trait_word_rows()};
}

std::span<const std::string_view> words_of(WordClass word_class) {
  return classes().words[static_cast<std::size_t>(word_class)];
}

std::u32string_view characters_of(WordClass word_class) {
  return classes().characters[static_cast<std::size_t>(word_class)];
}

}  // namespace figcheck::parser::words
