// Articles read from a JSON Lines archive: names, titles, dates, and every bad line reported at
// its line and column while the rest are read.
#include "parser/article_archive.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace figcheck::parser {
namespace {

std::string write_archive(const std::string& name, const std::string& lines) {
  const std::string path = (std::filesystem::path(testing::TempDir()) / name).string();
  std::ofstream(path, std::ios::binary) << lines;
  return path;
}

bool has_diagnostic(const Diagnostics& diagnostics, std::size_t line, std::size_t column,
                    DiagnosticSeverity severity, const std::string& words) {
  for (const Diagnostic& d : diagnostics) {
    if (d.line == line && d.column == column && d.severity == severity &&
        d.message.find(words) != std::string::npos)
      return true;
  }
  return false;
}

TEST(ArticleArchive, EachLineIsAnArticleNamedByItsIdWithItsTitleAndDate) {
  const std::string path = write_archive(
      "figcheck_archive.jsonl",
      "{\"id\": \"cc-001\", \"title\": \"松江县经济运行平稳\", \"date\": "
      "\"2025-03-04T08:00:00+08:00\", \"text\": \"今年一季度，松江县地区生产总值增长5.1%。\"}\n"
      "\n"
      "{\"text\": \"青阳县共有高新技术企业86家。\", \"chars\": 14}\n"
      "{\"id\": 7, \"text\": \"去年全县新增就业1.2万人。\"}\n");
  Diagnostics diagnostics;
  const std::vector<Document> articles = load_article_archive(path, "a.jsonl", diagnostics, {});
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(articles.size(), 3U);
  EXPECT_EQ(articles[0].path(), "a.jsonl#cc-001");
  EXPECT_EQ(articles[0].text(), "松江县经济运行平稳\n\n今年一季度，松江县地区生产总值增长5.1%。");
  EXPECT_EQ(articles[0].date(), "2025-03-04");
  EXPECT_EQ(articles[1].path(), "a.jsonl#L3");  // the blank line 2 still counts
  EXPECT_FALSE(articles[1].date());
  EXPECT_EQ(articles[2].path(), "a.jsonl#7");
}

TEST(ArticleArchive, BadLinesAreErrorsAtTheirPlaceAndTheOtherArticlesAreRead) {
  const std::string path =
      write_archive("figcheck_bad_archive.jsonl",
                    "{\"id\": \"a\", \"text\": \"松江县共有高新技术企业86家。\"}\n"
                    "{\"id\": \"b\", \"text\": \"未闭合的引号}\n"
                    "[\"不是对象\"]\n"
                    "{\"id\": \"a\", \"text\": \"青阳县共有高新技术企业90家。\"}\n"
                    "{\"id\": \"c\", \"text\": \"坏字节\xFF在这里\"}\n");
  Diagnostics diagnostics;
  const std::vector<Document> articles = load_article_archive(path, "b.jsonl", diagnostics, {});
  ASSERT_EQ(articles.size(), 3U);
  EXPECT_EQ(articles[0].path(), "b.jsonl#a");
  EXPECT_EQ(articles[1].path(), "b.jsonl#a@L4");
  EXPECT_EQ(articles[2].path(), "b.jsonl#c");
  EXPECT_EQ(articles[2].text(), "坏字节\uFFFD在这里");
  EXPECT_TRUE(has_diagnostic(diagnostics, 5, 25, DiagnosticSeverity::error, "0xFF"));
  EXPECT_TRUE(has_diagnostic(diagnostics, 2, 29, DiagnosticSeverity::error, "not a JSON line"));
  EXPECT_TRUE(has_diagnostic(diagnostics, 3, 1, DiagnosticSeverity::error, "no \"text\""));
  EXPECT_TRUE(has_diagnostic(diagnostics, 0, 0, DiagnosticSeverity::warning, "repeat an id"));
}

TEST(ArticleArchive, AManifestWithoutTextIsNotedAndSkipped) {
  const std::string path = write_archive(
      "figcheck_manifest.jsonl", "{\"file\": \"x.txt\", \"chars\": 12}\n{\"file\": \"y.txt\"}\n");
  Diagnostics diagnostics;
  EXPECT_TRUE(load_article_archive(path, "m.jsonl", diagnostics, {}).empty());
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].severity, DiagnosticSeverity::note);
  EXPECT_NE(diagnostics[0].message.find("not an article archive"), std::string::npos);
}

// nlohmann throws out_of_range, not parse_error, for a number beyond a double: each such line is
// an error at the number and the other lines are read.
TEST(ArticleArchive, NumbersBeyondADoubleAreErrorsAtTheirPlace) {
  const std::string path =
      write_archive("figcheck_overflow_archive.jsonl",
                    "9e515\n"
                    "{\"id\": \"a\", \"text\": \"松江县共有高新技术企业86家。\"}\n"
                    "{\"id\": \"b\", \"字数\": 1e999, \"text\": \"全县产值241.3亿元。\"}\n"
                    "{\"id\": \"c\", \"text\": \"青阳县新增就业1.2万人。\"}\n");
  Diagnostics diagnostics;
  const std::vector<Document> articles = load_article_archive(path, "o.jsonl", diagnostics, {});
  ASSERT_EQ(articles.size(), 2U);
  EXPECT_EQ(articles[0].path(), "o.jsonl#a");
  EXPECT_EQ(articles[1].path(), "o.jsonl#c");
  EXPECT_TRUE(has_diagnostic(diagnostics, 1, 1, DiagnosticSeverity::error,
                             "number overflow parsing '9e515'"));
  EXPECT_TRUE(has_diagnostic(diagnostics, 3, 19, DiagnosticSeverity::error,
                             "number overflow parsing '1e999'"));
}

TEST(ArticleArchive, NumericIdsAreShownAsWritten) {
  const std::string path =
      write_archive("figcheck_numeric_ids.jsonl",
                    "{\"id\": 18446744073709551615, \"text\": \"全县产值241.3亿元。\"}\n"
                    "{\"id\": -5, \"text\": \"全县产值241.3亿元。\"}\n"
                    "{\"id\": 123456789012345678901234567890, \"text\": \"全县产值241.3亿元。\"}\n"
                    "{\"text\": \"全县产值241.3亿元。\", \"id\": 3.50}\n");
  Diagnostics diagnostics;
  const std::vector<Document> articles = load_article_archive(path, "n.jsonl", diagnostics, {});
  ASSERT_EQ(articles.size(), 4U);
  EXPECT_EQ(articles[0].path(), "n.jsonl#18446744073709551615");
  EXPECT_EQ(articles[1].path(), "n.jsonl#-5");
  EXPECT_EQ(articles[2].path(), "n.jsonl#123456789012345678901234567890");
  EXPECT_EQ(articles[3].path(), "n.jsonl#3.50");
  EXPECT_TRUE(diagnostics.empty());
}

}  // namespace
}  // namespace figcheck::parser
