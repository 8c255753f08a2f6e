// Claims the grammar reads: money, percent, percentage points, multiples, fractions, counts and
// measures; qualifiers before and after the number; ranges.
#include <gtest/gtest.h>

#include "tests/test_support.hpp"

namespace figcheck::parser {
namespace {

using test::extract_text;

struct ClaimCase {
  const char* sentence;
  const char* text;  // the claim's surface
  ClaimKind kind;
  double value;
  const char* unit;
};

class ReadsClaim : public testing::TestWithParam<ClaimCase> {};

TEST_P(ReadsClaim, KindValueAndUnit) {
  const ClaimCase& c = GetParam();
  const auto result = extract_text(c.sentence);
  const Claim& claim = result.claim(c.text);
  EXPECT_EQ(claim.kind, c.kind) << c.sentence;
  ASSERT_TRUE(claim.value) << c.sentence;
  EXPECT_NEAR(*claim.value, c.value, std::abs(c.value) * 1e-12) << c.sentence;
  EXPECT_EQ(claim.unit, c.unit) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Money, ReadsClaim,
    testing::Values(
        ClaimCase{"去年全区医药工业产值达到98.6亿元。", "98.6亿元", ClaimKind::money, 9.86e9,
                  "CNY"},
        ClaimCase{"发放补贴资金350万元。", "350万元", ClaimKind::money, 3.5e6, "CNY"},
        ClaimCase{"全市经济总量力争达到1.35万亿元。", "1.35万亿元", ClaimKind::money, 1.35e12,
                  "CNY"},
        ClaimCase{"形成三个千亿元级集群，其中之一超千亿元。", "超千亿元", ClaimKind::money, 1e11,
                  "CNY"},
        ClaimCase{"签下一笔4.2亿美元的授权协议。", "4.2亿美元", ClaimKind::money, 4.2e8, "USD"},
        ClaimCase{"欧洲订单折合3000万欧元。", "3000万欧元", ClaimKind::money, 3e7, "EUR"},
        ClaimCase{"拟每股派发现金红利0.35元/股。", "0.35元/股", ClaimKind::money, 0.35, "CNY"},
        ClaimCase{"赔偿款为壹仟玖佰圆整。", "壹仟玖佰圆整", ClaimKind::money, 1900, "CNY"},
        ClaimCase{"年度出口额约合１０９２０亿元。", "约合１０９２０亿元", ClaimKind::money,
                  1.092e12, "CNY"},
        ClaimCase{"捐款$20用于购书。", "$20", ClaimKind::money, 20, "USD"},
        ClaimCase{"一斤青菜卖3元5角。", "3元5角", ClaimKind::money, 3.5, "CNY"},
        ClaimCase{"门票五十元六角三分。", "五十元六角三分", ClaimKind::money, 50.63, "CNY"},
        ClaimCase{"一碗面十块三毛。", "十块三毛", ClaimKind::money, 10.3, "CNY"},
        ClaimCase{"一杯豆浆两块钱。", "两块钱", ClaimKind::money, 2, "CNY"},
        ClaimCase{"项目总投资两个亿元。", "两个亿元", ClaimKind::money, 2e8, "CNY"}));

TEST(Money, MinutesAfterAYuanAmountAreNotFen) {
  const auto result = extract_text("缴费5元3分钟到账。");
  EXPECT_DOUBLE_EQ(*result.claim("5元").value, 5);
  EXPECT_DOUBLE_EQ(*result.claim("3分钟").value, 3);
}

INSTANTIATE_TEST_SUITE_P(
    Percent, ReadsClaim,
    testing::Values(
        ClaimCase{"利润同比增长18%。", "18%", ClaimKind::percent, 18, "percent"},
        ClaimCase{"物价上涨６．４％。", "６．４％", ClaimKind::percent, 6.4, "percent"},
        ClaimCase{"占比提高百分之十五。", "百分之十五", ClaimKind::percent, 15, "percent"},
        ClaimCase{"贡献率为百分之三点五。", "百分之三点五", ClaimKind::percent, 3.5, "percent"},
        ClaimCase{"约三成企业实现盈利。", "约三成", ClaimKind::percent, 30, "percent"},
        ClaimCase{"不良率控制在千分之三以内。", "千分之三以内", ClaimKind::percent, 0.3, "percent"},
        ClaimCase{"交易佣金为万分之三。", "万分之三", ClaimKind::percent, 0.03, "percent"},
        ClaimCase{"误差为百万分之五。", "百万分之五", ClaimKind::percent, 0.0005, "percent"},
        ClaimCase{"受访者中七成六表示满意。", "七成六", ClaimKind::percent, 76, "percent"},
        ClaimCase{"近三成半企业实现盈利。", "近三成半", ClaimKind::percent, 35, "percent"},
        ClaimCase{"全场商品九折。", "九折", ClaimKind::percent, 90, "percent"},
        ClaimCase{"机票低至八点五折。", "八点五折", ClaimKind::percent, 85, "percent"},
        ClaimCase{"会员价75折。", "75折", ClaimKind::percent, 75, "percent"},
        ClaimCase{"冬装五五折促销。", "五五折", ClaimKind::percent, 55, "percent"},
        ClaimCase{"清仓商品一律半折。", "半折", ClaimKind::percent, 50, "percent"},
        ClaimCase{"手续费仅收半成。", "半成", ClaimKind::percent, 5, "percent"},
        ClaimCase{"违约金按仟分之贰计收。", "仟分之贰", ClaimKind::percent, 0.2, "percent"},
        ClaimCase{"失业率下降0.3个百分点。", "0.3个百分点", ClaimKind::percentage_point, 0.3,
                  "pp"}));

INSTANTIATE_TEST_SUITE_P(
    MultipleAndFraction, ReadsClaim,
    testing::Values(
        ClaimCase{"到位资金是上年的3倍。", "3倍", ClaimKind::multiple, 3, "times"},
        ClaimCase{"十年间经济总量翻两番。", "翻两番", ClaimKind::multiple, 4, "times"},
        ClaimCase{"收入实现翻番。", "翻番", ClaimKind::multiple, 2, "times"},
        ClaimCase{"出口占其产品的1/3。", "1/3", ClaimKind::fraction, 1.0 / 3, "fraction"},
        ClaimCase{"四分之三的农户参保。", "四分之三", ClaimKind::fraction, 0.75, "fraction"},
        ClaimCase{"受灾面积约占十分之一。", "十分之一", ClaimKind::fraction, 0.1, "fraction"}));

INSTANTIATE_TEST_SUITE_P(
    Counts, ReadsClaim,
    testing::Values(
        ClaimCase{"全区拥有712家高新技术企业。", "712家", ClaimKind::count, 712, "count"},
        ClaimCase{"新增就业2.49万名。", "2.49万名", ClaimKind::count, 24900, "count"},
        ClaimCase{"发射了百颗卫星。", "百颗", ClaimKind::count, 100, "count"},
        ClaimCase{"今年以来开行中欧班列1.2万列。", "1.2万列", ClaimKind::count, 12000, "count"},
        ClaimCase{"已有十二款新药获批。", "十二款", ClaimKind::count, 12, "count"},
        ClaimCase{"带动两千三百户农户增收。", "两千三百户", ClaimKind::count, 2300, "count"},
        ClaimCase{"受理事项1,182项。", "1,182项", ClaimKind::count, 1182, "count"},
        ClaimCase{"经营主体达到10.85万家。", "10.85万家", ClaimKind::count, 108500, "count"}));

INSTANTIATE_TEST_SUITE_P(
    Measures, ReadsClaim,
    testing::Values(
        ClaimCase{"规划面积40平方公里。", "40平方公里", ClaimKind::measure, 40, "km2"},
        ClaimCase{"建成人才公寓20万平方米。", "20万平方米", ClaimKind::measure, 200000, "m2"},
        ClaimCase{"粮食产量1.3万亿斤。", "1.3万亿斤", ClaimKind::measure, 1.3e12, "jin"},
        ClaimCase{"接待游客超35万人次。", "超35万人次", ClaimKind::measure, 350000, "person_time"},
        ClaimCase{"装机容量120万千瓦。", "120万千瓦", ClaimKind::measure, 1.2e6, "kW"},
        ClaimCase{"建成200P算力中心。", "200P", ClaimKind::measure, 200, "PFLOPS"},
        ClaimCase{"车程缩短至30分钟。", "30分钟", ClaimKind::measure, 30, "minute"},
        ClaimCase{"历时8个月完成论证。", "8个月", ClaimKind::measure, 8, "month"}));

struct QualifierCase {
  const char* sentence;
  const char* text;
  Qualifier qualifier;
  std::optional<double> low;
  std::optional<double> high;
};

class ReadsQualifier : public testing::TestWithParam<QualifierCase> {};

TEST_P(ReadsQualifier, QualifierAndInterval) {
  const QualifierCase& c = GetParam();
  const auto result = extract_text(c.sentence);
  const Claim& claim = result.claim(c.text);
  EXPECT_EQ(claim.qualifier, c.qualifier) << c.sentence;
  ASSERT_EQ(claim.interval.low.has_value(), c.low.has_value()) << c.sentence;
  ASSERT_EQ(claim.interval.high.has_value(), c.high.has_value()) << c.sentence;
  if (c.low) {
    EXPECT_NEAR(*claim.interval.low, *c.low, std::abs(*c.low) * 1e-9 + 1e-9) << c.sentence;
  }
  if (c.high) {
    EXPECT_NEAR(*claim.interval.high, *c.high, std::abs(*c.high) * 1e-9 + 1e-9) << c.sentence;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Qualifiers, ReadsQualifier,
    testing::Values(
        QualifierCase{"产值241.3亿元。", "241.3亿元", Qualifier::exact, 241.25e8, 241.35e8},
        QualifierCase{"产值242亿元。", "242亿元", Qualifier::exact, 241.5e8, 242.5e8},
        QualifierCase{"总投资超200亿元。", "超200亿元", Qualifier::over, 200e8, std::nullopt},
        QualifierCase{"营收突破500亿元。", "突破500亿元", Qualifier::over, 500e8, std::nullopt},
        QualifierCase{"上市了40余款产品。", "40余款", Qualifier::more_than_stated, 40, 50},
        QualifierCase{"人才总量11万余人。", "11万余人", Qualifier::more_than_stated, 110000,
                      120000},
        QualifierCase{"历经一千多个日夜。", "一千多个", Qualifier::more_than_stated, 1000, 2000},
        QualifierCase{"外籍人才近300人。", "近300人", Qualifier::nearly, 270, 300},
        QualifierCase{"提供就业近万个岗位。", "近万个", Qualifier::nearly, 9000, 10000},
        QualifierCase{"拉动消费约4.7亿元。", "约4.7亿元", Qualifier::approx, 4.465e8, 4.935e8},
        QualifierCase{"人均用时10分钟左右。", "10分钟左右", Qualifier::approx, 9.5, 10.5},
        QualifierCase{"工期不到20天。", "不到20天", Qualifier::under, std::nullopt, 20},
        QualifierCase{"单个项目最高1000万元。", "最高1000万元", Qualifier::at_most, std::nullopt,
                      1e7},
        QualifierCase{"单个项目最高支持1000万元。", "1000万元", Qualifier::at_most, std::nullopt,
                      1e7},
        QualifierCase{"每年至少举办12场。", "12场", Qualifier::at_least, 12, std::nullopt},
        QualifierCase{"新增就业1200万人以上。", "1200万人以上", Qualifier::over, 1.2e7,
                      std::nullopt},
        QualifierCase{"产值达241.3亿元。", "241.3亿元", Qualifier::exact, 241.25e8, 241.35e8},
        QualifierCase{"建设周期3至5年。", "3至5年", Qualifier::range, 2.5, 5.5},
        QualifierCase{"增速在10%—20%之间。", "10%—20%", Qualifier::range, 9.5, 20.5},
        QualifierCase{"投资10-20亿元。", "10-20亿元", Qualifier::range, 9.5e8, 20.5e8}));

TEST(Ranges, AnAmbiguousRangeKeepsBothReadingsAndNoValue) {
  const auto result = extract_text("预计投资八到九百亿元。");
  const Claim& claim = result.claim("八到九百亿元");
  EXPECT_EQ(claim.qualifier, Qualifier::ambiguous);
  EXPECT_FALSE(claim.value.has_value());
  ASSERT_TRUE(claim.interval.low && claim.interval.high);
  EXPECT_LT(*claim.interval.low, 8.0e8 + 1);  // the 8亿 reading
  EXPECT_GT(*claim.interval.high, 900e8);
}

TEST(Negative, SignsAreKept) {
  const auto result = extract_text("当月同比为负3.9%，上月为-2.1%。");
  EXPECT_DOUBLE_EQ(*result.claim("负3.9%").value, -3.9);
  EXPECT_DOUBLE_EQ(*result.claim("-2.1%").value, -2.1);
}

TEST(Percent, TenZheIsNoDiscountAndNoFigure) {
  EXPECT_TRUE(extract_text("原价出售，相当于十折。").extraction.claims.empty());
}

TEST(Negative, ARuleOfDashesIsNoMinusSign) {
  const auto result = extract_text("射程--2500公里，增速-3%。");
  EXPECT_DOUBLE_EQ(*result.claim("2500公里").value, 2500);
  EXPECT_DOUBLE_EQ(*result.claim("-3%").value, -3);
}

// Web typesetting spaces Arabic numbers off from Chinese; old reports space every digit.
INSTANTIATE_TEST_SUITE_P(
    SpacedFigures, ReadsClaim,
    testing::Values(
        ClaimCase{"全区共有 631 家高新技术企业。", "631 家", ClaimKind::count, 631, "count"},
        ClaimCase{"利润增长 18 %。", "18 %", ClaimKind::percent, 18, "percent"},
        ClaimCase{"进出口总额由1 6 5 5 亿美元增加。", "1 6 5 5 亿美元", ClaimKind::money, 1.655e11,
                  "USD"},
        ClaimCase{"年均增长1 5 ．3 ％。", "1 5 ．3 ％", ClaimKind::percent, 15.3, "percent"},
        ClaimCase{"比重下降 一百五十 个百分点。", "一百五十 个百分点", ClaimKind::percentage_point,
                  150, "pp"},
        ClaimCase{"税率为百 分 之 五。", "百 分 之 五", ClaimKind::percent, 5, "percent"},
        ClaimCase{"票价打 7 2 折。", "7 2 折", ClaimKind::percent, 72, "percent"}));

TEST(SpacedFigures, SpansLeaveTheSpacesAroundOut) {
  const auto result = extract_text("共有 631 家企业，超过 200 亿元。");
  EXPECT_EQ(result.texts(), (std::vector<std::string>{"631 家", "超过 200 亿元"}));
}

TEST(SpacedFigures, NamesHeadingsAndYearsKeepTheirSpace) {
  // A product name's number, a heading's number, a bare year and two numbers of several digits
  // are not joined to the word after them.
  for (const char* text : {"届时 OCR 2 所验证的能力将集成。", "4.2 场景展望\n正文。",
                           "能力边界与 2026 人机协作演进。", "表中列出 2023 2024 年度数据。"}) {
    EXPECT_TRUE(extract_text(text).extraction.claims.empty()) << text;
  }
}

TEST(SpacedFigures, AWholeNumberBeforeAFractionMakesAMixedNumber) {
  const auto result = extract_text("分配比例为 1 3/5 。", true);
  ASSERT_EQ(result.texts(), (std::vector<std::string>{"1 3/5"}));
  EXPECT_DOUBLE_EQ(*result.claim("1 3/5").value, 1.6);
}

// Zero-width characters copied in from web pages are invisible: the figure is the one a reader
// sees, and the claim's text is the original's, characters and all.
INSTANTIATE_TEST_SUITE_P(ZeroWidthInsideFigures, ReadsClaim,
                         testing::Values(ClaimCase{"全年产值24\u200D1.3亿元。", "24\u200D1.3亿元",
                                                   ClaimKind::money, 2.413e10, "CNY"},
                                         ClaimCase{"新增企业6\u200B3\u2060家。", "6\u200B3\u2060家",
                                                   ClaimKind::count, 63, "count"},
                                         ClaimCase{"同比增长1\uFEFF8.\u200C5%。",
                                                   "1\uFEFF8.\u200C5%", ClaimKind::percent, 18.5,
                                                   "percent"}));

TEST(ZeroWidthInsideFigures, ColumnsPointAtTheOriginalText) {
  const auto result = extract_text("全年产值24\u200D1.3亿元\u200B，增长18%。");
  const Claim& claim = result.claim("24\u200D1.3亿元");
  EXPECT_EQ(claim.span.begin, result.text.find("24"));
  EXPECT_EQ(claim.span.end, result.text.find("\u200B，"));
}

INSTANTIATE_TEST_SUITE_P(
    MixedAndSignedFractions, ReadsClaim,
    testing::Values(ClaimCase{"产量是去年的一又二分之一。", "一又二分之一", ClaimKind::fraction,
                              1.5, "fraction"},
                    ClaimCase{"工期缩短了三百五十又3分之1天。", "三百五十又3分之1",
                              ClaimKind::fraction, 350 + 1.0 / 3, "fraction"},
                    ClaimCase{"比值为负一又二分之一。", "负一又二分之一", ClaimKind::fraction, -1.5,
                              "fraction"},
                    ClaimCase{"比值为负3分之负157。", "负3分之负157", ClaimKind::fraction,
                              157.0 / 3, "fraction"},
                    ClaimCase{"斜率为-3/2。", "-3/2", ClaimKind::fraction, -1.5, "fraction"}));

TEST(Numbers, PowersAndBareDecimals) {
  const auto result = extract_text("样本为2^10个，误差为 .5 与 -.25，系数 2.5^-1 。", true);
  EXPECT_DOUBLE_EQ(*result.claim("2^10个").value, 1024);
  EXPECT_DOUBLE_EQ(*result.claim(".5").value, 0.5);
  EXPECT_DOUBLE_EQ(*result.claim("-.25").value, -0.25);
  EXPECT_DOUBLE_EQ(*result.claim("2.5^-1").value, 0.4);
}

INSTANTIATE_TEST_SUITE_P(
    ForeignMoney, ReadsClaim,
    testing::Values(
        ClaimCase{"这台电脑两美元又三美分。", "两美元又三美分", ClaimKind::money, 2.03, "USD"},
        ClaimCase{"车票10日元5日本銭。", "10日元5日本銭", ClaimKind::money, 10.05, "JPY"},
        ClaimCase{"汇率达到445奈拉兑换1美元。", "445奈拉", ClaimKind::money, 445, "NGN"},
        ClaimCase{"他持有20个比特币。", "20个比特币", ClaimKind::money, 20, "BTC"},
        ClaimCase{"手机壳花费我三块。", "三块", ClaimKind::money, 3, "CNY"}));

TEST(Counts, KuaiBeforeANounCountsIt) {
  const auto result = extract_text("开发商卖出三块地。");
  EXPECT_EQ(result.claim("三块").kind, ClaimKind::count);
}

TEST(AllNumbers, LoneDigitsAndTheirWords) {
  // 四 and 五 alone are numbers; 一 in 一看, 陆 in 登陆, 九九 as a brand are words.
  EXPECT_EQ(extract_text("答案是四不是五。", true).texts(), (std::vector<std::string>{"四", "五"}));
  for (const char* text : {"我一看就明白。", "登陆部队已经上岸。", "阳光九九是食物品牌。"})
    EXPECT_TRUE(extract_text(text, true).extraction.claims.empty()) << text;
}

TEST(Codes, ANumberWithALeadingZeroIsNoFigure) {
  EXPECT_TRUE(extract_text("03 个股表现回顾。").extraction.claims.empty());
}

TEST(Spans, PointIntoTheOriginalTextEvenAfterFolding) {
  const auto result = extract_text("全年收入１０９２０亿元，增长６．４％。");
  ASSERT_EQ(result.texts(), (std::vector<std::string>{"１０９２０亿元", "６．４％"}));
}

}  // namespace
}  // namespace figcheck::parser
