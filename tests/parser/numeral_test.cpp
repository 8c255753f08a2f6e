// One test per numeral form (issue 2 §3): the value and the stated precision.
#include <gtest/gtest.h>

#include "parser/grammar/parsers.hpp"

namespace figcheck::parser::grammar {
namespace {

struct NumeralCase {
  const char* text;
  double value;
  double step;
};

class NumeralValue : public testing::TestWithParam<NumeralCase> {};

TEST_P(NumeralValue, ReadsValueAndPrecision) {
  const NumeralCase& c = GetParam();
  const auto parsed = parse_numeral(c.text);
  ASSERT_TRUE(parsed) << c.text;
  EXPECT_EQ(parsed->length, std::string_view(c.text).size()) << c.text;
  EXPECT_DOUBLE_EQ(parsed->value.value, c.value) << c.text;
  EXPECT_DOUBLE_EQ(parsed->value.step, c.step) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Arabic, NumeralValue,
                         testing::Values(NumeralCase{"241.3", 241.3, 0.1},
                                         NumeralCase{"1,182", 1182, 1},
                                         NumeralCase{"601,293.11", 601293.11, 0.01},
                                         NumeralCase{"631", 631, 1},
                                         NumeralCase{"1210207", 1210207, 1}));

INSTANTIATE_TEST_SUITE_P(
    Chinese, NumeralValue,
    testing::Values(NumeralCase{"十二", 12, 1}, NumeralCase{"二十三", 23, 1},
                    NumeralCase{"一百零五", 105, 1}, NumeralCase{"三千五百", 3500, 100},
                    NumeralCase{"九万五千九百三十三", 95933, 1}, NumeralCase{"两", 2, 1},
                    NumeralCase{"百", 100, 100}, NumeralCase{"千亿", 1e11, 1e11},
                    NumeralCase{"万", 1e4, 1e4}, NumeralCase{"三千五", 3500, 100},
                    NumeralCase{"一万三", 13000, 1000}, NumeralCase{"九十二万四", 924000, 1000},
                    NumeralCase{"五十四万亿", 54e12, 1e12}, NumeralCase{"四万万", 4e8, 1e8},
                    NumeralCase{"四千万零六千", 40006000, 1000},
                    NumeralCase{"四亿五千六百四十二万零一十五", 456420015, 1},
                    NumeralCase{"十五点七", 15.7, 0.1}, NumeralCase{"二〇二五", 2025, 1},
                    NumeralCase{"半百", 50, 50}));

INSTANTIATE_TEST_SUITE_P(FinancialAndTraditional, NumeralValue,
                         testing::Values(NumeralCase{"壹仟玖佰", 1900, 100},
                                         NumeralCase{"肆佰陸拾", 460, 10},
                                         NumeralCase{"拾萬零五十六", 100056, 1},
                                         NumeralCase{"兩千三百五", 2350, 10},
                                         NumeralCase{"五億零六", 500000006, 1}));

INSTANTIATE_TEST_SUITE_P(
    Mixed, NumeralValue,
    testing::Values(NumeralCase{"1.35万亿", 1.35e12, 1e10}, NumeralCase{"10.85万", 108500, 100},
                    NumeralCase{"5000万", 5e7, 1e4}, NumeralCase{"2.49万", 24900, 100},
                    NumeralCase{"3.9万", 39000, 1000}, NumeralCase{"120万亿", 1.2e14, 1e12},
                    NumeralCase{"5万4千6百", 54600, 100}, NumeralCase{"1,100万", 1.1e7, 1e4},
                    NumeralCase{"9佰", 900, 100}, NumeralCase{"3万4000", 34000, 1},
                    NumeralCase{"1万600", 10600, 1}, NumeralCase{"1亿2000万", 1.2e8, 1e4},
                    NumeralCase{"200亿零四千230", 20000004230, 1},
                    NumeralCase{"两个亿", 2e8, 1e8}));

INSTANTIATE_TEST_SUITE_P(DigitByDigitAndExponent, NumeralValue,
                         testing::Values(NumeralCase{"一七二零点一", 1720.1, 0.1},
                                         NumeralCase{"一二点三零", 12.3, 0.01},
                                         NumeralCase{"12.32e+14", 1.232e15, 1e12},
                                         NumeralCase{"12e-1", 1.2, 0.1}));

TEST(Numeral, AnArabicNumberAfterAUnitMustFitBelowIt) {
  // 3万40000 is no number; the longest prefix that is one is 3万.
  const auto parsed = parse_numeral("3万40000");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->length, std::string_view("3万").size());
  EXPECT_DOUBLE_EQ(parsed->value.value, 30000);
}

TEST(Numeral, MoreThanWidthComesFromTheLastNonZeroPlace) {
  EXPECT_DOUBLE_EQ(parse_numeral("一千多")->value.more_than_width, 1000);
  EXPECT_DOUBLE_EQ(parse_numeral("11万余")->value.more_than_width, 1e4);
  EXPECT_DOUBLE_EQ(parse_numeral("40余")->value.more_than_width, 10);
  EXPECT_DOUBLE_EQ(parse_numeral("500余万")->value.more_than_width, 1e6);
  EXPECT_DOUBLE_EQ(parse_numeral("二十几万")->value.more_than_width, 1e5);
  EXPECT_DOUBLE_EQ(parse_numeral("十几")->value.value, 10);
  EXPECT_DOUBLE_EQ(parse_numeral("十几")->value.more_than_width, 10);
}

TEST(Numeral, FlagsValuesNoNewsFigureCanHave) {
  EXPECT_TRUE(parse_numeral("99999亿亿")->value.overflow);
  EXPECT_TRUE(parse_numeral("1234567890123456789012345678901234567890")->value.overflow);
  EXPECT_FALSE(parse_numeral("1349084亿")->value.overflow);
}

TEST(Numeral, KeepsTheLongestPrefixThatIsANumber) {
  EXPECT_EQ(parse_numeral("十十")->length, std::string_view("十").size());
  EXPECT_EQ(parse_numeral("七十百分位")->length, std::string_view("七十").size());
}

TEST(Numeral, TwoDigitsBeforeAUnitAreARoughRange) {
  const auto parsed = parse_numeral("三五百");
  ASSERT_TRUE(parsed);
  EXPECT_DOUBLE_EQ(parsed->value.value, 300);
  EXPECT_DOUBLE_EQ(parsed->value.more_than_width, 200);
  EXPECT_DOUBLE_EQ(parse_numeral("八九亿")->value.value, 8e8);
}

TEST(Numeral, RejectsWhatIsNoNumber) {
  EXPECT_FALSE(parse_numeral("元"));
  // 千瓦 is a unit: the numeral stops before it.
  EXPECT_EQ(parse_numeral("3千瓦")->length, 1U);
}

TEST(Numeral, CountsSignificantDigits) {
  EXPECT_EQ(parse_numeral("241.3")->value.significant_digits, 4);
  EXPECT_EQ(parse_numeral("1200")->value.significant_digits, 2);
  EXPECT_EQ(parse_numeral("631")->value.significant_digits, 3);
}

}  // namespace
}  // namespace figcheck::parser::grammar
