// The word tables of attribution: every row names a word, a class and an example; every class
// has words; the one-character classes are characters.
#include <gtest/gtest.h>

#include <set>

#include "parser/attribution/words/name_rows.hpp"
#include "parser/attribution/words/time_rows.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser::words {
namespace {

constexpr std::size_t kClassCount = static_cast<std::size_t>(WordClass::whole_or_same_period) + 1;

TEST(WordTables, EveryRowHasAWordAndAnExampleAndIsListedOnce) {
  std::set<std::pair<std::string_view, WordClass>> seen;
  for (const auto table : word_tables()) {
    for (const WordRow& row : table) {
      EXPECT_FALSE(row.word.empty());
      EXPECT_FALSE(row.example.empty()) << row.word;
      EXPECT_TRUE(seen.insert({row.word, row.word_class}).second) << "twice: " << row.word;
    }
  }
  for (const NameSuffixRow& row : name_suffix_rows()) EXPECT_FALSE(row.example.empty());
  for (const ReferenceRow& row : reference_rows()) EXPECT_FALSE(row.example.empty());
  for (const RelativeTimeRow& row : relative_time_rows()) EXPECT_FALSE(row.example.empty());
}

TEST(WordTables, EveryClassHasWordsInTableOrder) {
  for (std::size_t c = 0; c < kClassCount; ++c)
    EXPECT_FALSE(words_of(static_cast<WordClass>(c)).empty()) << "class " << c;
  const auto holidays = words_of(WordClass::holiday);
  EXPECT_EQ(holidays.front(), "春节");
  EXPECT_TRUE(is_word_of(WordClass::holiday, "国庆"));
  EXPECT_FALSE(is_word_of(WordClass::holiday, "国"));
}

TEST(WordTables, CharacterClassesHoldEveryWordAsOneCharacter) {
  for (WordClass c :
       {WordClass::name_stop, WordClass::place_word_continuation, WordClass::classifier,
        WordClass::numeral_character, WordClass::adverb_ending_noun}) {
    EXPECT_EQ(characters_of(c).size(), words_of(c).size());
    for (std::string_view word : words_of(c)) EXPECT_EQ(utf8::count_code_points(word), 1U);
  }
}

TEST(WordTables, FirstWordTheTextStartsOrEndsWith) {
  EXPECT_EQ(word_ending(WordClass::span_verb, "施工历时"), "历时");
  EXPECT_EQ(word_starting(WordClass::deed, "获救后"), "获救");
  EXPECT_EQ(word_ending(WordClass::span_verb, "施工"), "");
}

}  // namespace
}  // namespace figcheck::parser::words
