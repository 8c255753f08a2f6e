// Modality and role where the phrase itself decides them.
#include <gtest/gtest.h>

#include "parser/breakdown.hpp"
#include "tests/test_support.hpp"

namespace figcheck::parser {
namespace {

using test::extract_text;

TEST(Role, ShareChangeAndChangeFrom) {
  const auto r = extract_text(
      "全区医药企业实现产值98.6亿元，同比增长12%，占全区工业总产值的41%。"
      "配套率从12.4%提高到20%。");
  EXPECT_EQ(r.claim("98.6亿元").role, Role::value);
  EXPECT_EQ(r.claim("12%").role, Role::change);
  EXPECT_EQ(r.claim("41%").role, Role::share);
  EXPECT_EQ(r.claim("12.4%").role, Role::change_from);
  EXPECT_EQ(r.claim("20%").role, Role::change);
}

TEST(Role, ValueAddedIsNoChange) {
  const auto r = extract_text("规上工业增加值达到860亿元。");
  EXPECT_EQ(r.claim("860亿元").role, Role::value);
}

TEST(Role, RespectivelyAndSubset) {
  const auto r =
      extract_text("两类企业在全省占比分别达33%、27%。园区集聚人才3万余人，其中博士600余人。");
  EXPECT_EQ(r.claim("33%").role, Role::respectively);
  EXPECT_EQ(r.claim("27%").role, Role::respectively);
  EXPECT_EQ(r.claim("3万余人").role, Role::value);
  EXPECT_EQ(r.claim("600余人").role, Role::subset);
}

// A parenthesis right after a figure that lists figures of its unit lists its parts; a 其中
// inside it starts parts of the figure before that 其中; a parenthesis of years lists no parts.
TEST(Role, ABreakdownInAParenthesisListsParts) {
  const auto r = extract_text(
      "全省新增本土病例20例（长春市9例，其中朝阳区5例、南关区3例；吉林市6例；延边州2例）。"
      "全市接待游客1.2亿人次（2023年0.9亿人次，2022年0.6亿人次）。"
      "项目总投资15亿元（约合2亿美元）。");
  const auto index_of = [&r](std::string_view surface) {
    return static_cast<std::size_t>(&r.claim(surface) - r.extraction.claims.data());
  };
  EXPECT_EQ(r.claim("20例").role, Role::change) << "新增: an increase, divided all the same";
  for (const char* part : {"9例", "5例", "3例", "6例", "2例"})
    EXPECT_EQ(r.claim(part).role, Role::subset) << part;
  ASSERT_TRUE(parser::breakdown_whole(r.text, r.extraction.claims, index_of("6例")));
  EXPECT_EQ(*parser::breakdown_whole(r.text, r.extraction.claims, index_of("6例")),
            index_of("20例"));
  EXPECT_FALSE(parser::breakdown_whole(r.text, r.extraction.claims, index_of("5例")))
      << "after 其中 the parts are 长春市's";
  EXPECT_EQ(r.claim("0.9亿人次").role, Role::value);
  EXPECT_EQ(r.claim("约合2亿美元").role, Role::value);
}

TEST(Modality, ForecastTargetThreshold) {
  const auto r = extract_text(
      "高新技术企业总数预计突破900家。到2030年经济总量力争达到1.5万亿元。"
      "新引进5000万元以上项目116个。年客流将突破2000万人次。全年新增就业1200万人以上。");
  EXPECT_EQ(r.claim("突破900家").modality, Modality::forecast);
  EXPECT_EQ(r.claim("1.5万亿元").modality, Modality::target);
  EXPECT_EQ(r.claim("5000万元以上").modality, Modality::threshold);
  EXPECT_EQ(r.claim("116个").modality, Modality::actual);
  EXPECT_EQ(r.claim("突破2000万人次").modality, Modality::forecast);
  EXPECT_EQ(r.claim("1200万人以上").modality, Modality::actual);
}

TEST(Modality, NearlyIsNotWill) {
  const auto r = extract_text("将近300家企业参展。");
  EXPECT_EQ(r.claim("将近300家").modality, Modality::actual);
}

}  // namespace
}  // namespace figcheck::parser
