// Modality and role where the phrase itself decides them.
#include <gtest/gtest.h>

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
