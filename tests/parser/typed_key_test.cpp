// The typed key attribution fills beside the rendered strings: where the entity and the period
// came from, and the aspect of the metric (its head, a share's whole, a change's base).
#include <gtest/gtest.h>

#include "checker/rule_pack.hpp"
#include "parser/attribution/pipeline.hpp"
#include "parser/corpus.hpp"

namespace figcheck {
namespace {

using parser::Aspect;
using parser::Basis;
using parser::EntitySource;
using parser::Modality;
using parser::TimeSource;

class TypedKey : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    pack_ = new checker::RulePack;
    parser::Diagnostics diagnostics;
    checker::add_default_pack(*pack_, diagnostics);
    attributor_ = new parser::Attributor(pack_->lexicon);
  }
  static void TearDownTestSuite() {
    delete attributor_;
    delete pack_;
  }

  struct Attributed {
    std::unique_ptr<parser::Document> document;
    parser::Extraction extraction;
    const parser::Claim& claim(std::string_view surface) const {
      for (const parser::Claim& c : extraction.claims) {
        if (document->text().substr(c.span.begin, c.span.size()) == surface) return c;
      }
      ADD_FAILURE() << "no claim " << surface;
      return extraction.claims.front();
    }
  };

  static Attributed attribute(const std::string& text, std::optional<std::string> date = {}) {
    parser::Diagnostics diagnostics;
    Attributed out{std::make_unique<parser::Document>("<t>", text, diagnostics), {}};
    out.extraction = parser::extract_and_attribute(*out.document, {}, {attributor_, date});
    return out;
  }

  static checker::RulePack* pack_;
  static parser::Attributor* attributor_;
};

checker::RulePack* TypedKey::pack_ = nullptr;
parser::Attributor* TypedKey::attributor_ = nullptr;

// Each pass reads what the passes before it wrote (docs/architecture.md): the order is part of
// the design.
TEST(AttributionPipeline, RunsItsPassesInTheDocumentedOrder) {
  std::vector<std::string_view> names;
  for (const parser::AttributionPass& pass : parser::attribution_pipeline())
    names.push_back(pass.name);
  EXPECT_EQ(names,
            (std::vector<std::string_view>{"entity", "period", "metric", "modality", "provenance",
                                           "narrowing", "traits", "relations"}));
}

// The relations pass reads which figure each one divides, is a share of or multiplies, so the
// rules compare figures without the text.
TEST_F(TypedKey, FiguresRelatedByTheirWords) {
  const std::string text =
      "松江县签约项目40个（工业项目25个，农业项目15个）。"
      "全县产值500亿元，其中工业产值300亿元，占比60%。"
      "全县税收80亿元，是2020年的2倍。";
  const auto a = attribute(text, "2030-05-01");
  const auto index_of = [&](std::string_view surface) {
    return static_cast<std::uint32_t>(&a.claim(surface) - a.extraction.claims.data());
  };
  EXPECT_EQ(a.claim("25个").whole_figure, index_of("40个"));
  EXPECT_EQ(a.claim("15个").whole_figure, index_of("40个"));
  EXPECT_EQ(a.claim("300亿元").whole_figure, index_of("500亿元"));
  EXPECT_EQ(a.claim("60%").share_part, index_of("300亿元"));
  EXPECT_EQ(a.claim("60%").share_whole, index_of("500亿元"));
  EXPECT_EQ(a.claim("2倍").multiplied, index_of("80亿元"));
  EXPECT_FALSE(a.claim("40个").whole_figure.has_value());
  // A statement ends at its full stop, in the text as written (full-width digits and all).
  const auto b = attribute("全县产值５００亿元，其中工业产值３００亿元。另有农业产值80亿元。");
  const std::string_view written = b.document->text();
  EXPECT_EQ(written.substr(b.extraction.claims.front().statement_end).substr(0, 3), "。");
}

