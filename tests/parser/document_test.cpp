// Loading articles: BOM, CRLF, invalid UTF-8, front matter, the source map, the directory walk.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "parser/document.hpp"
#include "parser/text_normalizer.hpp"

namespace figcheck::parser {
namespace {

TEST(Document, StripsBomAndFoldsCrlf) {
  Diagnostics diagnostics;
  const Document doc("a.txt", "\xEF\xBB\xBF第一行\r\n第二行\r\n", diagnostics);
  EXPECT_EQ(doc.text(), "第一行\n第二行\n");
  EXPECT_TRUE(diagnostics.empty());
}

TEST(Document, ReportsInvalidUtf8WithLineAndColumnAndKeepsTheRest) {
  Diagnostics diagnostics;
  const Document doc("bad.txt", "第一行\n产值\xFF达5亿元\n", diagnostics);
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostic(diagnostics[0]),
            "bad.txt:2:3: error: invalid UTF-8 byte 0xFF; replaced with U+FFFD [input]");
  EXPECT_NE(doc.text().find("达5亿元"), std::string_view::npos);
}

TEST(Document, ReadsTheDateFromFrontMatter) {
  Diagnostics diagnostics;
  const Document doc("a.md", "---\ntitle: 测试\ndate: 2025-12-23\n---\n正文\n", diagnostics);
  ASSERT_TRUE(doc.date());
  EXPECT_EQ(*doc.date(), "2025-12-23");
}

TEST(Document, TakesTheDateFromTheFileNameWhenItHasNoFrontMatter) {
  EXPECT_EQ(date_from_file_name("corpus/xwlb_20250304_03.txt"), "2025-03-04");
  EXPECT_EQ(date_from_file_name("news/report-2024-11-05-gdp.md"), "2024-11-05");
  EXPECT_EQ(date_from_file_name("gov_work_report_national_2017.txt"), "2017");
  // Hashes, serial numbers and impossible dates are no dates.
  EXPECT_EQ(date_from_file_name("changchun/001_7394c77931e1cf6b.txt"), std::nullopt);
  EXPECT_EQ(date_from_file_name("finna_eval_1285.txt"), std::nullopt);
  // A year still to come is a serial number too: no article is written in it.
  EXPECT_EQ(date_from_file_name("finna_eval_2037.txt", 2026), std::nullopt);
  EXPECT_EQ(date_from_file_name("finna_eval_2026.txt", 2026), "2026");
  EXPECT_EQ(date_from_file_name("daily_20270105.txt", 2026), std::nullopt);
  EXPECT_EQ(date_from_file_name("xwlb_20251399_01.txt"), std::nullopt);
  EXPECT_EQ(date_from_file_name("2019/song.txt"), std::nullopt) << "folders are not read";
  Diagnostics diagnostics;
  EXPECT_EQ(Document("a/daily_20240105.txt", "正文\n", diagnostics).date(), "2024-01-05");
  EXPECT_EQ(Document("daily_20240105.md", "---\ndate: 2023-02-01\n---\n正文\n", diagnostics).date(),
            "2023-02-01")
      << "front matter wins";
}

TEST(SourceMap, ColumnsCountCodePoints) {
  const std::string text = "ab\n产值241.3亿元";
  const SourceMap map(text);
  const std::size_t offset = text.find("241");
  EXPECT_EQ(map.position(offset), (SourcePosition{2, 3}));
  EXPECT_EQ(map.position(0), (SourcePosition{1, 1}));
  EXPECT_EQ(map.position(text.size()), (SourcePosition{2, 10}));
}

// Rules on several threads ask one document for positions at once, in no particular order; every
// answer must be what counting from the start of the line gives (and ThreadSanitizer must find
// nothing written behind `const`).
TEST(SourceMap, PositionsAskedFromSeveralThreadsInAnyOrder) {
  std::string text = "标题\n";
  for (int i = 0; i < 3000; ++i) text += "产值241.3亿元，增长18%。";  // one line of about 90 kB
  text += "\n短行\n";
  const SourceMap map(text);
  const auto expected = [&](std::size_t offset) {
    const std::size_t line_start = text.rfind('\n', offset - 1) + 1;
    std::size_t column = 1;
    for (std::size_t at = line_start; at < offset; ++at)
      column += (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    return column;
  };
  std::vector<std::size_t> offsets;
  for (std::size_t at = text.find("产值"); at < text.size(); at = text.find("亿元", at + 1))
    offsets.push_back(at);
  std::vector<int> wrong(4, 0);
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        // Each thread walks the offsets in its own order: forwards, backwards, strided.
        for (std::size_t k = 0; k < offsets.size(); ++k) {
          const std::size_t i =
              t % 2 == 0 ? (k * (2 * t + 1)) % offsets.size() : offsets.size() - 1 - k;
          wrong[t] += map.position(offsets[i]).column != expected(offsets[i]);
        }
      });
    }
  }
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
  EXPECT_EQ(map.position(text.size() - 1), (SourcePosition{3, 3}));
}

