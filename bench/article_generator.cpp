// Writes one long synthetic article for the linearity benchmark (bench/linearity.sh): paragraphs
// of economic news about places, zones and companies, either dense with figures (several a
// sentence: amounts, counts, growth rates, shares 占…的x%, 其中 parts, a zone's figure beside
// its city's, 分别 lists — so that every rule has work) or ordinary prose with a figure every few
// sentences. The text is drawn from a fixed seed: the same size gives the same bytes.
//
// figcheck_generate_article --bytes N --style dense|plain --out FILE
// prints {"bytes":…, "paragraphs":…} on stdout.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

// splitmix64: small, fast and the same on every platform (std:: distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[below(N)];
  }

 private:
  std::uint64_t state_;
};

// A zone or district and the city it lies in (rules/entities.yaml part_of), for the
// part-of-place rule: the zones of one city together hold less than the city.
struct PlaceInCity {
  std::string_view place;
  std::string_view city;
};
constexpr std::array<PlaceInCity, 8> kPlacesInCities{{{"长春高新区", "长春新区"},
                                                      {"长春经开区", "长春市"},
                                                      {"长春汽开区", "长春市"},
                                                      {"净月高新区", "长春市"},
                                                      {"南关区", "长春市"},
                                                      {"九台区", "长春市"},
                                                      {"深圳市", "广东省"},
                                                      {"杭州市", "浙江省"}}};
constexpr std::array<std::string_view, 50> kCountyParts{
    "青", "阳", "松", "江", "河", "山", "平", "安", "宁", "永", "丰", "东", "西",
    "南", "北", "清", "泉", "石", "林", "川", "溪", "湖", "兴", "岚", "昌", "华",
    "云", "庆", "德", "乐", "泰", "源", "宝", "金", "桥", "龙", "凤", "梅", "岭",
    "峰", "汉", "福", "康", "盛", "旺", "莲", "桂", "榆", "柳", "荷"};
constexpr std::array<std::string_view, 6> kCompanies{"长光卫星", "金赛药业", "百克生物",
                                                     "长光博翔", "捷翼科技", "长春高新"};
constexpr std::array<std::string_view, 6> kIndustries{"生物医药",   "光电信息", "先进装备",
                                                      "新能源汽车", "现代农业", "数字经济"};
constexpr int kFirstYear = 2019;
constexpr int kYears = 6;