// The period text read once into its shape; the rules read the shape.
TEST(PeriodForm, ReadsEveryCanonicalShape) {
  using parser::PeriodKind;
  const auto range = parser::period_form("2025-01..2025-09");
  EXPECT_EQ(range.kind, PeriodKind::calendar);
  EXPECT_EQ(range.first, "2025-01");
  EXPECT_EQ(range.last, "2025-09");
  EXPECT_EQ(parser::period_form("2024").last, "2024");
  EXPECT_FALSE(parser::period_form("2024-02-30").exists);
  EXPECT_TRUE(parser::period_form("2024-02-29").exists);
  const auto as_of = parser::period_form("as-of-2025-02-17");
  EXPECT_EQ(as_of.kind, PeriodKind::as_of);
  EXPECT_EQ(as_of.first, "2025-02-17");
  EXPECT_TRUE(parser::period_form("since-2021").relative());
  EXPECT_TRUE(parser::period_form("last-5-years").relative());
  EXPECT_TRUE(parser::period_form("next-5-years").relative());
  EXPECT_EQ(parser::period_form("2024/国庆").kind, PeriodKind::other);
  EXPECT_EQ(parser::period_form("undated").kind, PeriodKind::other);
  EXPECT_EQ(parser::period_form("").kind, PeriodKind::none);
}

TEST_F(TypedKey, EntityNamedInTheFiguresClause) {
  const auto a = attribute("2030年，清溪县茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").entity, "清溪县");
  EXPECT_EQ(a.claim("40亿元").entity_source, EntitySource::clause);
}

TEST_F(TypedKey, EntityNamedAfterTheFigureInItsClause) {
  const auto a = attribute("今年有12家企业落户在清溪县。");
  EXPECT_EQ(a.claim("12家").entity, "清溪县");
  EXPECT_EQ(a.claim("12家").entity_source, EntitySource::clause);
}

TEST_F(TypedKey, EntityNamedInAnEarlierClauseOfTheSentence) {
  const auto a = attribute("清溪县今年发展顺利，茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").entity, "清溪县");
  EXPECT_EQ(a.claim("40亿元").entity_source, EntitySource::sentence);
}

TEST_F(TypedKey, EntityCarriedFromAnEarlierSentenceOfTheParagraph) {
  const auto a = attribute("清溪县位于山区。茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").entity, "清溪县");
  EXPECT_EQ(a.claim("40亿元").entity_source, EntitySource::paragraph);
}

TEST_F(TypedKey, EntityFromTheLeadThatStatesTheSubject) {
  const auto a = attribute("清溪县：茶叶丰收\n\n全年茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").entity, "清溪县");
  EXPECT_EQ(a.claim("40亿元").entity_source, EntitySource::subject);
}

TEST_F(TypedKey, EntityFromTheHeadlinesName) {
  const auto a =
      attribute("青禾股份：去年营收增长\n青禾股份发布年度报告。\n去年营业收入达到12亿元。");
  EXPECT_EQ(a.claim("12亿元").entity, "青禾股份");
  EXPECT_EQ(a.claim("12亿元").entity_source, EntitySource::subject);
}

TEST_F(TypedKey, EntityTheArticleNamesMostOften) {
  const auto a = attribute("清溪县茶叶丰收。\n\n全年茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").entity, "清溪县");
  EXPECT_EQ(a.claim("40亿元").entity_source, EntitySource::prevailing);
}

TEST_F(TypedKey, NoEntityAnywhere) {
  const auto a = attribute("全年茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").entity, "");
  EXPECT_EQ(a.claim("40亿元").entity_source, EntitySource::none);
}

TEST_F(TypedKey, PeriodStatedInTheSentence) {
  const auto a = attribute("2030年，清溪县茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").period, "2030");
  EXPECT_EQ(a.claim("40亿元").period_source, TimeSource::stated);
  const auto b = attribute("今年，清溪县茶叶产值达到40亿元。", "2030-06-30");
  EXPECT_EQ(b.claim("40亿元").period, "2030");
  EXPECT_EQ(b.claim("40亿元").period_source, TimeSource::stated);
}

