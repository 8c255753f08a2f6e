#include "checker/rules/respectively_rule.hpp"

namespace figcheck::checker {

namespace {

class RespectivelyRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    for (const Article& article : corpus.articles()) {
      const auto& claims = article.claims;
      for (std::size_t i = 0; i < claims.size();) {
        if (claims[i].role != parser::Role::respectively) {
          ++i;
          continue;
        }
        std::size_t end = i + 1;
        while (end < claims.size() && claims[end].role == parser::Role::respectively &&
               claims[end].list_values == 0 && claims[end].sentence == claims[i].sentence)
          ++end;
        const std::size_t values = claims[i].list_values;
        const std::size_t subjects = claims[i].list_size;
        // One value for all (化学需氧量、氨氮排放量要分别下降2%) is no mismatch.
        if (subjects >= 2 && values >= 2 && values != subjects &&
            settings().where.accepts(claims[i])) {
          std::vector<Evidence> evidence;
          for (std::size_t j = i; j < end; ++j)
            evidence.push_back({article.document, claims[j].span, claims[j].sentence, &claims[j]});
          findings.push_back(make_finding(
              std::move(evidence),
              {{"subjects", std::to_string(subjects)}, {"values", std::to_string(values)}}));
        }
        i = end;
      }
    }
  }
};

}  // namespace

RuleKind respectively_rule_kind() {
  return {"respectively",
          "A 分别 list naming a different number of subjects and values",
          {"subjects", "values"},
          [](RuleSettings settings, MappingReader&) -> std::unique_ptr<Rule> {
            return std::make_unique<RespectivelyRule>(std::move(settings));
          }};
}

}  // namespace figcheck::checker
