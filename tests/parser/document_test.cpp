// Loading articles: BOM, CRLF, invalid UTF-8, front matter, the source map, the directory walk.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

TEST(NormalizedText, LeavesPlainTextUncopied) {
  const std::string original = "没有全角数字的文本";
  const NormalizedText normalized(original);
  EXPECT_FALSE(normalized.changed());
  EXPECT_EQ(normalized.view().data(), original.data());
}

}  // namespace
}  // namespace figcheck::parser
