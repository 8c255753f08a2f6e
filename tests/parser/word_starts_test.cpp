// The one pass that tells the attribution scans where their words may start.
#include "parser/attribution/word_starts.hpp"

#include <gtest/gtest.h>

#include <string>

namespace figcheck::parser {
namespace {

TEST(WordStarts, MarkedCharactersInTextOrderWithTheirKinds) {
  WordStartTable table;
  table.mark(U'长', kEntityName);
  table.mark(U'今', kTimeWord);
  table.mark(U'\n', kSentenceBreak);
  table.mark(U'长', kEntitySuffix);  // a second list sharing the first character
  const std::string text = "今年长春\n产值";
  const auto starts = table.find(text);
  ASSERT_EQ(starts.size(), 3U);
  EXPECT_EQ(starts[0].offset, 0U);
  EXPECT_EQ(starts[0].kinds, kTimeWord);
  EXPECT_EQ(starts[1].offset, text.find("长"));
  EXPECT_EQ(starts[1].kinds, kEntityName | kEntitySuffix);
  EXPECT_EQ(starts[2].offset, text.find('\n'));
  EXPECT_EQ(starts[2].kinds, kSentenceBreak);
}

TEST(WordStarts, CharactersOutsideTheBasicPlaneAndIllFormedBytes) {
  WordStartTable table;
  table.mark(U'𠀀', kEntityName);
  EXPECT_EQ(table.kinds_of(U'𠀀'), kEntityName);
  EXPECT_EQ(table.kinds_of(U'𠀁'), 0);
  // A stray continuation byte and a truncated sequence are stepped over, never past the end.
  const std::string text = std::string("\x80") + "𠀀" + "\xE4\xB8";
  const auto starts = table.find(text);
  ASSERT_EQ(starts.size(), 1U);
  EXPECT_EQ(starts[0].offset, 1U);
}

}  // namespace
}  // namespace figcheck::parser
