// What is not a claim: codes, model numbers, quoted codes, line numbers, ordinals, ranks,
// sessions, words and set phrases with a numeral, dates.
#include <gtest/gtest.h>

#include "tests/test_support.hpp"

namespace figcheck::parser {
namespace {

using test::extract_text;

class NotAClaim : public testing::TestWithParam<const char*> {};

TEST_P(NotAClaim, NothingIsReported) {
  const auto result = extract_text(GetParam());
  EXPECT_TRUE(result.extraction.claims.empty())
      << GetParam() << " gave " << testing::PrintToString(result.texts());
}

INSTANTIATE_TEST_SUITE_P(CodesAndModels, NotAClaim,
                         testing::Values("研发的TW50无人机已交付。", "T3航站楼建成后投用。",
                                         "EH216-S无人驾驶航空器完成试飞。", "实施“5616”科创行动。",
                                         "推行“142N”系列改革。", "形成“1351”空间布局。",
                                         "白细胞介素1β单抗获批。", "5G基站加快建设。",
                                         "地铁6号线开通运营。", "轨道交通二号线东延工程推进。"));

INSTANTIATE_TEST_SUITE_P(OrdinalsRanksSessions, NotAClaim,
                         testing::Values("第一批立项课题。", "排名跻身全国第四。",
                                         "入选企业100强榜单。", "市委十四届七次全会召开。",
                                         "荣获科技进步奖二等奖。", "党的二十大精神。",
                                         "“十四五”时期目标。", "获批1类创新药。"));

INSTANTIATE_TEST_SUITE_P(
    WordsAndSetPhrases, NotAClaim,
    testing::Values("汽车零部件产业集群。", "半导体材料项目。", "推进区域一体化发展。",
                    "一汽集团深度合作。", "四平市与辽源市协同。", "八一公园改造完成。",
                    "一北一南遥相呼应。", "打破一亩三分地的思维。", "产生1+1>2的效应。",
                    "提供一站式服务。", "万家灯火映新城。", "一名领导、一个专班跟进。",
                    "全面振兴新突破三年攻坚行动。", "拨回三年前的起点。", "发扬百折不挠的精神。",
                    "这项工作十分重要。", "对大家万分感谢。", "最小单位可精确到十的负十次方。",
                    "向第二个百年奋斗目标进军。", "确保实现建军一百年奋斗目标。",
                    "当前，世界百年变局加速演进。", "面对百年未有之大变局。",
                    "展现百年大党的青春活力。", "弘扬和平共处五项原则。",
                    "不能千篇一律，不问效果。", "坚持四项基本原则。", "普及九年义务教育。",
                    "出口保持两位数增长。", "长江十年禁渔成效显著。"));

INSTANTIATE_TEST_SUITE_P(DatesAndPeriods, NotAClaim,
                         testing::Values("2024年举办。", "2025年6月获批。", "2023年7月28日召开。",
                                         "2025年前三季度。", "1—9月累计。", "上半年投入使用。",
                                         "二〇二五年工作。", "2025—2027年行动计划。",
                                         "近三年来成效显著。", "10月9日批复。"));

// A minus before Chinese numerals is written 负; a dash there joins a source to its headline.
TEST(NotAClaim, ADashBeforeChineseNumeralsIsNoMinusSign) {
  const auto dash = extract_text("新华网-三部门发文：加强商务和金融协同。");
  ASSERT_EQ(dash.texts(), std::vector<std::string>{"三部"});
  EXPECT_EQ(dash.claim("三部").value, 3);
  EXPECT_EQ(extract_text("全年气温最低为-3摄氏度。").claim("-3摄氏度").value, -3);
}

// A name joined by a hyphen to a whole number is a designation; a signed figure keeps its sign.
TEST(NotAClaim, ANameHyphenNumberIsADesignation) {
  EXPECT_TRUE(extract_text("新型战机歼-20首次在航展上亮相。").extraction.claims.empty());
  EXPECT_TRUE(extract_text("大型加油机运油-20四机编队通场。").extraction.claims.empty());
  EXPECT_EQ(extract_text("居民消费价格同比-0.8%。").claim("-0.8%").value, -0.8);
}

// 75周年 says which anniversary; a 20年期 bond and a 3个月期 deposit are kinds, not spans of time.
TEST(NotAClaim, AnAnniversaryAndATermAreNoFigures) {
  EXPECT_TRUE(extract_text("明年是两市结好30周年。").extraction.claims.empty());
  EXPECT_TRUE(extract_text("20年期特别国债今天首发。").extraction.claims.empty());
  EXPECT_TRUE(extract_text("3个月期存款利率下调。").extraction.claims.empty());
  EXPECT_EQ(extract_text("改造期间历时3年期间未停工。").texts(), std::vector<std::string>{"3年"});
}

// 上述三项 counts again what the text has already named: no new figure.
TEST(NotAClaim, WhatAReferenceCountsAgainIsNoFigure) {
  EXPECT_TRUE(extract_text("专家组认为上述三项成果可以推广。").extraction.claims.empty());
  EXPECT_EQ(extract_text("专家组评审了三项成果。").texts(), std::vector<std::string>{"三项"});
}

// 负 is a sign where no word precedes it or after a verb of being; elsewhere it ends a word.
TEST(NotAClaim, FuEndingAWordIsNoMinusSign) {
  const auto burden = extract_text("肩负3200多万名职工的期待。");
  ASSERT_EQ(burden.texts(), std::vector<std::string>{"3200多万名"});
  EXPECT_GT(*burden.claim("3200多万名").value, 0);
  EXPECT_EQ(extract_text("当月增速为负2%。").claim("负2%").value, -2);
}

TEST(NotAClaim, BareNumbersOnlyWithAllNumbers) {
  EXPECT_TRUE(extract_text("奖池金额36.57亿。").extraction.claims.empty());
  const auto all = extract_text("奖池金额36.57亿。", true);
  ASSERT_EQ(all.extraction.claims.size(), 1U);
  EXPECT_EQ(all.extraction.claims[0].kind, ClaimKind::number);
}

}  // namespace
}  // namespace figcheck::parser
