#include "checker/rules/subset_rule.hpp"

#include <fmt/format.h>

#include "checker/claim_key.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

// Balances add up with signs: a goods surplus may exceed the current-account surplus it is part
// of (货物贸易顺差6080亿美元 within 经常账户顺差2642亿美元).
bool is_balance(const parser::Claim& c) {
  return mentions_any(c.metric, {"顺差", "逆差", "差额", "净"});
}

bool additive(const parser::Claim& c) {
  return (c.kind == parser::ClaimKind::count || c.kind == parser::ClaimKind::money ||
          c.kind == parser::ClaimKind::measure) &&
         !is_balance(c) && c.unit != "age";
}

class SubsetRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    for (const Article& article : corpus.articles()) {
      const auto& claims = article.claims;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        if (claims[i].role != parser::Role::subset || !additive(claims[i])) continue;
        const parser::Claim* whole = whole_before(article, i);
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
  // The figure 其中 refers back to: the last figure before it with the same unit, in the same
  // or the previous sentence, when it is a plain value. When that figure is an increase
  // (新增公路63.9万公里, 比上年增加4000亿元), which of the two 其中 divides is unclear, and a
  // figure further back belongs to another list (铁路新线1.6万公里): no whole.
  static const parser::Claim* whole_before(const Article& article, std::size_t index) {
    const parser::Claim& part = article.claims[index];
    const std::string_view text = article.document->text();
    const std::size_t marker = text.rfind("其中", part.span.begin);
    if (marker == std::string_view::npos || marker + 600 < part.span.begin) return nullptr;
    // “其中，…” opening a sentence divides something of the sentences before, often not their
    // last figure: no whole.
    if (marker <= part.sentence.begin + 3) return nullptr;
    for (std::size_t j = index; j-- > 0;) {
      const parser::Claim& c = article.claims[j];
      if (c.span.end > marker) continue;
      if (marker - c.span.end > 300) return nullptr;
      if (unit_family(c) != unit_family(part) || c.classifier != part.classifier) continue;
      // 年均超收2040亿元: an average has no parts.
      const std::string_view lead = text.substr(c.sentence.begin, c.span.begin - c.sentence.begin);
      const bool average = lead.find("均") != std::string_view::npos;
      return c.role == parser::Role::value && additive(c) && !average ? &c : nullptr;
    }
    return nullptr;
  }

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