TEST_F(TypedKey, PeriodCarriedFromTheParagraph) {
  const auto a = attribute("2030年，清溪县茶叶丰收。茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").period, "2030");
  EXPECT_EQ(a.claim("40亿元").period_source, TimeSource::paragraph);
  // A period never carries past its paragraph: below the top of the article the figure is of
  // the (undated) article's batch.
  const auto b = attribute(
      "清溪县概况\n清溪县地处山区。\n清溪县以茶闻名。\n2030年，清溪县茶叶丰收。\n茶叶产值达到40亿元"
      "。");
  EXPECT_EQ(b.claim("40亿元").period, "undated");
  EXPECT_EQ(b.claim("40亿元").period_source, TimeSource::article_date);
}

// In an undated article, the one year its top states dates the sections that state none; a
// figure of the present (目前) and any figure of a dated article are as of the article's day.
TEST_F(TypedKey, AYearAtTheTopDatesTheSections) {
  const auto a = attribute("2030年，清溪县茶叶丰收。\n\n茶叶产值达到40亿元，同比增长8%。");
  EXPECT_EQ(a.claim("40亿元").period, "2030");
  EXPECT_EQ(a.claim("40亿元").period_source, TimeSource::article_top);
  const auto b = attribute("2030年，清溪县茶叶丰收。\n\n目前，全县茶园面积达到12万亩。");
  EXPECT_EQ(b.claim("12万亩").period, "undated");
  const auto c = attribute("2030年，清溪县茶叶丰收。\n\n茶叶产值达到40亿元。", "2031-03-02");
  EXPECT_EQ(c.claim("40亿元").period, "as-of-2031-03-02");
  // Two years at the top date nothing.
  const auto d = attribute("2029年至2030年，清溪县茶叶连年丰收。\n\n茶叶产值达到40亿元。");
  EXPECT_EQ(d.claim("40亿元").period, "undated");
}

TEST_F(TypedKey, RunningTotalIsAsOfTheArticlesDate) {
  const auto a = attribute("今年以来，清溪县累计接待游客500万人次。", "2030-06-30");
  EXPECT_EQ(a.claim("500万人次").period, "as-of-2030-06-30");
  EXPECT_EQ(a.claim("500万人次").period_source, TimeSource::article_date);
}

// 自某年某月…以来 and 自去年某月…以来 open a span up to now: the time is its start.
TEST_F(TypedKey, ATimeAfterZiOpensASpan) {
  const auto a = attribute("自2021年12月启动以来，清溪县已连续11次下调电价。", "2023-04-19");
  EXPECT_EQ(a.claim("11次").period, "since-2021-12");
  EXPECT_EQ(a.claim("11次").basis, Basis::running_total);
  const auto b = attribute("自去年7月开工以来，清溪县已建成桥梁8座。", "2023-06-16");
  EXPECT_EQ(b.claim("8座").period, "since-2022-07");
  // A time with no 以来 in its clause is the figure's own.
  const auto c = attribute("自2021年12月起，清溪县下调电价3次。", "2023-04-19");
  EXPECT_NE(c.claim("3次").period.substr(0, 6), "since-");
}

// The rate told right after a forecast figure of its metric is forecast with it.
TEST_F(TypedKey, AForecastFiguresRateIsAForecast) {
  const auto a =
      attribute("据测算，今年国庆假期清溪县预计接待游客达到320万人次，同比增长36%。", "2030-09-29");
  EXPECT_EQ(a.claim("320万人次").modality, Modality::forecast);
  EXPECT_EQ(a.claim("36%").modality, Modality::forecast);
  const auto b = attribute("今年国庆假期，清溪县接待游客320万人次，同比增长36%。", "2030-10-08");
  EXPECT_EQ(b.claim("36%").modality, Modality::actual);
}

