// Attribution: who, what and when for each claim, from the default pack's lexicons and the
// words around the figure; and the fixture articles that state one fact in different words.
#include <gtest/gtest.h>

#include "checker/claim_key.hpp"
#include "checker/rule_pack.hpp"
#include "parser/corpus.hpp"
#include "tests/test_support.hpp"

namespace figcheck {
namespace {

class Attribution : public testing::Test {
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

checker::RulePack* Attribution::pack_ = nullptr;
parser::Attributor* Attribution::attributor_ = nullptr;

TEST_F(Attribution, MetricBeforeTheVerbAndEntityFromTheLexicon) {
  const auto a = attribute("2024年，长春高新区生物医药产业产值达241.3亿元。");
  const auto& c = a.claim("241.3亿元");
  EXPECT_EQ(c.entity, "changchun-hitech-zone");
  EXPECT_EQ(c.metric, "biomed-output");
  EXPECT_EQ(c.period, "2024");
}

TEST_F(Attribution, MetricAfterTheClassifier) {
  const auto a = attribute("长春高新区拥有631家高新技术企业、19家国家级专精特新企业。");
  EXPECT_EQ(a.claim("631家").metric, "high-tech-enterprises");
  EXPECT_EQ(a.claim("19家").metric, "国家级专精特新企业");
}

TEST_F(Attribution, GappedNameMatchesAcrossModifiers) {
  const auto a = attribute("2025年前三季度，长春高新区生物医药24家规模以上企业实现产值242.6亿元。");
  EXPECT_EQ(a.claim("242.6亿元").metric, "biomed-output");
  EXPECT_EQ(a.claim("242.6亿元").period, "2025-01..2025-09");
  EXPECT_EQ(a.claim("24家").metric, "生物医药规模以上企业");
}

TEST_F(Attribution, ShareNamesItsWholeAndChangeItsBase) {
  const auto a = attribute(
      "2025年前三季度，长春高新区生物医药产业产值242.6亿元，同比增长18%，占长春高新区总产值的38%"
      "。");
  EXPECT_EQ(a.claim("18%").metric, "biomed-output/增速");
  EXPECT_EQ(a.claim("38%").metric, "biomed-output/占changchun-hitech-zone:total-output");
  EXPECT_EQ(a.claim("38%").entity, "changchun-hitech-zone");
}

TEST_F(Attribution, SurfaceNamesAndDefinedAliases) {
  const auto a = attribute(
      "在长春金赛药业有限责任公司(以下简称“金赛药业”)的研发中心，记者了解到新药进展。"
      "目前，金赛药业拥有发明专利120项。");
  EXPECT_EQ(a.claim("120项").entity, "genscience");
  const auto b = attribute("长春海悦药业研发楼里，科研人员完成了12项试验。");
  EXPECT_EQ(b.claim("12项").entity, "长春海悦药业");
}

// 历时8个月, 连续7年获评: a span of time is measured by its verb, not left without a metric.
TEST_F(Attribution, ASpanOfTimeIsMeasuredByItsVerb) {
  const auto a = attribute("松江县历时8个月完成规划编制，青阳县连续7年获评全省文明县城。");
  EXPECT_EQ(a.claim("8个月").metric, "历时");
  EXPECT_EQ(a.claim("7年").metric, "连续获评");
}

// 经济大省, 产粮大县, 一线城市 name kinds of place; 云岭市 and 清溪县 are places (named by their
// suffix: neither is in the gazetteer).
TEST_F(Attribution, KindsOfPlaceAreNoPlaces) {
  const auto a = attribute("吉林省支持经济大省挑大梁，全年粮食产量825亿斤。");
  EXPECT_EQ(a.claim("825亿斤").entity, "jilin-province");
  const auto b = attribute("吉林省加快发展城市轨道交通，运营里程达到120公里。");
  EXPECT_EQ(b.claim("120公里").entity, "jilin-province");
  const auto c = attribute("云岭市新增风电装机85万千瓦。清溪县对产粮大县的奖励资金达1.2亿元。");
  EXPECT_EQ(c.claim("85万千瓦").entity, "云岭市");
  EXPECT_EQ(c.claim("1.2亿元").entity, "清溪县");
}

// The gazetteer (data/places/places.tsv) names every prefecture and county, by full name
// and, where it is safe, by short name; countries and regions too.
TEST_F(Attribution, PlacesComeFromTheGazetteer) {
  const auto a = attribute("白城新增风电装机85万千瓦。");
  EXPECT_EQ(a.claim("85万千瓦").entity, "cn-2208");
  EXPECT_EQ(a.claim("85万千瓦").entity_source, parser::EntitySource::clause);
  const auto b = attribute("2024年，东盟经济增长4.6%。");
  EXPECT_EQ(b.claim("4.6%").entity, "asean");
  const auto c = attribute("2024年，德国出口总额下降1.2%。");
  EXPECT_EQ(c.claim("1.2%").entity, "iso-de");
}

// 北京时间 is a clock; 对某国出口 names the other party, not whose exports they are.
TEST_F(Attribution, AClockAndACounterpartAreNoSubjects) {
  const auto a = attribute("北京时间今天8时，某港口吞吐量达到300万吨。", "2024-05-06");
  EXPECT_NE(a.claim("300万吨").entity, "beijing");
  const auto b = attribute("2024年，吉林省对德国出口额增长12%。");
  EXPECT_EQ(b.claim("12%").entity, "jilin-province");
  // The party narrows what is counted: not the province's exports as a whole.
  const auto whole = attribute("2024年，吉林省出口额增长12%。");
  EXPECT_EQ(whole.claim("12%").metric, "exports/增速");
  EXPECT_NE(b.claim("12%").metric, whole.claim("12%").metric);
  // A place after a copula is what the subject is, not the subject.
  const auto d = attribute("2024年，东盟成为吉林省最大的贸易伙伴，贸易额增长8%。");
  EXPECT_EQ(d.claim("8%").entity, "asean");
  // 从某地看 frames whose figure it is; 从某地获悉 names where the news comes from.
  const auto c = attribute("2024年，从吉林省看，粮食产量增长3%。");
  EXPECT_EQ(c.claim("3%").entity, "jilin-province");
  const auto e = attribute("记者从吉林省获悉，到2030年全省粮食产量力争达到900亿斤。");
  EXPECT_EQ(e.claim("900亿斤").entity, "jilin-province");
}

// Who trades with the other party stands before its 对; a clause that opens with 对 trades for
// the subject of the clause before it.
TEST_F(Attribution, TheTraderIsNamedBeforeTheOtherParty) {
  const auto a = attribute("2030年1—5月，纺织品对东盟出口增长14%。");
  EXPECT_EQ(a.claim("14%").population, "纺织品");
  const auto b = attribute("2030年1—5月，清溪县茶叶出口额增长9%，对东盟出口增长12%。");
  EXPECT_EQ(b.claim("9%").population, "茶叶");
  EXPECT_EQ(b.claim("12%").population, "茶叶");
  // The subject and the time before the trader are neither part of it.
  const auto c = attribute("清溪县茶叶对东盟出口增长12%。今年一季度纺织品对东盟出口增长5%。");
  EXPECT_EQ(c.claim("12%").population, "茶叶");
  EXPECT_EQ(c.claim("5%").population, "纺织品");
}

// The entity an article names most often stands for its unplaced figures only as a subject: a
// party it trades with, however often named, is not what the article is about.
TEST_F(Attribution, TheOtherPartyDoesNotPrevail) {
  const auto a = attribute(
      "今年以来，纺织业发展良好。1—5月，纺织品对东盟出口增长14%，对东盟进口增长3%；"
      "出口总额增长9%。",
      "2030-06-10");
  EXPECT_EQ(a.claim("9%").entity, "");
}

// A place named after the figure in a later clause of its sentence (…其中长春市的占三成) names
// a part, not the figure's subject: the paragraph's place speaks for it, and only where there is
// none the later name does, as surely as a name carried from the paragraph.
TEST_F(Attribution, ANameInALaterClauseIsNoSureSubject) {
  const auto a = attribute(
      "吉林省今年加快建设物流枢纽。前三季度，货运班列累计开行2840列，其中长春市的开行量超过四成。");
  EXPECT_EQ(a.claim("2840列").entity, "jilin-province");
  const auto b = attribute("前三季度，货运班列累计开行2840列，其中长春市的开行量超过四成。");
  EXPECT_EQ(b.claim("2840列").entity, "changchun");
  EXPECT_EQ(b.claim("2840列").entity_source, parser::EntitySource::paragraph);
  // In its own clause the name is the subject.
  EXPECT_EQ(attribute("前三季度，共有320名志愿者服务于长春市。").claim("320名").entity_source,
            parser::EntitySource::clause);
}

TEST_F(Attribution, AfterAnAliasEveryOtherNameIsStillFound) {
  // Once an article defines an alias, its scan visits every character; lexicon names, surface
  // names and references after the alias must come out as they do without one.
  const std::string rest =
      "长春高新区新增企业35家。该区产值增长8%。长春海悦药业完成了12项试验。全市新增企业900家。";
  const auto with_alias = attribute("长春金赛药业有限责任公司(以下简称“金赛”)报道。" + rest);
  const auto without = attribute("长春金赛药业有限责任公司报道。" + rest);
  for (const char* figure : {"35家", "8%", "12项", "900家"}) {
    EXPECT_EQ(with_alias.claim(figure).entity, without.claim(figure).entity) << figure;
  }
  EXPECT_EQ(with_alias.claim("8%").entity, "changchun-hitech-zone");
  EXPECT_EQ(with_alias.claim("12项").entity, "长春海悦药业");
  EXPECT_EQ(with_alias.claim("900家").entity, "changchun");
}

TEST_F(Attribution, AFigureForALaterYearThanTheArticleIsAPlan) {
  const std::string text =
      "今年要加强原材料工业建设，1997年全国钢产量达到9400万吨。1992年全国钢产量8000万吨。";
  const auto a = attribute(text, "1993");
  EXPECT_EQ(a.claim("9400万吨").modality, parser::Modality::target);
  EXPECT_EQ(a.claim("8000万吨").modality, parser::Modality::actual);
  // Read in 1998, the same sentence reports what happened.
  EXPECT_EQ(attribute(text, "1998-03-05").claim("9400万吨").modality, parser::Modality::actual);
  // Without a date nothing is guessed.
  EXPECT_EQ(attribute(text).claim("9400万吨").modality, parser::Modality::actual);
}

TEST_F(Attribution, AHeadlineNameWrittenAgainIsTheSubject) {
  const auto a = attribute(
      "德力股份：全年净利预增五成\n\n德力股份公告，预计2021年实现净利润1200万元。报告期公司产能提升"
      "。");
  EXPECT_EQ(a.claim("1200万元").entity, "德力股份");
  // A label before the colon is not a name: it is not written again.
  const auto b = attribute("深度解读：消费新政\n\n预计2025年社会消费品零售总额增长5%。");
  EXPECT_EQ(b.claim("5%").entity, "");
  // A headline name that opens with a place's name is the company, wherever it is written.
  const auto c = attribute(
      "中国海运：全年净利预增三成\n\n中国海运公告，预计2021年实现净利润86亿元，同比增长约30%。");
  EXPECT_EQ(c.claim("86亿元").entity, "中国海运");
  EXPECT_EQ(c.claim("约30%").entity, "中国海运");
}

TEST_F(Attribution, ANewspapersNameIsTheSourceNotTheSubject) {
  const auto a = attribute(
      "宁海电池发布业绩预告，预计2021年实现净利润12亿元。（中国证券报）\n"
      "本报记者从吉林日报社获悉，新厂房面积达3万平方米。");
  EXPECT_EQ(a.claim("12亿元").entity, "");
  EXPECT_EQ(a.claim("3万平方米").entity, "");
  // 通报 is no newspaper: the province's health commission reported the figure.
  const auto b = attribute("吉林省卫健委通报，全省新增确诊病例5例。");
  EXPECT_EQ(b.claim("5例").entity, "jilin-province");
}

TEST_F(Attribution, APlaceThatQualifiesIsNotTheSubject) {
  // Where (在全省), who certified (吉林省专精特新企业), and the examples of a category are named
  // inside the sentence, but the figure is the zone's.
  const auto a = attribute("长春新区在全省率先推出人才新政，发放人才补贴1.2亿元。");
  EXPECT_EQ(a.claim("1.2亿元").entity, "changchun-new-area");
  const auto b = attribute("长春高新区拥有吉林省专精特新企业46家。");
  EXPECT_EQ(b.claim("46家").entity, "changchun-hitech-zone");
  const auto c = attribute("长春高新区以吉林省汽车电子重点实验室为代表的省级重点实验室达到15家。");
  EXPECT_EQ(c.claim("15家").entity, "changchun-hitech-zone");
  // 据…统计 names the source, not the subject.
  const auto d = attribute("长春新区加快建设。据长春市统计局测算，园区用电量增长12%。");
  EXPECT_EQ(d.claim("12%").entity, "changchun-new-area");
}

TEST_F(Attribution, ACompanysClauseEndsAtASemicolon) {
  const auto a = attribute(
      "长春新区产业集群加速成长，长春海悦药业新建两条生产线；全年新认定省级智能工厂8个。");
  EXPECT_EQ(a.claim("8个").entity, "changchun-new-area");
  // Within the company's own clause, the figure stays the company's.
  const auto b = attribute("长春新区产业集群加速成长，长春海悦药业新增发明专利16项。");
  EXPECT_EQ(b.claim("16项").entity, "长春海悦药业");
}

TEST_F(Attribution, ASurfaceNameOpensWithOnePlaceAtMost) {
  const auto a = attribute("长春新区长春北湖新材料产业示范园加快建设，一期签约项目达到21个。");
  EXPECT_EQ(a.claim("21个").entity, "长春北湖新材料产业示范园");
}

TEST_F(Attribution, MetricsFromTheNounAfterTheFigureAndFromTheFigureBefore) {
  const auto a = attribute("长春高新区对新认定的孵化器一次性给予50万元奖励。");
  EXPECT_EQ(a.claim("50万元").metric, "奖励");
  const auto b = attribute("长春新区今年新认定高新技术企业120家，总数达到640家。");
  EXPECT_EQ(b.claim("640家").metric, "high-tech-enterprises");
  const auto c = attribute("长春新区孵化大厦入驻率由年初的40.5%提高到62.8%。");
  EXPECT_EQ(c.claim("40.5%").metric, "孵化大厦入驻率/起点");
  EXPECT_EQ(c.claim("62.8%").metric, "孵化大厦入驻率");
  // 解决 and 建成 are verbs, but not in 解决率 and 建成区.
  const auto d = attribute("长春高新区企业诉求解决率保持100%，建成区绿地率达到41.3%。");
  EXPECT_EQ(d.claim("100%").metric, "企业诉求解决率");
  EXPECT_EQ(d.claim("41.3%").metric, "建成区绿地率");
}

TEST_F(Attribution, ReferencesResolveThroughPartOf) {
  const auto a = attribute("长春高新区加快发展。全市高新技术企业达到3000家。");
  EXPECT_EQ(a.claim("3000家").entity, "changchun");
  const auto b = attribute("长春高新区的产值占全省15%。");
  EXPECT_EQ(b.claim("15%").entity, "changchun-hitech-zone");
}

TEST_F(Attribution, EntityCarriesFromTheParagraphThenTheSubject) {
  const auto a = attribute("长春新区：创新动能加快集聚\n\n该区科技成果转化提速。共转化成果212项。");
  EXPECT_EQ(a.claim("212项").entity, "changchun-new-area");
}

TEST_F(Attribution, RelativeYearsNeedTheArticleDate) {
  const std::string text =
      "今年前三季度，长春新区地区生产总值增长7%。去年，长春新区地区生产总值1200亿元。";
  const auto dated = attribute(text, "2025-11-20");
  EXPECT_EQ(dated.claim("7%").period, "2025-01..2025-09");
  EXPECT_EQ(dated.claim("1200亿元").period, "2024");
  const auto undated = attribute(text);
  // Without a date, what the words do not date is of the batch read together.
  EXPECT_EQ(undated.claim("7%").period, "undated");
  EXPECT_EQ(undated.claim("1200亿元").period, "undated");
  EXPECT_EQ(undated.claim("1200亿元").period_source, parser::TimeSource::article_date);
}

// What narrows a key: the words between the subject and the metric's name (the population),
// shared by a parallel clause that names none; an event's instance; how the figure stands in time.
TEST_F(Attribution, KeysNarrowedByPopulationEventAndBasis) {
  const auto a = attribute(
      "一季度，全国规模以上文化企业实现营业收入2.8万亿元。其中，数字创意板块实现营业收入1.8万亿元。"
      "服务出口增长12%，进口增长13%。\n第二期债券发行50亿元。全区累计完成投资80亿元。"
      "日均接待游客12万人次。",
      "2023-04-29");
  EXPECT_EQ(a.claim("2.8万亿元").population, "规模以上文化企业");
  EXPECT_EQ(a.claim("1.8万亿元").population, "数字创意板块");
  EXPECT_EQ(a.claim("13%").population, "服务") << "taken from the parallel clause";
  EXPECT_EQ(a.claim("50亿元").event, "第二期");
  EXPECT_EQ(a.claim("2.8万亿元").event, "");
  EXPECT_EQ(a.claim("2.8万亿元").basis, parser::Basis::flow);
  EXPECT_EQ(a.claim("80亿元").basis, parser::Basis::running_total);
  EXPECT_EQ(a.claim("12万人次").basis, parser::Basis::daily);
}

// 全年 is the year of its paragraph's dated marks, not the article's: a bulletin of January
// sums up the year before as 全年.
TEST_F(Attribution, TheWholeYearIsTheYearOfItsParagraph) {
  const auto a = attribute(
      "2025年前三季度，长春新区城镇新增就业9800人；全年开展文体活动380余场。\n"
      "初步核算，全年国内生产总值1260582亿元。\n"
      "前三季度，全省新增就业完成全年目标的91%。",
      "2026-01-17");
  EXPECT_EQ(a.claim("9800人").period, "2025-01..2025-09");
  EXPECT_EQ(a.claim("380余场").period, "2025");
  EXPECT_NE(a.claim("1260582亿元").period, "2026") << "the article's year is no guide";
  EXPECT_EQ(a.claim("91%").period, "2025-01..2025-09") << "全年目标 is a target, not a time";
}

// A year written in an earlier paragraph may tell history: in a dated article a month without a
// year is of the article's year, unless its paragraph writes one, or the months have not begun by
// the article's date (then the year written before). Undated, the year written before holds.
TEST_F(Attribution, AMonthWithoutAYearIsOfItsParagraphOrTheArticle) {
  const std::string text =
      "2019年，清溪县启动交通强县建设。\n"
      "1—2月，清溪县完成交通投资38亿元。\n"
      "2019年，清溪县旅游收入80亿元。10—12月，清溪县接待游客120万人次。";
  const auto dated = attribute(text, "2030-04-15");
  EXPECT_EQ(dated.claim("38亿元").period, "2030-01..2030-02");
  EXPECT_EQ(dated.claim("120万人次").period, "2019-10..2019-12");
  EXPECT_EQ(attribute(text).claim("38亿元").period, "2019-01..2019-02");
}

// 是近八年最多的, 创2016年以来新高: a span of years up to now before a superlative frames a
// record; it is not the period of the figures after it, which keep the year written before.
TEST_F(Attribution, ASpanFramingARecordIsNoPeriod) {
  const std::string text =
      "今年清溪县春茶丰收，春茶产量3120吨，比上年增加260吨，是近八年增产最多的；"
      "夏茶产量1840吨。\n"
      "清溪县茶叶出口额达4.6亿元，创2016年以来新高；绿茶出口额2.1亿元。";
  const auto dated = attribute(text, "2030-06-20");
  EXPECT_EQ(dated.claim("1840吨").period, "2030");
  EXPECT_EQ(dated.claim("2.1亿元").period, "as-of-2030-06-20");
  // 最低工资 names a thing, no record: the span stays the period of the figure after it.
  EXPECT_EQ(
      attribute("近三年，清溪县最低工资标准累计提高300元。", "2030-06-20").claim("300元").period,
      "last-3-years");
  // Without a superlative the span is the figures' period.
  EXPECT_EQ(attribute("近八年，清溪县累计植树3.2万亩。", "2030-06-20").claim("3.2万亩").period,
            "last-8-years");
}

// 五年前 counts back from the article's date; unknown without one. A year whose figure a
// multiple is counted against (是2024年全年的3倍) is a base, not the multiple's time.
TEST_F(Attribution, YearsAgoAndTheBaseOfAMultiple) {
  const std::string text =
      "五年前，双城经济圈地区生产总值不足6.3万亿元。\n"
      "长春新区到位资金12.84亿元，是2024年全年的3倍。";
  const auto dated = attribute(text, "2025-01-09");
  EXPECT_EQ(dated.claim("不足6.3万亿元").period, "2020");
  EXPECT_EQ(dated.claim("3倍").period, "as-of-2025-01-09");
  EXPECT_EQ(dated.claim("3倍").period_source, parser::TimeSource::article_date);
  EXPECT_EQ(attribute(text).claim("不足6.3万亿元").period, "undated");
}

// 2023年度国家科学技术奖 names an award's edition: it dates the figure of its clause, and no
// sentence after it.
TEST_F(Attribution, AnAwardsEditionDatesOnlyItsClause) {
  const auto a =
      attribute("长春12项成果荣获2023年度国家科学技术奖。而高新技术企业数量增加到3000家。");
  EXPECT_EQ(a.claim("12项").period, "2023");
  EXPECT_EQ(a.claim("3000家").period, "undated");
}

// A contribution rate (对经济增长的贡献率) is no growth rate, and who contributes to what is
// the measure: China's share of world growth is not services' share of China's.
TEST_F(Attribution, AContributionRateNamesWhoContributesToWhat) {
  const auto a = attribute(
      "2025年，中国对全球经济增长的贡献率约为30%。\n"
      "2025年，服务业对国民经济增长的贡献率高达61.4%。");
  EXPECT_EQ(a.claim("约为30%").role, parser::Role::value);
  EXPECT_EQ(a.claim("61.4%").role, parser::Role::value);
  EXPECT_NE(a.claim("约为30%").metric, a.claim("61.4%").metric);
  EXPECT_EQ(a.claim("61.4%").metric, "服务业对国民经济增长的贡献率");
}

TEST_F(Attribution, AQuarterWithoutAYearIsOfTheArticlesYearNotOfItsBase) {
  // 上年同期 is the base of the change; the quarters after it are this year's.
  const auto a = attribute(
      "前三季度，长春新区地区生产总值同比增长6.1%，比上年同期加快0.4个百分点。"
      "分季度看，一季度增长5.8%，三季度增长6.3%。",
      "2025-10-20");
  EXPECT_EQ(a.claim("6.1%").period, "2025-01..2025-09");
  EXPECT_EQ(a.claim("5.8%").period, "2025-01..2025-03");
  EXPECT_EQ(a.claim("6.3%").period, "2025-07..2025-09");
  // 截至今年7月底 is 截至 + 今年, whatever year the paragraph named before.
  const auto b =
      attribute("2023年长春新区充电设施快速增长。截至今年7月底，长春新区充电桩总量达到2.1万台。",
                "2024-08-29");
  EXPECT_EQ(b.claim("2.1万台").period, "2024-07");
  // 相当于2019年同期的80%: another year's same quarter is a base, not the figures' year.
  const auto c = attribute(
      "一季度，长春新区接待游客320万人次，相当于2019年同期的80%。二季度接待游客410万人次。",
      "2023-07-20");
  EXPECT_EQ(c.claim("410万人次").period, "2023-04..2023-06");
}

TEST_F(Attribution, TheRegionsOfTheNationalStatisticsAreEntities) {
  const auto a = attribute(
      "2023年，全国规模以上工业增加值增长4.6%。西部地区规模以上工业增加值增长6.1%，"
      "中西部地区生产总值合计53.9万亿元。");
  EXPECT_EQ(a.claim("4.6%").entity, "china");
  EXPECT_EQ(a.claim("6.1%").entity, "western-region");
  EXPECT_EQ(a.claim("53.9万亿元").entity, "central-western-regions");
}

TEST_F(Attribution, ASectorBeforeTheVerbSaysWhoseFigure) {
  const auto a = attribute(
      "2025年，长春市铁路累计完成固定资产投资90亿元，同比增长6%。2025年，长春市完成固定资产投资"
      "3200亿元。");
  EXPECT_EQ(a.claim("90亿元").metric, "fixed-asset-investment");
  EXPECT_EQ(a.claim("90亿元").population, "铁路");
  EXPECT_EQ(a.claim("6%").metric, "fixed-asset-investment/增速");
  EXPECT_EQ(a.claim("6%").population, "铁路");
  EXPECT_EQ(a.claim("3200亿元").metric, "fixed-asset-investment");
  EXPECT_EQ(a.claim("3200亿元").population, "");
  // A generic actor is no sector: the firms' revenue is the revenue.
  const auto b = attribute("2025年，长春新区企业实现营业收入520亿元。");
  EXPECT_EQ(b.claim("520亿元").metric, "operating-revenue");
  EXPECT_EQ(b.claim("520亿元").population, "");
}

TEST_F(Attribution, HolidaysAndRunningTotalsAreNotTheWholeYear) {
  const auto a = attribute(
      "今年国庆假期，长春市接待游客1020万人次。今年，长春市接待游客9800万人次。", "2024-10-08");
  EXPECT_EQ(a.claim("1020万人次").period, "2024/国庆");
  EXPECT_EQ(a.claim("9800万人次").period, "2024");
  // 已累计 in the article's own year: the total so far, as of the article's date.
  const auto b = attribute("今年以来，长春市已累计举办招聘活动320场。", "2025-02-17");
  EXPECT_EQ(b.claim("320场").period, "as-of-2025-02-17");
  // A running total of a year already over is that year's.
  const auto c = attribute("2024年，长春市累计举办招聘活动1800场。", "2025-02-17");
  EXPECT_EQ(c.claim("1800场").period, "2024");
}

TEST_F(Attribution, WeAsACountryIsTheHomeCountry) {
  // 我国 is a name of China in the pack, not the nearest country named before it.
  const auto a = attribute("美国一季度经济增长1.6%。2024年，我国社会物流总额360.6万亿元。");
  EXPECT_EQ(a.claim("360.6万亿元").entity, "china");
}

TEST_F(Attribution, PeriodCarriesWithinTheParagraphButNotPastThePresent) {
  const auto a = attribute(
      "2024年，长春新区实现营业收入300亿元。全区高新技术企业达900家。\n\n"
      "目前，长春新区拥有经营主体10.85万家。");
  EXPECT_EQ(a.claim("900家").period, "2024");
  EXPECT_EQ(a.claim("10.85万家").period, "undated");
}

TEST_F(Attribution, ComparisonBaseYearIsNotTheClaimsPeriod) {
  const auto a = attribute("2021年，全国粮食产量达到13657亿斤，比2020年增加267亿斤。");
  EXPECT_EQ(a.claim("267亿斤").period, "2021");
}

TEST_F(Attribution, FirstBatchAndSubsetsGetTheirOwnKeys) {
  const auto a = attribute("长白山实验室第一批立项7个项目。长白山实验室共布局科技项目48个。");
  EXPECT_NE(a.claim("7个").metric, a.claim("48个").metric);
  EXPECT_EQ(a.claim("7个").metric.rfind("第一批:", 0), 0U) << a.claim("7个").metric;
  const auto b =
      attribute("长春高新区集聚人才总量11万余人，其中海归人才500余人、外籍人才近300人。");
  EXPECT_EQ(b.claim("11万余人").metric, "talent-total");
  EXPECT_EQ(b.claim("500余人").metric, "returnee-talent");
  EXPECT_EQ(b.claim("近300人").metric, "foreign-talent");
}

TEST_F(Attribution, RespectivelyListsMapInOrder) {
  const auto a = attribute("雏鹰、瞪羚企业数量分别达到31家、24家。");
  // Short subjects borrow the head noun of the last one: 雏鹰、瞪羚企业 → 雏鹰企业, 瞪羚企业.
  EXPECT_EQ(a.claim("31家").metric.rfind("雏鹰企业", 0), 0U) << a.claim("31家").metric;
  EXPECT_EQ(a.claim("24家").metric.rfind("瞪羚企业", 0), 0U) << a.claim("24家").metric;
  EXPECT_EQ(a.claim("24家").list_size, 2);
  // The list ends where its scope begins; the share word after the scope goes with each item.
  const auto b = attribute("松江县科技型、创新型企业数量在全省占比分别达18%、12%。");
  EXPECT_EQ(b.claim("18%").metric, "科技型企业数量占比");
  EXPECT_EQ(b.claim("12%").metric, "创新型企业数量占比");
}

// What stands in a 分别 list is not always the words before it: years may be the subjects, a
// name inside the list is an item, and clauses or qualifiers before the list are not items.
TEST_F(Attribution, RespectivelyListsOfYearsNamesAndMeasures) {
  const auto years =
      attribute("松江药业2021年、2022年及2023年的营业收入分别为3200万元、4.5亿元及6.1亿元。");
  EXPECT_EQ(years.claim("3200万元").period, "2021");
  EXPECT_EQ(years.claim("6.1亿元").period, "2023");
  EXPECT_EQ(years.claim("4.5亿元").metric, years.claim("6.1亿元").metric);
  EXPECT_EQ(years.claim("6.1亿元").list_size, 3);
  // A span of as many years as figures, for each list of the sentence.
  const auto span = attribute(
      "以青阳学院为例，2022-2024年机械工程专业就业率分别为91.2%、93.5%和92.8%，"
      "电气工程专业分别为89.4%、90.1%和94.6%。");
  EXPECT_EQ(span.claim("91.2%").period, "2022");
  EXPECT_EQ(span.claim("92.8%").period, "2024");
  EXPECT_EQ(span.claim("94.6%").period, "2024");
  EXPECT_EQ(span.claim("94.6%").list_size, 3);
  // A clause before the years is not one of them.
  const auto clause =
      attribute("该事业部2020年实现销售翻番、2021年、2022年销售额分别增长85%和64%。");
  EXPECT_EQ(clause.claim("85%").period, "2021");
  EXPECT_EQ(clause.claim("64%").list_size, 2);
  // A place's name inside an item (吉林化纤 after 、) does not cut the list.
  const auto names =
      attribute("华信证券、吉林化纤、东方航电分别获净买入3.2亿元、2.8亿元、1.1亿元。");
  EXPECT_EQ(names.claim("3.2亿元").list_size, 3);
  EXPECT_EQ(names.claim("3.2亿元").metric, "华信证券");
  // Measures after a qualifier that is none: the measures are the items.
  const auto measures =
      attribute("国庆期间，松江县12个商业街区、夜市客流量、销售额同比分别增长8.3%、6.9%。");
  EXPECT_EQ(measures.claim("8.3%").list_size, 2);
  EXPECT_EQ(measures.claim("6.9%").metric, "销售额");
}

// 东城、西城2个国家级孵化器: the list before a count names the things counted.
TEST_F(Attribution, AListBeforeACountNamesTheThingsCounted) {
  const auto a = attribute("全市医疗资源加快扩容，松江医院、青阳医院2个省级区域医疗中心投入运行。");
  EXPECT_EQ(a.claim("2个").metric, "省级区域医疗中心");
  // Without a list, the words before the count qualify the noun after it.
  const auto b = attribute("2025年，松江县生物医药24家规模以上企业实现产值42.6亿元。");
  EXPECT_EQ(b.claim("24家").metric, "生物医药规模以上企业");
}

// A sentence or paragraph about one sector or field: its figures measure that sector's part of
// the metric, so three kinds of firm do not share one key for their trade.
TEST_F(Attribution, ASectorOrFieldTopicIsThePopulation) {
  const auto a = attribute(
      "前三季度，长春市外贸进出口总额1520亿元。其中，民营企业稳居第一大外贸主体，进出口860亿元，"
      "增长9.1%。外资企业进出口略有回落，进出口410亿元。");
  EXPECT_EQ(a.claim("1520亿元").metric, "foreign-trade");
  EXPECT_EQ(a.claim("1520亿元").population, "");
  EXPECT_EQ(a.claim("860亿元").metric, "foreign-trade");
  EXPECT_EQ(a.claim("860亿元").population, "民营企业");
  EXPECT_EQ(a.claim("9.1%").metric, "foreign-trade/增速");
  EXPECT_EQ(a.claim("9.1%").population, "民营企业");
  EXPECT_EQ(a.claim("410亿元").population, "外资企业");
  // A sentence that states its figure in the opening clause is about that figure.
  const auto b = attribute("高新技术企业达到631家，同比增长18%。");
  EXPECT_EQ(b.claim("631家").metric, "high-tech-enterprises");
  EXPECT_EQ(b.claim("18%").metric, "high-tech-enterprises/增速");
  EXPECT_EQ(b.claim("18%").population, "");
  // A verb before the sector makes it an object, not a topic.
  const auto c = attribute("聚焦制造业转型升级，全市新增技术改造项目86个。");
  EXPECT_NE(c.claim("86个").population, "制造业");
  EXPECT_TRUE(c.claim("86个").metric.ends_with("技术改造项目/增量"));
  // A heading sentence names its paragraph's sector; a field opened with 在…方面 its sentence's.
  const auto d = attribute(
      "纺织工业。今年计划新开工项目十二个，完工的有五个。\n"
      "在城市更新方面，共实施项目40个、总投资320亿元。");
  EXPECT_EQ(d.claim("五个").metric, "完工");
  EXPECT_EQ(d.claim("五个").population, "纺织工业");
  EXPECT_EQ(d.claim("320亿元").metric, "total-investment");
  EXPECT_EQ(d.claim("320亿元").population, "城市更新方面");
}

TEST_F(Attribution, WordsBeforeATimeNameTheMetricWhenThoseAfterItDoNot) {
  const auto a = attribute(
      "长春高新区生物医药产值2024年达到241.3亿元。\n"
      "全区快递业务量去年达到3.6亿件。\n"
      "全区公路通车里程由2015年的860公里增加到2024年的1240公里。\n"
      "到2024年，全区森林覆盖率由2015年的31.2%提高到35.6%。\n"
      "2024年和2025年两年新建绿道120公里。",
      "2025-03-01");
  EXPECT_EQ(a.claim("241.3亿元").metric, "biomed-output");
  EXPECT_EQ(a.claim("241.3亿元").period, "2024");
  EXPECT_EQ(a.claim("3.6亿件").metric, "快递业务量");
  EXPECT_EQ(a.claim("860公里").metric, "公路通车里程/起点");
  EXPECT_EQ(a.claim("1240公里").metric, "公路通车里程");
  EXPECT_EQ(a.claim("1240公里").period, "2024");
  // The year after 由 dates the starting value only; the level reached is of the sentence's year.
  EXPECT_EQ(a.claim("35.6%").period, "2024");
  // 2024年和: a joining word before a time names nothing.
  EXPECT_NE(a.claim("120公里").metric, "和");
}

TEST_F(Attribution, AFigureWhoseWordsNameNothingContinuesTheMeasureBeforeIt) {
  const auto a = attribute(
      "吉林省累计报告确诊病例增加156例，达到2310例。\n"
      "吉林省新增确诊病例27例（长春市18例，吉林市9例），治愈出院病例增加12例。\n"
      "全县粮食产量同比增长6.2%，达到48.5万吨。\n"
      "全县固定资产投资86亿元，增速由上年下降2.1%转为增长4.3%。\n"
      "全县工业用电量达到18亿千瓦时，比2020年的12亿千瓦时增长50%。\n"
      "全县新引进项目92个，200P算力中心投入运营，五年增加70%。");
  EXPECT_EQ(a.claim("2310例").metric, "报告确诊病例");
  EXPECT_EQ(a.claim("18例").metric, "新增确诊病例");
  EXPECT_EQ(a.claim("9例").metric, "新增确诊病例");
  // The provinces of a closed parenthesis name nobody after it.
  EXPECT_EQ(a.claim("18例").entity, "changchun");
  EXPECT_EQ(a.claim("12例").entity, "jilin-province");
  EXPECT_EQ(a.claim("48.5万吨").metric, "grain-output");
  EXPECT_EQ(a.claim("4.3%").metric, "fixed-asset-investment/增速");
  EXPECT_TRUE(a.claim("12亿千瓦时").metric.ends_with("工业用电量"));
  EXPECT_EQ(a.claim("12亿千瓦时").metric, a.claim("18亿千瓦时").metric);
  // Words right after a figure are its own; a span of time is no part of the measure before.
  EXPECT_NE(a.claim("200P").metric, "新引进项目");
  EXPECT_NE(a.claim("五年").metric, "新引进项目");
}

TEST_F(Attribution, PeopleAreCountedByWhatTheyDidOrSuffered) {
  const auto a = attribute(
      "长春高新区9人入选“国家级青年人才计划”，5人入选吉林省“长白山领军人才”。"
      "暴雨造成2人死亡、7人受伤。");
  EXPECT_EQ(a.claim("9人").metric, "入选国家级青年人才计划");
  EXPECT_EQ(a.claim("5人").metric, "入选长白山领军人才");
  EXPECT_EQ(a.claim("2人").metric, "死亡");
  EXPECT_EQ(a.claim("7人").metric, "受伤");
}

TEST_F(Attribution, APartNamedByAWordOfItsWholeIsThatKindOfPart) {
  const auto a = attribute(
      "2025年，吉林省服务进出口总额1260亿元，同比增长8.1%。其中，出口540亿元，同比增长11.6%。\n"
      "吉林省技术进出口总额增加至96亿元，其中出口同比增长20.4%。\n"
      "吉林省外贸进出口4300亿元，其中出口2600亿元。");
  EXPECT_EQ(a.claim("540亿元").metric, "服务出口");
  EXPECT_EQ(a.claim("11.6%").metric, "服务出口/增速");
  EXPECT_EQ(a.claim("20.4%").metric, "技术出口/增速");
  // A whole the lexicon knows (foreign trade) has exports as its part, nothing narrower.
  EXPECT_EQ(a.claim("2600亿元").metric, "exports");
}

// 其中 X完成投资 after a whole of 固定资产投资: the part's last words are its whole's, so it is
// that measure, of its own subject; a part that names a statistic of its own (出口) stays it.
TEST_F(Attribution, APartNamedByItsWholesLastWordsIsThatMeasure) {
  const auto a = attribute("2030年1—2月，清溪县完成固定资产投资300亿元，其中工业完成投资120亿元。");
  EXPECT_EQ(a.claim("120亿元").metric, "fixed-asset-investment");
  EXPECT_EQ(a.claim("120亿元").population, "工业");
  EXPECT_EQ(a.claim("300亿元").population, "");
}

// A list of categories joined by 、 before the metric is one population.
TEST_F(Attribution, AListOfCategoriesIsOnePopulation) {
  const auto a = attribute("2030年，清溪县农业、林业和水利方面的支出为12亿元。");
  EXPECT_EQ(a.claim("12亿元").population, "农业、林业和水利方面");
}

TEST_F(Attribution, AZoneAtWorkOpensNoCompanyName) {
  // 聚焦生物医药 after a zone's name is the zone at work, not a firm named 永春医药城聚焦生物….
  const auto a = attribute("永春医药城聚焦生物医药产业，新谋划重点项目31个。");
  EXPECT_EQ(a.claim("31个").entity, "yongchun-pharma-city");
}

TEST_F(Attribution, ANameInsideAQuotedTitleIsAWordOfTheTitle) {
  const auto a = attribute(
      "长春新区深入开展“走进长春·服务企业”行动，累计帮助企业解决难题320个。\n"
      "长春新区开展“长春”主题活动，举办展览12场。");
  EXPECT_EQ(a.claim("320个").entity, "changchun-new-area");
  // A name quoted alone is still the name.
  EXPECT_EQ(a.claim("12场").entity, "changchun");
}

TEST_F(Attribution, ACompanyListedWithItsBrandIsAnExample) {
  const auto a = attribute("长春高新区集聚一汽解放、富晟李尔等龙头企业，省级重点实验室达到11家。");
  EXPECT_EQ(a.claim("11家").entity, "changchun-hitech-zone");
}

// 高新区 alone is the pack's zone; written after another name it ends that zone's name, and
// after 国家 or a count it is a kind of zone.
TEST_F(Attribution, AGenericPackNameAfterAnotherNameIsThatOthersName) {
  const auto a = attribute(
      "2024年，松江高新区实现地区生产总值612.8亿元。\n"
      "高新区全年新增高新技术企业58家。\n"
      "长春市高新区新认定瞪羚企业15家。\n"
      "北京经开区交通设备产业产值1983亿元。\n"
      "全国178家国家高新区实现营业收入60万亿元。");
  EXPECT_EQ(a.claim("612.8亿元").entity, "松江高新区");
  EXPECT_EQ(a.claim("58家").entity, "changchun-hitech-zone");
  EXPECT_EQ(a.claim("15家").entity, "changchun-hitech-zone");
  EXPECT_EQ(a.claim("1983亿元").entity, "北京经开区");
  EXPECT_NE(a.claim("60万亿元").entity, "changchun-hitech-zone");
}

// A company named in one clause is not the subject of a count of firms in the next.
TEST_F(Attribution, ACompanysClauseDoesNotReachACountOfFirms) {
  const auto a = attribute(
      "长春新区装备制造提档升级，长光卫星实现激光遥感影像传输，中机试验等3户企业获评单项冠军。");
  EXPECT_EQ(a.claim("3户").entity, "changchun-new-area");
}

// 两个承载着…梦想的发展高地: a verb with 着 after the classifier describes the noun after 的; a
// plain noun before 的 (5家企业的产值) is what is counted.
TEST_F(Attribution, WordsWithZheBeforeDeDescribeTheNounAfterIt) {
  const auto a =
      attribute("长春新区建成两个承载着产业升级希望的创新高地。\n长春新区拥有5家企业的研发中心。");
  EXPECT_EQ(a.claim("两个").metric, "创新高地");
  EXPECT_NE(a.claim("5家").metric, "研发中心");
}

// 高新技术企业数量 is the count the pack calls high-tech-enterprises (the pack entry is a count).
TEST_F(Attribution, TheNumberOfWhatThePackCountsIsThatCount) {
  const auto a = attribute(
      "2024年，长春高新区高新技术企业数量达到631家。\n2024年，长春高新区拥有高新技术企业631家。");
  const auto& first = a.extraction.claims.at(0);
  const auto& second = a.extraction.claims.at(1);
  EXPECT_EQ(first.metric, "high-tech-enterprises");
  EXPECT_EQ(first.metric, second.metric);
}

// 占全省15%, 在全省占比15% and 占全省生物医药产业产值的15% state one share: one key.
TEST_F(Attribution, AShareInThreeWordingsHasOneKey) {
  const auto a = attribute(
      "2024年，长春高新区生物医药产业产值241.3亿元，占全省的15%。\n"
      "2024年，长春高新区生物医药产业产值增速为18%，在全省占比15%。\n"
      "2024年，长春高新区生物医药产值同比增长18%，占全省生物医药产业产值的15%。");
  std::vector<std::string> shares;
  for (const parser::Claim& c : a.extraction.claims)
    if (c.role == parser::Role::share) shares.push_back(c.metric);
  ASSERT_EQ(shares.size(), 3U);
  EXPECT_EQ(shares[0], "biomed-output/占jilin-province:");
  EXPECT_EQ(shares[1], shares[0]);
  EXPECT_EQ(shares[2], shares[0]);
}

// A quoted brand of a company (“吉林一号”) is the subject of its own clause only; the achievements
// listed after it are the city's.
TEST_F(Attribution, AQuotedBrandIsTheSubjectOfItsClauseOnly) {
  const auto a = attribute(
      "长春科技创新成果丰硕，“吉林一号”创造卫星最轻重量世界纪录，12项成果荣获国家科学技术奖。"
      "“吉林一号”在轨卫星达到117颗。");
  EXPECT_EQ(a.claim("12项").entity, "changchun");
  EXPECT_EQ(a.claim("117颗").entity, "changguang-satellite");
}

// 涵盖12章42节, 共6章: a classifier that is itself a noun names what it counts; 文稿33篇 counts
// 文稿.
TEST_F(Attribution, AClassifierThatIsANounNamesWhatItCounts) {
  const auto a = attribute("这份规划涵盖12章42节、11个专栏。其中，总书记的文稿33篇。");
  EXPECT_EQ(a.claim("12章").metric, "章");
  EXPECT_EQ(a.claim("42节").metric, "节");
  EXPECT_EQ(a.claim("11个").metric, "专栏");
  EXPECT_EQ(a.claim("33篇").metric, "文稿");
}

// 10个项目将入驻园区: an adverb before the verb ends the counted noun (园区 is where they go).
TEST_F(Attribution, AnAdverbEndsTheCountedNoun) {
  const auto a =
      attribute("长春新区产业园明年投运，届时，10个项目将入驻园区，800多名施工人员正抢抓工期。");
  EXPECT_EQ(a.claim("10个").metric, "projects");
  EXPECT_EQ(a.claim("800多名").metric, "施工人员");
}

// 十四亿多人口, 十亿人民: the classifier 人 is the first character of the noun counted.
TEST_F(Attribution, PeopleAsAClassifierOpensPopulation) {
  const auto a = attribute("我国十四亿多人口整体迈进现代化社会。全国十亿人民团结奋斗。");
  EXPECT_EQ(a.claim("十四亿多人").metric, "人口");
  EXPECT_EQ(a.claim("十亿人").metric, "人民");
}

// The two consistent fixture articles state the same facts in different words.
TEST_F(Attribution, SameFactInDifferentWordsGetsTheSameKey) {
  parser::Diagnostics diagnostics;
  auto load = [&](const std::string& name) {
    auto doc =
        parser::load_document(test::fixture_path("check/consistent/" + name), name, diagnostics);
    EXPECT_TRUE(doc.has_value());
    Attributed out{std::make_unique<parser::Document>(std::move(*doc)), {}};
    out.extraction = parser::extract_and_attribute(*out.document, {}, {attributor_, std::nullopt});
    return out;
  };
  const auto review = load("hitech_zone_review.md");
  const auto brief = load("hitech_zone_brief.txt");
  EXPECT_EQ(checker::claim_key(review.claim("241.3亿元")),
            checker::claim_key(brief.claim("约241亿元")));
  EXPECT_EQ(checker::claim_key(review.claim("242.6亿元")),
            checker::claim_key(brief.claim("242.6亿元")));
  EXPECT_NE(checker::claim_key(review.claim("241.3亿元")),
            checker::claim_key(review.claim("242.6亿元")));
}

}  // namespace
}  // namespace figcheck