// The figures of a fact are a function of who, what and when, so an article that states a
// fact twice states it the same way, and a growth rate matches the two years it joins: the
// rules have every claim to group and compare, and few findings to report.
double fraction(std::uint64_t who, std::uint64_t what, int year) {
  Random hash(who * 1'000'003 + what * 10'007 + static_cast<std::uint64_t>(year));
  return static_cast<double>(hash.next() % 1'000'000) / 1'000'000;
}
double between(double low, double high, std::uint64_t who, std::uint64_t what, int year) {
  return low + (high - low) * fraction(who, what, year);
}
// A value that grows from year to year by a rate drawn for each year (percent).
struct Growing {
  double value;
  double rate;
};
Growing growing(double low, double high, std::uint64_t who, std::uint64_t what, int year) {
  double value = between(low, high, who, what, kFirstYear - 1);
  double rate = 0;
  for (int y = kFirstYear; y <= year; ++y) {
    rate = std::round(between(2, 12, who, what + 1, y) * 10) / 10;
    value = std::round(value * (1 + rate / 100) * 10) / 10;
  }
  return {value, rate};
}
std::string one_decimal(double value) {
  return fmt::format("{:.1f}", value);
}
std::string percent_of(double part, double whole) {
  return one_decimal(part / whole * 100);
}

enum Fact : std::uint64_t {
  kGdp = 10,
  kIndustry = 20,
  kServices = 30,
  kEnterprises = 40,
  kSpecialised = 50,
  kSmes = 60,
  kRetail = 70,
  kInvestment = 80,
  kSectorInvestment = 90,
  kExports = 100,
  kImports = 110,
  kZoneFirms = 120,
  kZoneOutput = 130,
  kRevenue = 140,
  kProfit = 150,
  kTourists = 160,
  kTalent = 170,
  kReturnees = 180,
  kForeign = 190
};

// Counties of the dense text: 50² names, each written many times over (its figures the same
// each time), as a long bulletin restates its facts.
constexpr std::uint64_t kDenseCounties = kCountyParts.size() * kCountyParts.size();
// Counties of the prose: 50³ names, so that no paragraph repeats another.
constexpr std::uint64_t kPlainCounties = kDenseCounties * kCountyParts.size();

std::string county_name(std::uint64_t county) {
  std::string name;
  do {
    name += kCountyParts[county % kCountyParts.size()];
    county /= kCountyParts.size();
  } while (name.size() < 6 || county > 0);  // two characters at least
  return name + "县";
}

std::string economy_sentences(std::uint64_t county, int year) {
  const std::string name = county_name(county);
  const Growing gdp = growing(300, 900, county, kGdp, year);
  const double industry =
      std::round(gdp.value * between(0.2, 0.45, county, kIndustry, year) * 10) / 10;
  const double services = std::round((gdp.value - industry) * 0.9 * 10) / 10;
  const double province_gdp = 40000 + 2000 * (year - kFirstYear);
  const Growing firms = growing(200, 900, county, kEnterprises, year);
  const double last_year_firms = growing(200, 900, county, kEnterprises, year - 1).value;
  const double firm_count = std::round(firms.value);
  const double specialised = std::round(firm_count * between(0.2, 0.5, county, kSpecialised, year));
  const double smes = std::round(firm_count * between(0.2, 0.45, county, kSmes, year));
  return fmt::format(
      "{0}年，{1}实现地区生产总值{2}亿元，同比增长{3}%，占全省的{4}%；其中，工业增加值{5}亿元，"
      "占地区生产总值的{6}%，服务业增加值{7}亿元。"
      "截至{0}年底，{1}共有高新技术企业{8}家，比上年增加{9}家，其中专精特新企业{10}家、"
      "科技型中小企业{11}家，在全省占比{12}%。",
      year, name, one_decimal(gdp.value), one_decimal(gdp.rate),
      percent_of(gdp.value, province_gdp), one_decimal(industry), percent_of(industry, gdp.value),
      one_decimal(services), firm_count, firm_count - std::round(last_year_firms), specialised,
      smes, percent_of(firm_count, 20000));
}

std::string market_sentences(std::uint64_t county, int year, std::string_view industry) {
  const std::string name = county_name(county);
  const Growing retail = growing(50, 300, county, kRetail, year);
  const double investment = std::round(between(100, 500, county, kInvestment, year) * 10) / 10;
  const double sector =
      std::round(investment * between(0.05, 0.3, county, kSectorInvestment, year) * 10) / 10;
  const Growing exports = growing(20, 400, county, kExports, year);
  const Growing imports = growing(20, 400, county, kImports, year);
  return fmt::format(
      "{0}年{1}社会消费品零售总额{2}亿元，增长{3}%；固定资产投资{4}亿元，其中{5}产业投资{6}亿元，"
      "占固定资产投资的{7}%。"
      "{1}外贸进出口总额{8}亿元，其中出口{9}亿元、进口{10}亿元，分别增长{11}%、{12}%。",
      year, name, one_decimal(retail.value), one_decimal(retail.rate), one_decimal(investment),
      industry, one_decimal(sector), percent_of(sector, investment),
      one_decimal(exports.value + imports.value), one_decimal(exports.value),
      one_decimal(imports.value), one_decimal(exports.rate), one_decimal(imports.rate));
}

std::string zone_sentence(std::uint64_t zone, int year, std::uint64_t industry) {
  const PlaceInCity& place = kPlacesInCities[zone];
  // 长春新区 holds 长春高新区 and lies in 长春市: between the two in size.
  const bool new_area = place.city == "长春新区";
  const std::uint64_t city = place.city == "长春市" ? 100 : 101 + zone;
  const double city_firms = new_area ? between(1000, 2000, city, kZoneFirms, year)
                                     : between(2500, 4000, city, kZoneFirms, year);
  return fmt::format(
      "{0}年，{1}拥有高新技术企业{2}家，{3}拥有高新技术企业{4}家，{1}{5}产值{6}亿元。", year,
      place.place, std::round(between(100, 400, zone, kZoneFirms, year)), place.city,
      std::round(city_firms), kIndustries[industry],
      one_decimal(between(10, 300, zone * 10 + industry, kZoneOutput, year)));
}

std::string company_sentence(std::uint64_t company, int year, std::uint64_t county) {
  const Growing revenue = growing(5, 90, company, kRevenue, year);
  const double profit =
      std::round(revenue.value * between(0.05, 0.2, company, kProfit, year) * 10) / 10;
  const double city_profit = 500 + 20 * (year - kFirstYear);
  const std::string name = county_name(county);
  const double talent = std::round(between(1, 20, county, kTalent, year) * 10) / 10;
  return fmt::format(
      "{0}{1}年营业收入{2}亿元，同比增长{3}%，净利润{4}亿元，占全市规模以上工业企业利润总额的{5}%。"
      "{1}年{6}接待游客{7}万人次，人才总量{8}万人，其中海归人才{9}人、外籍人才{10}人。\n",
      kCompanies[company], year, one_decimal(revenue.value), one_decimal(revenue.rate),
      one_decimal(profit), percent_of(profit, city_profit), name,
      std::round(between(100, 1000, county, kTourists, year)), one_decimal(talent),
      std::round(between(100, 1000, county, kReturnees, year)),
      std::round(between(10, 300, county, kForeign, year)));
}

std::string dense_paragraph(Random& random) {
  const std::uint64_t county = random.below(kDenseCounties);
  const int year = kFirstYear + static_cast<int>(random.below(kYears));
  const std::uint64_t industry = random.below(kIndustries.size());
  return economy_sentences(county, year) + market_sentences(county, year, kIndustries[industry]) +
         zone_sentence(random.below(kPlacesInCities.size()), year, industry) +
         company_sentence(random.below(kCompanies.size()), year, county);
}

constexpr std::array<std::string_view, 12> kOpenings{
    "记者近日走访发现，", "据介绍，",       "从会上获悉，",   "在调研中了解到，",
    "今年以来，",         "近年来，",       "与此同时，",     "围绕这一目标，",
    "据当地干部介绍，",   "走进园区看到，", "座谈会上提到，", "多位企业负责人表示，"};
constexpr std::array<std::string_view, 12> kActions{"坚持把发展经济的着力点放在实体经济上",
                                                    "持续优化营商环境",
                                                    "深入推进城乡融合发展",
                                                    "统筹抓好产业升级和民生改善",
                                                    "加快培育新质生产力",
                                                    "推动创新链和产业链深度融合",
                                                    "着力补齐基础设施短板",
                                                    "把稳就业作为头等大事",
                                                    "扎实推进和美乡村建设",
                                                    "下大力气引进龙头企业",
                                                    "深化“放管服”改革",
                                                    "抓紧抓实安全生产"};
constexpr std::array<std::string_view, 12> kResults{
    "群众的获得感明显增强", "企业办事更加便捷", "项目建设跑出加速度", "乡村面貌焕然一新",
    "创新活力竞相迸发",     "发展后劲不断积蓄", "消费市场人气渐旺",   "生态环境质量稳中向好",
    "产业链条越拉越长",     "营商口碑持续提升", "干部作风更加扎实",   "老百姓的日子越过越红火"};

constexpr std::uint64_t kPlainCombinations =
    kOpenings.size() * kActions.size() * kResults.size() * kIndustries.size();
// Steps through the combinations so that two sentences in a row differ in every slot (odd and
// not a multiple of 3: coprime with the 12·12·12·6 combinations).
constexpr std::uint64_t kCombinationStep = 2749;

// Sentence `n` of a county's prose: a combination of slots none of its other sentences has
// (n below 10,368), and its first sentences not those of the county before it, so ordinary text
// holds no duplicate passages.
std::string plain_sentence(std::uint64_t county, std::string_view place, std::uint64_t n) {
  std::uint64_t c = (n + county * 8) * kCombinationStep % kPlainCombinations;
  const std::string_view opening = kOpenings[c % kOpenings.size()];
  c /= kOpenings.size();
  const std::string_view action = kActions[c % kActions.size()];
  c /= kActions.size();
  const std::string_view result = kResults[c % kResults.size()];
  c /= kResults.size();
  return fmt::format("{}{}{}，{}领域{}。", opening, place, action, kIndustries[c], result);
}

// Paragraph `index` of the prose: eight sentences about one county and one figure, its industry
// and year different each time the county comes round again.
std::string plain_paragraph(std::uint64_t index) {
  constexpr std::uint64_t kSentences = 8;
  const std::uint64_t county = index * 7919 % kPlainCounties;
  const std::uint64_t visit = index / kPlainCounties;
  const std::string place = county_name(county);
  const int year = kFirstYear + static_cast<int>(visit % kYears);
  const std::uint64_t industry = visit / kYears % kIndustries.size();
  // 万元 figures of seven digits: two counties seldom share one (the reused-figure rule).
  const Growing output = growing(100'000, 3'000'000, county * 10 + industry, kZoneOutput, year);
  std::string paragraph;
  for (std::uint64_t i = 0; i < kSentences; ++i) {
    if (i == kSentences / 2)
      paragraph += fmt::format("{}年，{}{}产业产值{:.0f}万元，同比增长{}%。", year, place,
                               kIndustries[industry], output.value, one_decimal(output.rate));
    paragraph += plain_sentence(county, place, visit * kSentences + i);
  }
  return paragraph + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Writes one long synthetic news article, dense with figures or ordinary prose");
  std::uint64_t bytes = 0;
  std::string style = "dense";
  std::string out;
  app.add_option("--bytes", bytes, "Size to reach (the last paragraph is whole)")->required();
  app.add_option("--style", style, "dense (several figures a sentence) or plain")
      ->check(CLI::IsMember({"dense", "plain"}));
  app.add_option("--out", out, "File to write")->required();
  CLI11_PARSE(app, argc, argv);

  std::ofstream file(out, std::ios::binary);
  Random random(20241122);
  const std::string headline = style == "dense" ? "县域经济运行情况通报\n" : "县域发展纪实\n";
  file << headline;
  std::uint64_t written = headline.size();
  std::uint64_t paragraphs = 0;
  while (written < bytes) {
    const std::string paragraph =
        style == "dense" ? dense_paragraph(random) : plain_paragraph(paragraphs);
    file << paragraph;
    written += paragraph.size();
    ++paragraphs;
  }
  if (!file.flush()) {
    std::cerr << "cannot write " << out << "\n";
    return 2;
  }
  std::cout << fmt::format("{{\"bytes\": {}, \"paragraphs\": {}}}\n", written, paragraphs);
  return 0;
}
