#include "checker/rules/change_rule.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include <unordered_map>

#include "checker/claim_key.hpp"
#include "checker/fact_precision.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

std::string_view text_of(const Article& article, const parser::Claim& claim) {
  return article.document->text().substr(claim.span.begin, claim.span.size());
}

// 提高 of a money, count or percentage means a larger number; of a measure of length or time it
// may mean a smaller one (分辨率从2米提高到0.5米), so the direction is only plausible.
Precision direction_precision(const parser::Claim& to) {
  return to.kind == parser::ClaimKind::measure ? Precision::medium : Precision::high;
}

class ChangeRule : public Rule {
 public:
  ChangeRule(RuleSettings settings, std::optional<Severity> other_article_severity)
      : Rule(std::move(settings)), other_article_severity_(other_article_severity) {}

  // Reads every claim and every sentence with a figure.
  [[nodiscard]] int expected_cost() const override { return 2; }

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    check_directions(corpus, findings);
    const ValueIndex values = value_index(corpus);
    check_growth(corpus, values, findings);
    check_multiples(corpus, values, findings);
  }

 private:
  void check_directions(const CorpusClaims& corpus, std::vector<Finding>& findings) const {
    for (const Article& article : corpus.articles()) {
      const auto& claims = article.claims;
      for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
        const parser::Claim& from = claims[i];
        const parser::Claim& to = claims[i + 1];
        if (from.role != parser::Role::change_from || !(from.sentence == to.sentence)) continue;
        if (!from.value || !to.value || !settings().where.accepts(to)) continue;
        if (unit_family(from) != unit_family(to) || from.classifier != to.classifier) continue;
        if (to.direction == parser::Direction::none) continue;
        const bool up = to.direction == parser::Direction::up;
        const Range a = range_of(from);
        const Range b = range_of(to);
        const bool contradicts = up ? b.high < a.low : b.low > a.high;
        if (!contradicts) continue;
        findings.push_back(make_finding(
            {{article.document, to.span, to.sentence, &to},
             {article.document, from.span, from.sentence, &from}},
            {{"problem", up ? "说“增长/提高”，数值却变小 (says up, but the figure fell)"
                            : "说“下降/减少”，数值却变大 (says down, but the figure rose)"},
             {"computed", fmt::format("{}→{}", text_of(article, from), text_of(article, to))}},
            direction_precision(to)));
      }
    }
  }

  // Values by entity|metric|period|modality and what narrows the metric (population, event),
  // any unit but percentages.
  using ValueIndex = std::unordered_map<std::string, std::vector<ClaimRef>>;

  static std::string value_key(const parser::Claim& c, std::string_view metric,
                               std::string_view period) {
    return fmt::format("{}|{}|{}|{}|{}|{}", c.entity, metric, period, to_string(c.modality),
                       c.population, c.event);
  }

  static ValueIndex value_index(const CorpusClaims& corpus) {
    ValueIndex values;
    for (const ClaimRef& ref : corpus.claims()) {
      const parser::Claim& c = *ref.claim;
      if (c.role != parser::Role::value || !has_full_key(c) || !c.value ||
          c.kind == parser::ClaimKind::percent || c.kind == parser::ClaimKind::percentage_point ||
          c.kind == parser::ClaimKind::multiple) {
        continue;
      }
      values[value_key(c, c.metric, c.period)].push_back(ref);
    }
    return values;
  }

  void check_growth(const CorpusClaims& corpus, const ValueIndex& values,
                    std::vector<Finding>& findings) const {
    for (const Article& article : corpus.articles()) {
      for (const parser::Claim& rate : article.claims) {
        // A rate against a base its sentence names (与2020年相比) spans more than a year.
        if (rate.role != parser::Role::change || rate.kind != parser::ClaimKind::percent ||
            rate.aspect != parser::Aspect::growth_rate || !rate.base_period.empty() ||
            !has_full_key(rate) || !settings().where.accepts(rate)) {
          continue;
        }
        // The year before's period, as attribution gives it (empty for other periods).
        const std::string& before = rate.year_before;
        if (before.empty()) continue;
        const std::string& metric = rate.metric_head;
        // GDP and value added grow at constant prices (按不变价格计算): their nominal values do
        // not give the stated rate.
        if (rate.constant_prices) continue;
        const auto now = values.find(value_key(rate, metric, rate.period));
        if (now == values.end()) continue;
        // The current value is stated with the rate (产值242.6亿元，同比增长18%).
        const ClaimRef& current = now->second.front();
        if (!(current.claim->sentence == rate.sentence) || current.document != article.document)
          continue;
        // 比一九五七年的五百三十七亿元增长百分之六十四: a base stated in the rate's own sentence is
        // what the rate is measured against; another figure of that year (a wider total, another
        // scope of the same metric) is not.
        if (const parser::Claim* stated = stated_base(article, rate, *current.claim, before)) {
          check_pair({article.document, &rate}, current, {{article.document, stated}}, findings,
                     /*base_in_the_sentence=*/true);
        } else if (const auto then = values.find(value_key(rate, metric, before));
                   then != values.end()) {
          check_pair({article.document, &rate}, current, then->second, findings,
                     /*base_in_the_sentence=*/false);
        }
      }
    }
  }

  // The base year's figure when the sentence of `rate` names it (比1957年的537亿元), else null.
  static const parser::Claim* stated_base(const Article& article, const parser::Claim& rate,
                                          const parser::Claim& current,
                                          const std::string& base_period) {
    const std::span<const parser::Claim> sentence = claims_within(article, rate.sentence);
    const auto found = std::find_if(sentence.begin(), sentence.end(), [&](const parser::Claim& c) {
      return c.sentence == rate.sentence && &c != &current && c.period == base_period && c.value &&
             unit_family(c) == unit_family(current);
    });
    return found == sentence.end() ? nullptr : &*found;
  }

  // 到位资金12.84亿元，是2024年全年的3倍: the value before the multiple, against the value the
  // corpus states for the same entity and metric in the period the multiple names.
  void check_multiples(const CorpusClaims& corpus, const ValueIndex& values,
                       std::vector<Finding>& findings) const {
    for (const Article& article : corpus.articles()) {
      const std::span<const parser::Claim> claims = article.claims;
      for (std::size_t i = 1; i < claims.size(); ++i) {
        const parser::Claim& times = claims[i];
        if (times.kind != parser::ClaimKind::multiple || times.role != parser::Role::value ||
            !times.value || times.base_period.empty() || !settings().where.accepts(times))
          continue;
        // 收入8亿元，是上年的3倍: the figure multiplied, found by the relations pass.
        if (!times.multiplied) continue;
        const parser::Claim& now = claims[*times.multiplied];
        if (now.role != parser::Role::value || !now.value || now.metric.empty() ||
            now.entity.empty() || now.period == times.base_period ||
            now.kind == parser::ClaimKind::multiple)
          continue;
        const auto then = values.find(value_key(now, now.metric, times.base_period));
        if (then == values.end()) continue;
        for (const ClaimRef& base : then->second) {
          if (unit_family(*base.claim) != unit_family(now)) continue;
          const auto multiple = ratio(range_of(now), range_of(*base.claim));
          if (!multiple || meet(*multiple, range_of(times))) break;
          findings.push_back(make_finding(
              {{article.document, times.span, times.sentence, &times},
               {article.document, now.span, now.sentence, &now},
               evidence_of(base)},
              {{"problem", "倍数与两期数值不符 (the multiple does not match the two values)"},
               {"computed", fmt::format("{:.2f}倍", (multiple->low + multiple->high) / 2)}}));
          break;
        }
      }
    }
  }

  // Whether `growth` (now / base) is within a factor of two of what the stated rate says.
  static bool near_the_implied_base(const Range& growth, const Range& rate) {
    const double stated = 1 + (rate.low + rate.high) / 200;
    const double found = (growth.low + growth.high) / 2;
    if (!(stated > 0) || !std::isfinite(stated)) return true;
    const double factor = found / stated;
    return factor >= 0.5 && factor <= 2;
  }

  // A base stated in the rate's own article is checked first and alone; one stated only in
  // another article may have been revised since (official statistics restate last year's figure
  // on a comparable basis), so it is reported at `other_article_severity_`, or not at all.
  // A base found by its key is as sure as the keys of the rate and the base (key_precision);
  // one stated in the rate's sentence is the sentence's own evidence.
  void check_pair(const ClaimRef& rate, const ClaimRef& now, const std::vector<ClaimRef>& then,
                  std::vector<Finding>& findings, bool base_in_the_sentence) const {
    std::vector<const ClaimRef*> bases;
    for (const ClaimRef& base : then) {
      if (base.document == rate.document && unit_family(*base.claim) == unit_family(*now.claim))
        bases.push_back(&base);
    }
    const bool elsewhere = bases.empty();
    if (elsewhere) {
      if (!other_article_severity_) return;
      for (const ClaimRef& base : then) {
        if (unit_family(*base.claim) == unit_family(*now.claim)) bases.push_back(&base);
      }
    }
    std::optional<Range> first_growth;
    const ClaimRef* first_base = nullptr;
    for (const ClaimRef* base : bases) {
      const auto growth = ratio(range_of(*now.claim), range_of(*base->claim));
      // 超过23万亿元 bounds the figure on one side only: no growth rate follows from it.
      if (!growth || !std::isfinite(growth->low) || !std::isfinite(growth->high)) continue;
      const Range computed{(growth->low - 1) * 100, (growth->high - 1) * 100};
      if (meet(computed, range_of(*rate.claim))) return;
      // A revision moves last year's figure by a few percent; another article's figure that
      // is less than half or more than twice the base the rate implies counts something else
      // (免签入境的外国人 against all foreigners entering).
      if (elsewhere && !near_the_implied_base(*growth, range_of(*rate.claim))) continue;
      if (!first_base) {
        first_base = base;
        first_growth = growth;
      }
    }
    if (!first_base) return;
    const Precision precision = base_in_the_sentence ? Precision::high
                                                     : std::min(key_precision(*rate.claim),
                                                                key_precision(*first_base->claim));
    Finding finding = make_finding(
        {evidence_of(rate), evidence_of(now), evidence_of(*first_base)},
        {{"problem", elsewhere
                         ? "增速与另一篇文章的上期数值不符，上期数值或已修订 (the growth rate does "
                           "not match the earlier figure another article states; it may "
                           "have been revised)"
                         : "增速与前后两期数值不符 (the growth rate does not match the two "
                           "values)"},
         {"computed",
          fmt::format("{:.1f}%", (first_growth->low + first_growth->high) / 2 * 100 - 100)}},
        precision);
    if (elsewhere) finding.severity = std::min(finding.severity, *other_article_severity_);
    findings.push_back(std::move(finding));
  }

  std::optional<Severity> other_article_severity_;
};

}  // namespace

RuleKind change_rule_kind() {
  return {"change",
          "Direction words against the values, growth rates against consecutive periods, and "
          "multiples (是2024年的3倍) against the values they compare",
          {"problem", "computed"},
          [](RuleSettings settings, MappingReader& options) -> std::unique_ptr<Rule> {
            const std::string other =
                options.choice("other_article_base", {"error", "warning", "info", "off"}, false)
                    .value_or("warning");
            return std::make_unique<ChangeRule>(std::move(settings), severity_from(other));
          }};
}

}  // namespace figcheck::checker
