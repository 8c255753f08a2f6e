// Each rule's cost grows linearly with one long article: timed on an article of n statements and
// of 8n, a rule that walks a whole group or the whole article for every claim takes 64 times as
// long at 8n instead of 8 times (test_support's cost_growth).
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <memory>
#include <string>

#include "checker/corpus_claims.hpp"
#include "checker/rule_pack.hpp"
#include "parser/corpus.hpp"
#include "tests/test_support.hpp"

namespace figcheck::checker {
namespace {

const RulePack& default_pack() {
  static const RulePack pack = [] {
    RulePack p;
    parser::Diagnostics diagnostics;
    add_default_pack(p, diagnostics);
    return p;
  }();
  return pack;
}

const Rule& rule_named(std::string_view id) {
  for (const auto& rule : default_pack().rules) {
    if (rule->settings().id == id) return *rule;
  }
  throw std::runtime_error("no rule " + std::string(id));
}

// One article, extracted and attributed with the default pack, indexed as a corpus.
class OneArticle {
 public:
  explicit OneArticle(std::string text)
      : document_("long.txt", std::move(text), diagnostics_),
        extraction_(parser::extract_and_attribute(document_, parser::ExtractOptions{},
                                                  {&attributor(), std::nullopt})),
        corpus_({{&document_, extraction_.claims}}) {}

  [[nodiscard]] std::size_t findings_of(const Rule& rule) const {
    std::vector<Finding> findings;
    rule.check(corpus_, default_pack().data(), findings);
    return findings.size();
  }

 private:
  static const parser::Attributor& attributor() {
    static const parser::Attributor instance(default_pack().lexicon);
    return instance;
  }

  parser::Diagnostics diagnostics_;
  parser::Document document_;
  parser::Extraction extraction_;
  CorpusClaims corpus_;
};

// `write(i)` is statement i of the article; the work timed is the rule's check on it.
double rule_cost_growth(std::string_view rule_id, std::size_t n,
                        const std::function<std::string(std::size_t)>& write) {
  const Rule& rule = rule_named(rule_id);
  return test::cost_growth(
      [&](std::size_t size) -> std::function<void()> {
        std::string text;
        for (std::size_t i = 0; i < size; ++i) text += write(i);
        auto article = std::make_shared<OneArticle>(std::move(text));
        return [article, &rule] { (void)article->findings_of(rule); };
      },
      n);
}

// A county name for each i (four characters of 24: 331,776 names), so that keys differ.
std::string county(std::size_t i) {
  static constexpr std::string_view kParts[] = {"青", "阳", "松", "江", "河", "山", "平", "安",
                                                "宁", "永", "丰", "东", "南", "北", "清", "泉",
                                                "石", "林", "川", "溪", "湖", "兴", "岚", "昌"};
  std::string name;
  for (int k = 0; k < 4; ++k, i /= 24) name += kParts[i % 24];
  return name + "县";
}

TEST(LinearCost, GrowthRatesFindTheirStatedBaseInTheirSentence) {
  // Each rate's figure is the first of its key: the rule looks for a base year's figure in the
  // rate's sentence.
  EXPECT_LT(rule_cost_growth("change-does-not-add-up", 8000,
                             [](std::size_t i) {
                               return fmt::format("2024年，{}营业收入{}亿元，同比增长{}%。\n",
                                                  county(i), 100 + i % 90, 5 + i % 9);
                             }),
            test::kLinearGrowthBound);
}

TEST(LinearCost, APlaceRestatedAgainstItsParentIsCheckedOncePerFigure) {
  // 长春高新区 lies in 长春新区; no zone figure exceeds the area's.
  EXPECT_LT(
      rule_cost_growth("part-of-place-exceeds-place", 1000,
                       [](std::size_t i) {
                         return fmt::format(
                             "2024年，长春高新区拥有高新技术企业{}家。2024年，长春新区拥有高新"
                             "技术企业{}家。\n",
                             100 + i % 50, 1000 + i % 50);
                       }),
      test::kLinearGrowthBound);
}

TEST(LinearCost, PartsOfManyWholesAreAddedUpOncePerWhole) {
  EXPECT_LT(rule_cost_growth("part-exceeds-whole", 12000,
                             [](std::size_t i) {
                               return fmt::format("{}共有企业{}家，其中规上企业{}家。\n", county(i),
                                                  500 + i % 400, 100 + i % 300);
                             }),
            test::kLinearGrowthBound);
}

TEST(LinearCost, AStatementEndsAtItsFullStopInAnArticleOfOneLine) {
  // No line break anywhere: the end of each whole's statement is its full stop.
  EXPECT_LT(rule_cost_growth("part-exceeds-whole", 3000,
                             [](std::size_t i) {
                               return fmt::format("{}共有企业{}家，其中规上企业{}家。", county(i),
                                                  500 + i % 400, 100 + i % 300);
                             }),
            test::kLinearGrowthBound);
}

TEST(LinearCost, AKeyStatedWithManyFiguresIsOneFinding) {
  const auto line = [](std::size_t i) {
    return fmt::format("2024年，松江县高新技术企业达到{}家。\n", 100 + i);
  };
  EXPECT_EQ(OneArticle(line(0) + line(1) + line(2)).findings_of(rule_named("conflicting-figures")),
            1U);
  EXPECT_LT(rule_cost_growth("conflicting-figures", 12000, line), test::kLinearGrowthBound);
}

TEST(LinearCost, ASharesMarkIsLookedForInItsSentence) {
  // 比重 with no 占 anywhere in the article.
  EXPECT_LT(rule_cost_growth("share-does-not-add-up", 2000,
                             [](std::size_t i) {
                               return fmt::format("{}年，{}工业比重为{}.{}%，增速较快。\n",
                                                  2000 + i % 20, county(i), 10 + i % 50, i % 10);
                             }),
            test::kLinearGrowthBound);
}

}  // namespace
}  // namespace figcheck::checker
