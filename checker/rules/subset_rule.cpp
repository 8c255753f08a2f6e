#include "checker/rules/subset_rule.hpp"

#include <fmt/format.h>

#include "checker/claim_key.hpp"
#include "checker/rules/interval_math.hpp"
#include "checker/rules/subset_whole.hpp"

namespace figcheck::checker {

namespace {

class SubsetRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    for (const Article& article : corpus.articles()) {
      const auto& claims = article.claims;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        if (claims[i].role != parser::Role::subset || !additive(claims[i])) continue;
        const parser::Claim* whole = whole_of_subset(article, i);
        if (!whole) continue;
        // The parts of the same whole that follow: 其中A 500人、B 300人.
        std::vector<std::size_t> parts;
        for (std::size_t j = i; j < claims.size() && claims[j].role == parser::Role::subset &&
                                claims[j].sentence == claims[i].sentence;
             ++j) {
          if (unit_family(claims[j]) == unit_family(*whole)) parts.push_back(j);
        }
        check_parts(article, *whole, parts, findings);
        i += parts.empty() ? 0 : parts.size() - 1;
      }
    }
  }

 private:
  void check_parts(const Article& article, const parser::Claim& whole,
                   const std::vector<std::size_t>& parts, std::vector<Finding>& findings) const {
    if (parts.empty()) return;
    const Range whole_range = range_of(whole);
    Range sum{0, 0};
    std::vector<Evidence> evidence{{article.document, whole.span, whole.sentence, &whole}};
    for (std::size_t j : parts) {
      const parser::Claim& part = article.claims[j];
      const Range r = range_of(part);
      evidence.push_back({article.document, part.span, part.sentence, &part});
      if (r.low > whole_range.high * (1 + 1e-9)) {
        findings.push_back(
            make_finding({{article.document, part.span, part.sentence, &part},
                          {article.document, whole.span, whole.sentence, &whole}},
                         {{"problem", "其中的部分大于总数 (a part is larger than its whole)"}}));
        return;
      }
      sum.low += r.low;
      sum.high += r.high;
    }
    if (parts.size() > 1 && sum.low > whole_range.high * (1 + 1e-9)) {
      std::swap(evidence.front(), evidence.back());
      findings.push_back(make_finding(
          std::move(evidence),
          {{"problem", "各部分之和大于总数 (the parts add up to more than the whole)"}}));
    }
  }
};

}  // namespace

RuleKind subset_rule_kind() {
  return {"subset",
          "A part (其中…) larger than its whole, or parts that add up to more than it",
          {"problem"},
          [](RuleSettings settings, MappingReader&) -> std::unique_ptr<Rule> {
            return std::make_unique<SubsetRule>(std::move(settings));
          }};
}

}  // namespace figcheck::checker