// The items of a ；list share the population its first item names; a time inside the words
// before the metric is no part of the population.
TEST_F(TypedKey, PopulationOfAListAndAroundATime) {
  const auto a = attribute(
      "2030年，清溪县服务进出口总额300亿元。其中，出口120亿元，增长6%；进口180亿元，增长4%。");
  EXPECT_EQ(a.claim("180亿元").population, "服务");
  const auto b = attribute("2030年，全国规上纺织企业全年完成营业收入1.3万亿元。");
  EXPECT_EQ(b.claim("1.3万亿元").population, "规上纺织企业");
}

// 去年四季度 dates its own words; the paragraphs after it go on in the article's year.
TEST_F(TypedKey, ARelativeYearHoldsForItsSentenceOnly) {
  const auto a = attribute(
      "二季度清溪县外贸增长7%，较去年四季度高2个百分点。\n上半年，清溪县外贸进出口120亿元。",
      "2030-07-12");
  EXPECT_EQ(a.claim("120亿元").period, "2030-01..2030-06");
}

// Two occurrences of one day are told apart by the moment each happened.
TEST_F(TypedKey, TheClockTimeOfAnOccurrenceIsItsInstance) {
  const auto a = attribute("今天4时17分清溪县地震，测得震源深度8公里。", "2030-02-06");
  const auto b = attribute("今天13时24分清溪县又震，测得震源深度12公里。", "2030-02-06");
  EXPECT_FALSE(a.claim("8公里").event.empty());
  EXPECT_NE(a.claim("8公里").event, b.claim("12公里").event);
}

// In 甲相比去年某月的低点增长N, 甲 is what changed; the words after 相比 describe the base.
TEST_F(TypedKey, TheWordsAfterAComparisonDescribeTheBase) {
  const auto a = attribute("清溪县3月日均客流指数相比去年12月低点大幅增长27.7个点。", "2030-03-28");
  EXPECT_EQ(a.claim("27.7个").metric_head, "日均客流指数");
  EXPECT_EQ(a.claim("27.7个").period, "2030-03");
  EXPECT_EQ(a.claim("27.7个").base_period, "2029-12");
  // With no words before the comparison, the words after it name what changed.
  const auto b = attribute("2030年清溪县预算安排养护支出8亿元，比上年养护支出决算数多出12%。");
  EXPECT_NE(b.claim("12%").metric_head.find("支出决算数"), std::string::npos);
}

// 资金 and 企业 alone say what kind of figure, not of what; 连续… is a span of time; the growth of
// 投资 is still a figure of investment.
TEST_F(TypedKey, AHeadThatNamesAKindOnly) {
  const auto a = attribute("2030年，清溪县共有企业120家，连续3年获评先进县。");
  EXPECT_TRUE(a.claim("120家").names_a_kind_only);
  EXPECT_TRUE(a.claim("3年").names_a_kind_only);
  const auto b = attribute("2030年，清溪县茶叶产值达到40亿元，投资增长6%。");
  EXPECT_FALSE(b.claim("40亿元").names_a_kind_only);
  EXPECT_FALSE(b.claim("6%").names_a_kind_only);
}

// 由…提高到… says up, 由…降至… down; a measure better when lower (精度) and a start stated as a
// fall say nothing the checker may hold the figures to.
TEST_F(TypedKey, TheDirectionAChangeSays) {
  using parser::Direction;
  const auto a = attribute("清溪县茶园覆盖率由40%提高到55%，农药用量由12吨降至9吨。");
  EXPECT_EQ(a.claim("55%").direction, Direction::up);
  EXPECT_EQ(a.claim("9吨").direction, Direction::down);
  EXPECT_EQ(a.claim("40%").direction, Direction::none);
  const auto b = attribute("清溪县测绘精度由1米提升至0.1米，出口增速由下降3%提高到增长2%。");
  EXPECT_EQ(b.claim("0.1米").direction, Direction::none);
  EXPECT_EQ(b.claim("2%").direction, Direction::none);
}

