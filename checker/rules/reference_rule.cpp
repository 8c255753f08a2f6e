#include "checker/rules/reference_rule.hpp"

#include <fmt/format.h>

#include "checker/claim_key.hpp"
#include "checker/rule_pack.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

class ReferenceRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData& pack,
             std::vector<Finding>& findings) const override {
    if (!pack.facts) return;
    for (const Fact& fact : *pack.facts) {
      const std::string key = fmt::format("{}|{}|{}|{}|actual", fact.entity, fact.metric,
                                          fact.period, unit_family(fact.value));
      const Range expected = range_of(fact.value);
      for (const ClaimRef& ref : corpus.with_key(key)) {
        if (!settings().where.accepts(*ref.claim) || meet(range_of(*ref.claim), expected)) continue;
        findings.push_back(make_finding(
            {evidence_of(ref)},
            {{"expected", fact.value_text}, {"source", fact.source}, {"fact", fact.defined_at}}));
      }
    }
  }
};

}  // namespace

RuleKind reference_rule_kind() {
  return {"reference",
          "Claims that disagree with a reference value (facts:) of the rule pack",
          {"expected", "source", "fact"},
          [](RuleSettings settings, MappingReader&) -> std::unique_ptr<Rule> {
            return std::make_unique<ReferenceRule>(std::move(settings));
          }};
}

}  // namespace figcheck::checker
