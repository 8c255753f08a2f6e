#include "checker/rules/range_rule.hpp"

#include <cmath>
#include <iterator>

namespace figcheck::checker {

namespace {

class RangeRule : public Rule {
 public:
  RangeRule(RuleSettings settings, double max_share)
      : Rule(std::move(settings)), max_share_(max_share) {}

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    for (const ClaimRef& ref : corpus.claims()) {
      const parser::Claim& c = *ref.claim;
      if (!settings().where.accepts(c)) continue;
      if (auto problem = problem_of(c)) {
        findings.push_back(
            make_finding({evidence_of(ref)}, {{"problem", *problem}}, precision_of(*ref.claim)));
      }
    }
  }

 private:
  // Too large a sum of money is impossible; a count may be of operations or bytes per second
  // (每秒百亿亿次浮点运算), which no bound of a whole applies to.
  static Precision precision_of(const parser::Claim& c) {
    return c.out_of_range && c.kind != parser::ClaimKind::money ? Precision::medium
                                                                : Precision::high;
  }

  std::optional<std::string> problem_of(const parser::Claim& c) const {
    if (c.out_of_range) return "数值超出可信范围 (value out of range)";
    if (!c.period_form.exists) return "日期不存在 (date does not exist): " + c.period;
    if (!c.value) return std::nullopt;
    const double v = *c.value;
    // 占预算数的104%, 完成计划的110%: a completion rate, which may pass 100%.
    if (c.role == parser::Role::share && c.kind == parser::ClaimKind::percent &&
        (v > max_share_ || v < 0) && !c.of_a_plan) {
      return "占比超出0–100% (share outside 0–100%)";
    }
    if (c.kind == parser::ClaimKind::count && v < 0) return "数量为负 (negative count)";
    // 16.9家 cannot be; 平均每村有小学1.5所 is an average.
    if (c.kind == parser::ClaimKind::count && c.qualifier == parser::Qualifier::exact &&
        c.indivisible && v != std::trunc(v) && !c.averaged) {
      return "数量不是整数 (count is not whole)";
    }
    return std::nullopt;
  }

  double max_share_;
};

}  // namespace

RuleKind range_rule_kind() {
  return {"range",
          "Figures outside the bounds of their kind: shares beyond 0–100%, negative or fractional "
          "counts, impossible dates",
          {"problem"},
          [](RuleSettings settings, MappingReader& options) -> std::unique_ptr<Rule> {
            const double max_share = options.number("max_share", false).value_or(100);
            return std::make_unique<RangeRule>(std::move(settings), max_share);
          }};
}

}  // namespace figcheck::checker
