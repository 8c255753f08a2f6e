// Claim output: JSON Lines fields, CSV quoting, BOM, CRLF and neutralised formulas.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "parser/extract.hpp"
#include "reports/claim_writers.hpp"
#include "reports/csv.hpp"

namespace figcheck::reports {
namespace {

struct Extracted {
  parser::Diagnostics diagnostics;
  parser::Document document;
  parser::Extraction extraction;
  std::vector<ClaimRecord> records;
  explicit Extracted(std::string text)
      : document("news/a.txt", std::move(text), diagnostics),
        extraction(parser::extract(document)) {
    for (const auto& c : extraction.claims) records.push_back({&document, &c});
  }
};

TEST(ClaimJsonl, HasTheDesignFields) {
  const Extracted e("标题\n2024年，全区生物医药产值达241.3亿元，同比增长18%。\n");
  std::ostringstream out;
  write_claims_jsonl(out, e.records);
  std::istringstream lines(out.str());
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["file"], "news/a.txt");
  EXPECT_EQ(j["line"], 2);
  EXPECT_EQ(j["column"], 16);
  EXPECT_EQ(j["end_column"], 23);
  EXPECT_EQ(j["text"], "241.3亿元");
  EXPECT_EQ(j["kind"], "money");
  EXPECT_EQ(j["value"], 24130000000LL);
  EXPECT_EQ(j["unit"], "CNY");
  EXPECT_TRUE(j["classifier"].is_null());
  EXPECT_EQ(j["qualifier"], "exact");
  EXPECT_DOUBLE_EQ(j["low"].get<double>(), 24125000000.0);
  EXPECT_EQ(j["modality"], "actual");
  EXPECT_EQ(j["role"], "value");
  EXPECT_EQ(j["period"], "2024");
  EXPECT_EQ(j["sentence"], "2024年，全区生物医药产值达241.3亿元，同比增长18%。");
  ASSERT_TRUE(std::getline(lines, line));
  EXPECT_EQ(nlohmann::json::parse(line)["role"], "change");
}

TEST(ClaimJsonl, PrintsTheTypedKey) {
  Extracted e("2030年，全县茶叶产值30亿元，占全县农业总产值的30%。");
  parser::Claim& share = e.extraction.claims.back();
  share.entity = "qingxi-county";
  share.entity_source = parser::EntitySource::clause;
  share.period_source = parser::TimeSource::stated;
  share.aspect = parser::Aspect::share;
  share.metric_head = "茶叶产值";
  share.whole = parser::ShareWhole{"qingxi-county", "农业总产值"};
  std::ostringstream out;
  write_claims_jsonl(out, std::span<const ClaimRecord>(e.records).last(1));
  const auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["entity_source"], "clause");
  EXPECT_EQ(j["period_source"], "stated");
  EXPECT_EQ(j["aspect"], "share");
  EXPECT_EQ(j["metric_head"], "茶叶产值");
  EXPECT_EQ(j["whole"], "qingxi-county:农业总产值");
  EXPECT_TRUE(j["base_period"].is_null());
  EXPECT_TRUE(j["population"].is_null());
  EXPECT_TRUE(j["event"].is_null());
  EXPECT_EQ(j["basis"], "unknown");
  std::ostringstream csv;
  write_claims_csv(csv, std::span<const ClaimRecord>(e.records).last(1));
  EXPECT_NE(csv.str().find("entity,metric,period,entity_source,period_source,aspect,metric_head,"
                           "whole,base_period,population,event,basis,sentence"),
            std::string::npos);
  EXPECT_NE(csv.str().find(",clause,stated,share,茶叶产值,qingxi-county:农业总产值,,,,unknown,"),
            std::string::npos);
}

TEST(Csv, QuotesNeutralisesFormulasAndEndsRowsWithCrlf) {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.text("a,b").text("=HYPERLINK(\"x\")").text("@SUM").number("-3.9").text("普通").end_row();
  EXPECT_EQ(out.str(), "\xEF\xBB\xBF\"a,b\",\"'=HYPERLINK(\"\"x\"\")\",'@SUM,-3.9,普通\r\n");
}

TEST(ClaimCsv, HeaderAndOneRowPerClaim) {
  const Extracted e("产值达241.3亿元，增长18%。");
  std::ostringstream out;
  write_claims_csv(out, e.records);
  const std::string csv = out.str();
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                      "file,line,column,",
                      0),
            0U);
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
    ++rows;
  EXPECT_EQ(rows, 3U);
}

}  // namespace
}  // namespace figcheck::reports