TEST(SourceCursor, CountsOnAlongALineAndAgreesWithTheMapEverywhere) {
  const std::string text = "产值241.3亿元，增长18%。\n第二行631家\n\n末行";
  const SourceMap map(text);
  SourceCursor cursor(map);
  // In order, then backwards and across lines: always what the map says.
  std::vector<std::size_t> offsets;
  for (std::size_t at = 0; at <= text.size(); ++at) offsets.push_back(at);
  for (std::size_t at = text.size() + 1; at-- > 0;) offsets.push_back(at);
  for (const std::size_t offset : offsets)
    ASSERT_EQ(cursor.position(offset), map.position(offset)) << offset;
}

TEST(NormalizedText, FoldsFullWidthAndMapsOffsetsBack) {
  const std::string original = "增长６．４％，收入８２，２２５元";
  const NormalizedText normalized(original);
  EXPECT_EQ(normalized.view(), "增长6.4%，收入82,225元");
  const std::size_t folded_start = normalized.view().find("6.4%");
  EXPECT_EQ(normalized.to_original(folded_start), original.find("６"));
  EXPECT_EQ(normalized.to_original(folded_start + 4), original.find("，"));
}

TEST(NormalizedText, DropsTheSpacesInsideFiguresOnly) {
  const std::string original = "共有 631 家，1 9 9 7 年增长8 ．8 ％，2023 2024 年，New York 城";
  const NormalizedText normalized(original);
  EXPECT_EQ(normalized.view(), "共有631家，1997年增长8.8%，2023 2024年，New York 城");
  const std::size_t number = normalized.view().find("631");
  EXPECT_EQ(normalized.to_original(number), original.find("631"));
  EXPECT_EQ(normalized.end_to_original(number + 3), original.find("631") + 3);
}

// Zero-width characters (pasted from web pages and word processors) cannot be seen: the figure a
// reader sees is the one read, and its span still points at the original text.
TEST(NormalizedText, DropsZeroWidthCharactersAndMapsOffsetsBack) {
  const std::string original =
      "产值24\u200D1.3亿元，1\u200B2\u2060家\uFEFF企业，增长\u200C18%\u200B，共\u200D计";
  const NormalizedText normalized(original);
  EXPECT_EQ(normalized.view(), "产值241.3亿元，12家企业，增长18%，共计");
  const std::size_t figure = normalized.view().find("241.3亿元");
  EXPECT_EQ(normalized.to_original(figure), original.find("24"));
  const std::size_t figure_end = figure + std::string_view("241.3亿元").size();
  EXPECT_EQ(normalized.end_to_original(figure_end), original.find("，"));
  const std::size_t percent_end = normalized.view().find("%") + 1;
  EXPECT_EQ(normalized.end_to_original(percent_end), original.find("%") + 1)
      << "a span never ends with the zero-width characters dropped after it";
}

TEST(NormalizedText, LeavesPlainTextUncopied) {
  const std::string original = "没有全角数字的文本";
  const NormalizedText normalized(original);
  EXPECT_FALSE(normalized.changed());
  EXPECT_EQ(normalized.view().data(), original.data());
}

}  // namespace
}  // namespace figcheck::parser
