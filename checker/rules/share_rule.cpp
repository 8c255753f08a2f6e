#include "checker/rules/share_rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "checker/claim_key.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

std::string percent_text(const Range& r) {
  const std::string low = fmt::format("{:.1f}%", r.low * 100);
  const std::string high = fmt::format("{:.1f}%", r.high * 100);
  return low == high ? low : low + "–" + high;
}

// As many decimals as the share states (18.03% → 2), so 18.04% computed reads against it.
int decimals_of(double stated) {
  const std::string shortest = fmt::format("{}", stated);
  const std::size_t point = shortest.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(shortest.size() - point - 1);
}

constexpr std::string_view kPartAndWhole =
    "占比与其部分和总体不符 (the share does not match its part and whole)";
constexpr std::string_view kTwoWholes =
    "两处占比推出的总体不同 (two shares imply different wholes)";

class ShareRule : public Rule {
 public:
  ShareRule(RuleSettings settings, bool across) : Rule(std::move(settings)), across_(across) {}

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    std::unordered_map<std::string, std::vector<Implied>> wholes;
    std::vector<std::string> order;
    for (const Article& article : corpus.articles()) {
      const auto& claims = article.claims;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        const parser::Claim& share = claims[i];
        if (share.role != parser::Role::share || share.kind != parser::ClaimKind::percent ||
            !share.value || !settings().where.accepts(share)) {
          continue;
        }
        // The part and, when written, the whole: found by the relations pass.
        if (!share.share_part) continue;
        const parser::Claim* part = &claims[*share.share_part];
        const parser::Claim* whole = share.share_whole ? &claims[*share.share_whole] : nullptr;
        const Range stated = scaled(range_of(share), 0.01);
        if (whole) {
          const auto computed = ratio(range_of(*part), range_of(*whole));
          if (computed && !meet(*computed, stated)) {
            findings.push_back(make_finding(
                {ev(article, share), ev(article, *part), ev(article, *whole)},
                {{"problem", std::string(kPartAndWhole)}, {"computed", percent_text(*computed)}}));
          }
          continue;
        }
        // No whole in the sentence: what whole does this part imply?
        // 占预算数的80%: each budget line has its own budget, so two such shares imply no
        // common whole.
        if (!across_ || !share.whole || share.of_a_plan) continue;
        if (!(stated.low > 0) || share.period.empty()) continue;
        const Range p = range_of(*part);
        const Range implied{p.low / stated.high, p.high / stated.low};
        const std::string key = fmt::format("{}|{}|{}", implied_whole_key(share, *part),
                                            share.period, unit_family(*part));
        auto [it, inserted] = wholes.try_emplace(key);
        if (inserted) order.push_back(key);
        it->second.push_back({article.document, &share, part, implied});
      }
    }
    for (const std::string& key : order) report_implied(wholes[key], findings);
  }

 private:
  struct Implied {
    const parser::Document* document;
    const parser::Claim* share;
    const parser::Claim* part;
    Range whole;
  };

  // The whole a share implies, as a grouping key: named by the share (占全市工业产值); 占全省15%
  // is the whole of the same thing as the part, so the part's metric completes it; 占工业产值的
  // 比重 names no place, so the whole is the share's own place's.
  static std::string implied_whole_key(const parser::Claim& share, const parser::Claim& part) {
    const parser::ShareWhole& whole = *share.whole;
    return fmt::format("/占{}:{}", whole.entity.empty() ? share.entity : whole.entity,
                       whole.metric.empty() ? part.metric : whole.metric);
  }

  static Evidence ev(const Article& article, const parser::Claim& c) {
    return {article.document, c.span, c.sentence, &c};
  }
  static Evidence evidence_of(const Implied& implied, const parser::Claim& c) {
    return {implied.document, c.span, c.sentence, &c};
  }

  void report_implied(const std::vector<Implied>& group, std::vector<Finding>& findings) const {
    // Two statements of the same whole that cannot both hold.
    for (std::size_t a = 0; a < group.size(); ++a) {
      for (std::size_t b = a + 1; b < group.size() && b < a + 50; ++b) {
        if (group[a].part == group[b].part || meet(group[a].whole, group[b].whole)) continue;
        // What the later share would be of the whole the earlier one implies.
        const Implied& later = group[b];
        const Range part = range_of(*later.part);
        const double against =
            (part.low + part.high) / (group[a].whole.low + group[a].whole.high) * 100;
        findings.push_back(make_finding(
            {evidence_of(later, *later.share), evidence_of(later, *later.part),
             evidence_of(group[a], *group[a].share), evidence_of(group[a], *group[a].part)},
            {{"problem", std::string(kTwoWholes)},
             {"computed", fmt::format("{:.{}f}%", against, decimals_of(*later.share->value))}}));
        return;
      }
    }
  }

  bool across_;
};

}  // namespace

RuleKind share_rule_kind() {
  return {"share",
          "A share that does not match its part and whole, or two shares implying different wholes",
          {"problem", "computed"},
          [](RuleSettings settings, MappingReader& options) -> std::unique_ptr<Rule> {
            const bool across = options.flag("across_articles", false).value_or(true);
            return std::make_unique<ShareRule>(std::move(settings), across);
          }};
}

}  // namespace figcheck::checker
