// Rules read the typed key, not the rendered strings: with every rendering stripped of its
// aspect suffix, the share and growth checks still find what they found.
#include <gtest/gtest.h>

#include <algorithm>

#include "checker/corpus_claims.hpp"
#include "checker/rule_pack.hpp"
#include "parser/corpus.hpp"

namespace figcheck {
namespace {

class TypedKeyRules : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    pack_ = new checker::RulePack;
    parser::Diagnostics diagnostics;
    checker::add_default_pack(*pack_, diagnostics);
  }
  static void TearDownTestSuite() { delete pack_; }

  // Findings of the default pack's rule of `kind` on `text`; with `strip_renderings`, every
  // claim's printed metric loses what its aspect added (x/增速 → x), its typed fields unchanged.
  static std::size_t findings(std::string_view kind, const std::string& text,
                              bool strip_renderings) {
    parser::Diagnostics diagnostics;
    const parser::Document document("<t>", text, diagnostics);
    const parser::Attributor attributor(pack_->lexicon);
    parser::Extraction extraction =
        parser::extract_and_attribute(document, {}, {&attributor, std::nullopt});
    if (strip_renderings) {
      for (parser::Claim& claim : extraction.claims) claim.metric = claim.metric_head;
    }
    const checker::CorpusClaims corpus({{&document, extraction.claims}});
    const auto rule = std::find_if(pack_->rules.begin(), pack_->rules.end(),
                                   [&](const auto& r) { return r->settings().kind == kind; });
    EXPECT_NE(rule, pack_->rules.end()) << kind;
    std::vector<checker::Finding> found;
    (*rule)->check(corpus, pack_->data(), found);
    return found.size();
  }

  static checker::RulePack* pack_;
};

checker::RulePack* TypedKeyRules::pack_ = nullptr;

TEST_F(TypedKeyRules, ShareFindsTheWholeItNamesByItsFields) {
  const std::string text =
      "2030年，清溪县地区生产总值400亿元，其中工业增加值120亿元，占地区生产总值的50%。";
  EXPECT_EQ(findings("share", text, false), 1U);
  EXPECT_EQ(findings("share", text, true), 1U);
}

TEST_F(TypedKeyRules, SharesOfOneNamedWholeAcrossArticlesByTheirFields) {
  const std::string text =
      "2030年，清溪县茶叶产值30亿元，占全县农业总产值的30%。\n"
      "2030年，清溪县水果产值40亿元，占全县农业总产值的10%。";
  EXPECT_EQ(findings("share", text, false), 1U);
  EXPECT_EQ(findings("share", text, true), 1U);
}

TEST_F(TypedKeyRules, GrowthRateIsCheckedByItsAspect) {
  const std::string text =
      "2029年，清溪县茶叶产值300亿元。\n2030年，清溪县茶叶产值达到400亿元，同比增长10%。";
  EXPECT_EQ(findings("change", text, false), 1U);
  EXPECT_EQ(findings("change", text, true), 1U);
}

TEST_F(TypedKeyRules, GrowthAgainstANamedBaseYearIsNotAYearsGrowth) {
  const std::string text =
      "2029年，清溪县茶叶产值300亿元。\n"
      "2030年，清溪县茶叶产值达到400亿元，与2025年相比增长10%。";
  EXPECT_EQ(findings("change", text, false), 0U);
  EXPECT_EQ(findings("change", text, true), 0U);
}

}  // namespace
}  // namespace figcheck
