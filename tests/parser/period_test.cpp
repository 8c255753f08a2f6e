// Periods: recognised, given a canonical form, and carried to the claims of their sentence.
#include <gtest/gtest.h>

#include "parser/grammar/parsers.hpp"
#include "tests/test_support.hpp"

namespace figcheck::parser {
namespace {

std::string canonical(const char* text) {
  const auto parsed = grammar::parse_period(text);
  if (!parsed) return "<none>";
  return grammar::canonical_period(parsed->value);
}

TEST(Period, CanonicalForms) {
  EXPECT_EQ(canonical("2024年"), "2024");
  EXPECT_EQ(canonical("2024年度"), "2024");
  EXPECT_EQ(canonical("2025年6月"), "2025-06");
  EXPECT_EQ(canonical("2023年7月28日"), "2023-07-28");
  EXPECT_EQ(canonical("2025年前三季度"), "2025-01..2025-09");
  EXPECT_EQ(canonical("2025年上半年"), "2025-01..2025-06");
  EXPECT_EQ(canonical("2024年三季度"), "2024-07..2024-09");
  EXPECT_EQ(canonical("2024年1—9月"), "2024-01..2024-09");
  EXPECT_EQ(canonical("1—9月"), "XXXX-01..XXXX-09");
  EXPECT_EQ(canonical("二〇二五年"), "2025");
  EXPECT_EQ(canonical("二00一年"), "2001");
  EXPECT_EQ(canonical("2025—2027年"), "2025..2027");
  EXPECT_EQ(canonical("2024年底"), "2024-12-31");
  EXPECT_EQ(canonical("近三年来"), "last-3-years");
  EXPECT_EQ(canonical("2026年3月"), "2026-03");  // a failed quarter reading leaves no trace
  EXPECT_EQ(canonical("2024-01-17"), "2024-01-17");
}

TEST(Period, NotPeriods) {
  EXPECT_EQ(canonical("36个月"), "<none>");
  EXPECT_EQ(canonical("1000年"), "<none>");  // a duration more often than a date
  EXPECT_EQ(canonical("13月"), "<none>");
}

TEST(Period, ClaimsTakeThePeriodOfTheirSentence) {
  const auto result =
      test::extract_text("2025年前三季度，全区规上企业实现产值242.6亿元。全年预计突破330亿元。");
  EXPECT_EQ(result.claim("242.6亿元").period, "2025-01..2025-09");
  EXPECT_EQ(result.claim("突破330亿元").period, "");
}

}  // namespace
}  // namespace figcheck::parser
