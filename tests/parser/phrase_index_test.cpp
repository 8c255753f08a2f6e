// The word index every cue list, entity list and metric lexicon is matched through.
#include "parser/phrase_index.hpp"

#include <gtest/gtest.h>

#include <string>

#include "parser/utf8.hpp"

namespace figcheck::parser {
namespace {

TEST(PhraseIndex, LongestNameWinsAtAPosition) {
  PhraseIndex index;
  index.add("长春", 1);
  index.add("长春高新技术产业开发区", 2);  // longer than the eight bytes compared as one word
  index.add("长春高新区", 3);
  const std::string text = "长春高新技术产业开发区和长春高新区在长春";
  const auto first = index.match_at(text, 0);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->entry, 2U);
  EXPECT_EQ(first->length, std::string("长春高新技术产业开发区").size());
  const std::size_t second = text.find("长春高新区");
  EXPECT_EQ(index.match_at(text, second)->entry, 3U);
  // At the very end of the text, fewer than eight bytes remain.
  const std::size_t last = text.rfind("长春");
  EXPECT_EQ(index.match_at(text, last)->entry, 1U);
  EXPECT_EQ(index.match_at(text, last)->length, std::string("长春").size());
}

TEST(PhraseIndex, ANameLongerThanTheRestOfTheTextDoesNotMatch) {
  PhraseIndex index;
  index.add("高新技术企业", 7);
  EXPECT_FALSE(index.match_at("高新技术", 0).has_value());
  EXPECT_FALSE(index.match_at("高新技术企", 0).has_value());
  EXPECT_TRUE(index.match_at("高新技术企业", 0).has_value());
  // Same first eight bytes, a different tail.
  EXPECT_FALSE(index.match_at("高新技术产业", 0).has_value());
}

TEST(PhraseIndex, ManyFirstCharactersAndCharactersOutsideTheBasicPlane) {
  PhraseIndex index;
  // Enough distinct first characters to make the slot table grow several times.
  const std::u32string firsts =
      U"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北中上下左右前后";
  std::string all;
  for (std::size_t i = 0; i < firsts.size(); ++i) {
    std::string word;
    utf8::append(word, firsts[i]);
    word += "号";
    index.add(word, i);
    all += word;
  }
  index.add("𠀀字", 99);  // a four-byte first character
  for (std::size_t i = 0, at = 0; i < firsts.size(); ++i, at += 6) {
    const auto match = index.match_at(all, at);
    ASSERT_TRUE(match.has_value()) << i;
    EXPECT_EQ(match->entry, i);
  }
  EXPECT_TRUE(index.may_start(U'𠀀'));
  EXPECT_EQ(index.match_at("𠀀字", 0)->entry, 99U);
  EXPECT_FALSE(index.may_start(U'猫'));
  EXPECT_FALSE(index.match_at("猫号", 0).has_value());
}

TEST(PhraseIndex, FirstAndLastMatchInAText) {
  PhraseIndex index;
  index.add("产值", 1);
  index.add("工业总产值", 2);
  const std::string text = "全区工业总产值与服务业产值";
  const auto first = index.first_match(text);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->first, text.find("工业总产值"));
  EXPECT_EQ(first->second.entry, 2U);
  const auto last = index.last_match(text, 0, text.size());
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->first, text.rfind("产值"));
  // Within the first half only, the nested 产值 loses to the longer name around it.
  const auto in_first_half = index.last_match(text, 0, text.find("与"));
  EXPECT_EQ(in_first_half->second.entry, 2U);
  EXPECT_FALSE(PhraseIndex().first_match(text).has_value());
}

}  // namespace
}  // namespace figcheck::parser
