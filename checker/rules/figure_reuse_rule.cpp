#include "checker/rules/figure_reuse_rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>

#include "checker/claim_key.hpp"
#include "checker/hashed_groups.hpp"

namespace figcheck::checker {

namespace {

// The figure to 12 significant digits, as %.12g writes it (std::to_chars: fmt's precision
// formatting was a hot spot over millions of claims).
std::string twelve_digits(double value) {
  char buffer[32];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 12);
  return error == std::errc{} ? std::string(buffer, end) : std::string();
}

// Significant digits of a figure printed by twelve_digits (sign, point and exponent ignored).
int significant_digits_of(std::string_view printed) {
  std::string digits(printed.substr(0, printed.find('e')));
  std::erase_if(digits, [](char c) { return c == '.' || c == '-'; });
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return 0;
  const std::size_t last = digits.find_last_not_of('0');
  return static_cast<int>(last - first + 1);
}

}  // namespace

int significant_digits(double value) {
  return significant_digits_of(twelve_digits(value));
}

namespace {

// What a figure is about, when that is known well enough to call two figures different
// things: an entity and a metric the lexicon knows. Free phrases vary with wording (338名干部
// 下沉一线 and 338名科级以上干部), and a figure without an entity may be anyone's, so those
// claims are left out (on the real corpus they made most of this rule's false alarms).
bool has_subject(const parser::Claim& c) {
  return !c.entity.empty() && measures_a_lexicon_metric(c);
}
std::string subject_of(const parser::Claim& c) {
  return c.entity + "|" + c.metric;
}

class FigureReuseRule : public Rule {
 public:
  FigureReuseRule(RuleSettings settings, int min_digits)
      : Rule(std::move(settings)), min_digits_(min_digits) {}

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    // Each precise figure, hashed with its unit family and classifier (121架 and 121人 are not
    // the same figure); item i is the claim at candidates[i].
    std::vector<const ClaimRef*> candidates;
    std::vector<HashedItem> figures;
    for (const ClaimRef& ref : corpus.claims()) {
      const parser::Claim& c = *ref.claim;
      if (!c.value || c.metric.empty() || c.kind == parser::ClaimKind::fraction ||
          !settings().where.accepts(c) || !has_subject(c)) {
        continue;
      }
      std::string printed = twelve_digits(*c.value);
      if (significant_digits_of(printed) < min_digits_) continue;
      // A range is the same figure only with the same upper end (1.55亿元到1.69亿元 is not
      // 1.55亿元到1.75亿元).
      if (c.qualifier == parser::Qualifier::range && c.interval.high)
        printed.append("~").append(twelve_digits(*c.interval.high));
      const std::string family = unit_family(c);
      Hash128 figure;
      for (std::string_view part :
           {std::string_view(printed), std::string_view(family), c.classifier}) {
        figure.add(part);
        figure.add(U'|');
      }
      figures.push_back({figure, static_cast<std::uint32_t>(candidates.size())});
      candidates.push_back(&ref);
    }
    for (const auto group : group_by_key(figures, true)) {
      // entity|metric → the claims stating the figure for it, the first kMaxEvidence of them
      std::map<std::string, std::vector<ClaimRef>> by_subject;
      for (const HashedItem& member : group) {
        const ClaimRef& ref = *candidates[member.item];
        std::vector<ClaimRef>& refs = by_subject[subject_of(*ref.claim)];
        if (refs.size() < kMaxEvidence) refs.push_back(ref);
      }
      if (by_subject.size() < 2) continue;
      std::vector<Evidence> evidence, others;
      for (const auto& [subject, refs] : by_subject) {
        evidence.push_back(evidence_of(refs.front()));
        for (std::size_t i = 1; i < refs.size(); ++i) others.push_back(evidence_of(refs[i]));
      }
      std::sort(evidence.begin(), evidence.end(), by_place);
      Finding finding = make_finding(std::move(evidence));
      add_more_evidence(finding, std::move(others));
      findings.push_back(std::move(finding));
    }
  }

 private:
  int min_digits_;
};

}  // namespace

RuleKind figure_reuse_rule_kind() {
  return {"figure-reuse",
          "The same precise figure stated for different things (different keys)",
          {},
          [](RuleSettings settings, MappingReader& options) -> std::unique_ptr<Rule> {
            const std::size_t digits =
                options.count("min_significant_digits", false, 1, 17).value_or(3);
            return std::make_unique<FigureReuseRule>(std::move(settings), static_cast<int>(digits));
          }};
}

}  // namespace figcheck::checker
