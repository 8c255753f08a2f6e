#include "checker/rules/containment_rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "checker/claim_key.hpp"
#include "checker/fact_precision.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

// Only an additive total adds up over places: a statistic the pack names. A count of what the
// text names (国家和地区, 方面, 项目) is of some event or list, not a total of the place.
Precision containment_precision(const ClaimRef& part, const ClaimRef& whole) {
  if (!is_lexicon_id(part.claim->metric)) return Precision::low;
  return std::min(key_precision(*part.claim), key_precision(*whole.claim));
}

class ContainmentRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData& pack,
             std::vector<Finding>& findings) const override {
    if (!pack.lexicon) return;
    std::unordered_map<std::string_view, std::string_view> parent;
    for (const auto& e : pack.lexicon->entities) {
      if (!e.part_of.empty()) parent.emplace(e.id, e.part_of);
    }
    for (const std::span<const ClaimRef> group : corpus.key_groups()) {
      const parser::Claim& first = *group.front().claim;
      if (first.kind != parser::ClaimKind::count && first.kind != parser::ClaimKind::money)
        continue;
      if (first.role != parser::Role::value) continue;
      std::string_view entity = first.entity;
      // Up the part_of chain; the bound guards against a cycle in a user's pack.
      for (int depth = 0; depth < 16; ++depth) {
        const auto up = parent.find(entity);
        if (up == parent.end()) break;
        entity = up->second;
        parser::Claim probe = first;
        probe.entity = std::string(entity);
        for (const ClaimRef& whole : corpus.with_key(claim_key(probe))) {
          for (const ClaimRef& part : group) {
            if (!settings().where.accepts(*part.claim)) continue;
            // 未来五年 of a 2026 bulletin and of a 1983 report are different years.
            if (part.document != whole.document && is_relative_period(first.period)) continue;
            if (part.claim->population != whole.claim->population ||
                part.claim->event != whole.claim->event)
              continue;
            if (range_of(*part.claim).low > range_of(*whole.claim).high * (1 + 1e-9)) {
              findings.push_back(make_finding({evidence_of(part), evidence_of(whole)}, {},
                                              containment_precision(part, whole)));
              break;
            }
          }
        }
      }
    }
  }
};

}  // namespace

RuleKind containment_rule_kind() {
  return {"containment",
          "A place's figure larger than that of the place it is part of (same metric and period)",
          {},
          [](RuleSettings settings, MappingReader&) -> std::unique_ptr<Rule> {
            return std::make_unique<ContainmentRule>(std::move(settings));
          }};
}

}  // namespace figcheck::checker
