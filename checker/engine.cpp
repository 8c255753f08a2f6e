#include "checker/engine.hpp"

#include <algorithm>
#include <unordered_map>

#include "checker/suppressions.hpp"

namespace figcheck::checker {

CheckOutcome run_rules(const RulePack& pack, const CorpusClaims& corpus, const Baseline* baseline) {
  std::vector<Finding> all;
  for (const auto& rule : pack.rules) rule->check(corpus, pack.data(), all);

  std::unordered_map<const parser::Document*, std::vector<Suppression>> suppressions;
  for (const Article& article : corpus.articles()) {
    auto regions = find_suppressions(article.document->text());
    if (!regions.empty()) suppressions.emplace(article.document, std::move(regions));
  }
  const auto suppressed = [&](const Finding& f) {
    const Evidence& at = f.evidence.front();
    const auto found = suppressions.find(at.document);
    if (found == suppressions.end()) return false;
    return std::any_of(found->second.begin(), found->second.end(),
                       [&](const Suppression& s) { return s.covers(at.span.begin, f.rule_id); });
  };

  CheckOutcome outcome;
  for (Finding& f : all) {
    if (f.evidence.empty()) continue;
    if (suppressed(f)) {
      ++outcome.suppressed;
    } else if (baseline && baseline->fingerprints.contains(f.fingerprint)) {
      ++outcome.baselined;
    } else {
      outcome.findings.push_back(std::move(f));
    }
  }
  std::sort(outcome.findings.begin(), outcome.findings.end(), report_order);
  return outcome;
}

}  // namespace figcheck::checker