// 同比上涨, 涨幅, 回升: the words saying how a figure changed are not what changed.
TEST_F(TypedKey, TheWordsOfAChangeAreNotItsMetric) {
  const auto a = attribute("2030年3月，清溪县茶叶收购价格同比上涨6.1%，鲜叶价格同比涨幅为4.2%。");
  EXPECT_EQ(a.claim("6.1%").metric_head, "茶叶收购价格");
  EXPECT_EQ(a.claim("4.2%").metric_head, "鲜叶价格");
  const auto b = attribute("2030年3月，清溪县茶市景气指数为51.4%，较上月回升0.6个百分点。");
  EXPECT_EQ(b.claim("0.6个百分点").role, parser::Role::change);
  EXPECT_EQ(b.claim("0.6个百分点").metric_head, "茶市景气指数");
}

// 同比多增 and 少增 say how a change compares with the year before's: they name no measure. A
// change told as 新增 after its measure (贷款新增) is of that measure.
TEST_F(TypedKey, WordsComparingAChangeNameNoMeasure) {
  const auto a = attribute("前三季度，松江县住房贷款新增320亿元，同比多增40亿元。", "2030-10-20");
  EXPECT_EQ(a.claim("320亿元").metric_head, "住房贷款");
  EXPECT_EQ(a.claim("40亿元").metric, "");
}

// 本次, like 本届, names the instance of a recurring event the figure belongs to (this issue of
// a bond, this session); 首次 says "for the first time" and names none.
TEST_F(TypedKey, ThisOccasionIsAnInstance) {
  const auto a =
      attribute("本次续发行国债发行总额300亿元。松江县首次发行债券50亿元。", "2030-10-20");
  EXPECT_EQ(a.claim("300亿元").event, "本次");
  EXPECT_EQ(a.claim("50亿元").event, "");
}

// A country's ministries and statistics office report the country's figures (the pack's
// `bodies`): 海关总署 and 财政部 stand for china.
TEST_F(TypedKey, ANationalAuthorityStandsForItsCountry) {
  const auto a =
      attribute("海关总署发布数据显示，前三季度货物贸易出口增长5%。财政部下达补助资金120亿元。",
                "2030-10-20");
  EXPECT_EQ(a.claim("5%").entity, "china");
  EXPECT_EQ(a.claim("120亿元").entity, "china");
}

// Clauses that say where the news comes from or when open no topic; a figure's clause that opens
// with its verb leaves its subject, the sector before it, unsaid.
TEST_F(TypedKey, TheSectorBeforeAClauseOpeningWithItsVerb) {
  const auto a = attribute(
      "记者从松江县国资委了解到，今年上半年，县属国有企业经营稳中有进，实现利润总额80亿元。",
      "2030-07-20");
  EXPECT_EQ(a.claim("80亿元").population, "县属国有企业");
  // A clause that opens with a name of its own states that name's figure.
  const auto b =
      attribute("今年上半年，县属国有企业经营稳中有进，园区实现利润总额80亿元。", "2030-07-20");
  EXPECT_NE(b.claim("80亿元").population, "县属国有企业");
}

// 扩至, 提升到: a verb of change before 至 or 到 says the figure is the level reached; the metric
// is what comes before the verb.
TEST_F(TypedKey, TheLevelReachedIsOfTheWordsBeforeItsVerb) {
  const auto a =
      attribute("本届茶博会展览总面积扩至12万平方米。松江县森林覆盖率提升到62%。", "2030-10-20");
  EXPECT_EQ(a.claim("12万平方米").metric_head, "本届茶博会展览总面积");
  EXPECT_EQ(a.claim("62%").metric_head, "森林覆盖率");
}

// 上个月 and 上月 count back a month from the article's date, 本月 is its month.
TEST_F(TypedKey, AMonthCountedFromTheArticle) {
  const auto a =
      attribute("上个月松江县茶叶出口回落到7%。本月以来松江县接待游客30万人次。", "2030-01-10");
  EXPECT_EQ(a.claim("7%").period, "2029-12");
  EXPECT_EQ(a.claim("30万人次").period, "since-2030-01");
}

