#include "checker/rules/subset_rule.hpp"

#include <fmt/format.h>

#include <unordered_set>

#include "checker/claim_key.hpp"
#include "checker/rules/interval_math.hpp"
#include "parser/byte_match.hpp"
#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

// The figure the claim divides (其中, a breakdown in a parenthesis): the relations pass found it.
const parser::Claim* whole_of(const Article& article, const parser::Claim& part) {
  return part.whole_figure ? &article.claims[*part.whole_figure] : nullptr;
}

class SubsetRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    for (const Article& article : corpus.articles()) {
      const auto& claims = article.claims;
      std::unordered_set<const parser::Claim*> checked;  // wholes whose parts were added up
      for (std::size_t i = 0; i < claims.size(); ++i) {
        if (claims[i].role != parser::Role::subset || !parser::adds_up(claims[i])) continue;
        const parser::Claim* whole = whole_of(article, claims[i]);
        if (!whole || !checked.insert(whole).second) continue;
        // The parts of the same whole in its statement (to the full stop): 其中A 500人、B 300人,
        // a breakdown's 上海22例；广东5例; the parts of one of those parts
        // (北京6例，其中丰台区4例…) are not mixed in.
        const std::size_t statement_end = claims[i].statement_end;
        std::vector<std::size_t> parts;
        for (std::size_t j = i; j < claims.size() && claims[j].span.begin < statement_end; ++j) {
          if (claims[j].role == parser::Role::subset &&
              unit_family(claims[j]) == unit_family(*whole) &&
              whole_of(article, claims[j]) == whole)
            parts.push_back(j);
        }
        check_parts(article, *whole, parts, findings);
      }
    }
  }

 private:
  // A part is named as a kind of its whole (人才总量 … 其中海归人才) or by the whole's own measure
  // (a breakdown's places): its metric shares a two-character word with the whole's. A part
  // named after another figure (立案320人，移送司法机关15人，其中处分科级干部40人) is of that one.
  static bool names_its_whole(std::string_view part, std::string_view whole) {
    if (part == whole) return true;
    for (std::size_t at = 0; at + 6 <= part.size();) {
      const auto length =
          static_cast<std::size_t>(std::max(parser::utf8::decode(part, at).length, 1));
      const auto next =
          static_cast<std::size_t>(std::max(parser::utf8::decode(part, at + length).length, 1));
      if (length == 3 && next == 3 && whole.find(part.substr(at, 6)) != std::string_view::npos)
        return true;
      at += length;
    }
    return false;
  }

  // A whole named in the part's own sentence is sure; one found in the sentence before, a rate
  // (每亩375公斤 is no total of 小麦单产) or a time read off a clock (3分11秒) may not be the whole
  // the part was taken from.
  static Precision whole_precision(const parser::Claim& part, const parser::Claim& whole) {
    const bool rate = !whole.per_unit.empty() || whole.averaged;
    const bool clock = whole.unit == "second" || whole.unit == "minute";
    if (!(part.sentence == whole.sentence) || rate || clock) return Precision::medium;
    return names_its_whole(part.metric, whole.metric) ? Precision::high : Precision::medium;
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
                         {{"problem", "其中的部分大于总数 (a part is larger than its whole)"}},
                         whole_precision(part, whole)));
        return;
      }
      sum.low += r.low;
      sum.high += r.high;
    }
    if (parts.size() > 1 && sum.low > whole_range.high * (1 + 1e-9)) {
      // The message names the first part and the whole ({a.text}，总数{b.text}); every part
      // follows as evidence.
      std::swap(evidence[0], evidence[1]);
      const std::string total = fmt::format("{:g}{}", sum.low, whole.classifier);
      findings.push_back(make_finding(
          std::move(evidence),
          {{"problem", fmt::format("{}个部分之和为{}，大于总数 ({} parts add up to {}, more "
                                   "than the whole)",
                                   parts.size(), total, parts.size(), total)}},
          whole_precision(article.claims[parts.front()], whole)));
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