// 2021年12月以来 opens a span up to now: the months written after it are not of 2021.
TEST_F(TypedKey, AStartOfASpanSetsNoYear) {
  const auto a = attribute(
      "这是松江县自2021年12月以来第5次上调水价。松江县统计局的数据显示，2月茶叶出口增长7.6%。",
      "2030-03-24");
  EXPECT_EQ(a.claim("7.6%").period, "2030-02");
}

// After a dash, a colon or a bracket the words name the thing itself: 主要产品——绿茶的出口额 is
// the export of green tea.
TEST_F(TypedKey, ThePopulationFollowsTheLastBreak) {
  const auto a = attribute("2030年，松江县主要产品——绿茶的出口额增长9%，全县出口额增长4%。");
  EXPECT_EQ(a.claim("9%").population, "绿茶");
  EXPECT_NE(a.claim("9%").population, a.claim("4%").population);
}

// A part of a composite indicator named without a sector of its own (新订单指数) is a part of
// the indicator its article states first; one that names its sector is its own.
TEST_F(TypedKey, APartOfAnIndexIsOfTheHeadlineIndex) {
  const auto a = attribute(
      "2030年3月，清溪县茶业景气指数为52.1%。\n\n3月份新订单指数为53.0%，制造业生产指数为50.2%。");
  EXPECT_EQ(a.claim("53.0%").metric_head, "茶业景气指数:新订单指数");
  EXPECT_EQ(a.claim("52.1%").metric_head, "茶业景气指数");
  EXPECT_EQ(a.claim("50.2%").metric_head, "制造业生产指数");
  // Two paragraphs on, an index is no part of the headline's release.
  const auto b = attribute(
      "2030年3月，清溪县茶业景气指数为52.1%。\n\n新订单指数为53.0%。\n\n"
      "另据调查，消费者信心指数为88.5%。");
  EXPECT_EQ(b.claim("53.0%").metric_head, "茶业景气指数:新订单指数");
  EXPECT_EQ(b.claim("88.5%").metric_head, "消费者信心指数");
}

// What kind of figure a claim is, as fields the rules read instead of the words.
TEST_F(TypedKey, TraitsOfAFigure) {
  const auto a = attribute(
      "2030年，清溪县平均每村有小学1.5所，学校共40所，支出占预算数的112%。"
      "全县贸易顺差8亿元，规上工业增加值增长6.2%，茶叶产值增长9%。");
  EXPECT_TRUE(a.claim("1.5所").averaged);
  EXPECT_TRUE(a.claim("1.5所").indivisible);
  EXPECT_FALSE(a.claim("40所").averaged);
  EXPECT_TRUE(a.claim("112%").of_a_plan);
  EXPECT_TRUE(a.claim("8亿元").signed_sum);
  EXPECT_FALSE(a.claim("40所").signed_sum);
  EXPECT_TRUE(a.claim("6.2%").constant_prices);
  EXPECT_FALSE(a.claim("9%").constant_prices);
  EXPECT_EQ(a.claim("9%").year_before, "2029");
  EXPECT_EQ(a.claim("40所").year_before, "");
  EXPECT_TRUE(attribute("2030年清溪县月均接待游客120万人次。").claim("120万人次").averaged);
  // The change of an average is an average.
  const auto c = attribute("2030年，清溪县每百户拥有汽车21.5辆，比上年增加5.5辆。");
  EXPECT_TRUE(c.claim("5.5辆").averaged);
  const auto b = attribute("2030年1—9月，清溪县茶叶产值增长9%。");
  EXPECT_EQ(b.claim("9%").year_before, "2029-01..2029-09");
}

TEST_F(TypedKey, NoPeriodAnywhere) {
  // No time in the words: as of the article's date, or of the batch when it has none.
  const auto a = attribute("清溪县茶叶产值达到40亿元。");
  EXPECT_EQ(a.claim("40亿元").period, "undated");
  EXPECT_EQ(a.claim("40亿元").period_source, TimeSource::article_date);
  const auto dated = attribute("清溪县茶叶产值达到40亿元。", "2030-06-30");
  EXPECT_EQ(dated.claim("40亿元").period, "as-of-2030-06-30");
}

TEST_F(TypedKey, AValueIsALevelWhoseHeadIsItsMetric) {
  const auto a = attribute("2030年，清溪县茶叶产值达到40亿元。");
  const parser::Claim& value = a.claim("40亿元");
  EXPECT_EQ(value.aspect, Aspect::level);
  EXPECT_EQ(value.metric_head, value.metric);
  EXPECT_FALSE(value.whole);
}

TEST_F(TypedKey, GrowthRateKeepsItsHeadApartFromTheSuffix) {
  const auto a = attribute("2030年，清溪县茶叶产值达到40亿元，同比增长8%。");
  const parser::Claim& rate = a.claim("8%");
  EXPECT_EQ(rate.aspect, Aspect::growth_rate);
  EXPECT_EQ(rate.metric_head, a.claim("40亿元").metric);
  EXPECT_EQ(rate.metric, rate.metric_head + "/增速");
  EXPECT_TRUE(rate.base_period.empty());
}

TEST_F(TypedKey, ChangeInPointsAndInTheUnit) {
  const auto a = attribute("2030年，清溪县茶叶合格率提高2个百分点，茶园面积增加3万亩。");
  EXPECT_EQ(a.claim("2个百分点").aspect, Aspect::change_pp);
  EXPECT_EQ(a.claim("2个百分点").metric, a.claim("2个百分点").metric_head + "/变化");
  EXPECT_EQ(a.claim("3万亩").aspect, Aspect::change_amount);
  EXPECT_EQ(a.claim("3万亩").metric, a.claim("3万亩").metric_head + "/增量");
}

TEST_F(TypedKey, StartingValueAndTheLevelReached) {
  const auto a = attribute("2030年，清溪县茶叶合格率由85%提高到92%。");
  const parser::Claim& from = a.claim("85%");
  const parser::Claim& to = a.claim("92%");
  EXPECT_EQ(from.aspect, Aspect::start_value);
  EXPECT_EQ(from.metric, from.metric_head + "/起点");
  EXPECT_EQ(to.aspect, Aspect::level);
  EXPECT_EQ(to.metric_head, from.metric_head);
}

TEST_F(TypedKey, ChangeAgainstAYearItsSentenceNames) {
  const auto a = attribute("2030年，清溪县茶叶产值达到40亿元，与2025年相比增长60%。");
  const parser::Claim& rate = a.claim("60%");
  EXPECT_EQ(rate.aspect, Aspect::growth_rate);
  EXPECT_EQ(rate.base_period, "2025");
  EXPECT_EQ(rate.metric, rate.metric_head + "/增速(较2025)");
}

TEST_F(TypedKey, ShareNamesItsWhole) {
  const auto a = attribute(
      "2030年，清溪县地区生产总值400亿元，其中工业增加值120亿元，占全县地区生产总值的30%。");
  const parser::Claim& share = a.claim("30%");
  EXPECT_EQ(share.aspect, Aspect::share);
  ASSERT_TRUE(share.whole);
  EXPECT_EQ(share.whole->entity, "清溪县");
  EXPECT_EQ(share.whole->metric, "gdp");
  EXPECT_EQ(share.metric, share.metric_head + "/占清溪县:gdp");
  EXPECT_EQ(parser::whole_text(share), "清溪县:gdp");
}

TEST_F(TypedKey, ShareWithoutItsWholeNamesNone) {
  const auto a =
      attribute("2030年，清溪县工业总产值800亿元，其中食品加工产值300亿元，比重为37.5%。");
  const parser::Claim& share = a.claim("37.5%");
  EXPECT_EQ(share.aspect, Aspect::share);
  EXPECT_FALSE(share.whole);
  EXPECT_EQ(share.metric, share.metric_head + "/占比");
  EXPECT_EQ(parser::whole_text(share), "");
}

}  // namespace
}  // namespace figcheck
