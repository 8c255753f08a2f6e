#include "checker/engine.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "checker/suppressions.hpp"
#include "parser/corpus.hpp"

namespace figcheck::checker {

CheckOutcome run_rules(const RulePack& pack, const CorpusClaims& corpus,
                       const RunOptions& options) {
  const Baseline* baseline = options.baseline;
  const unsigned jobs = options.jobs;
  // Rules are independent: each fills its own list, on as many threads as given; the final sort
  // makes the order the same for any number of threads.
  std::vector<std::vector<Finding>> by_rule(pack.rules.size());
  std::vector<std::size_t> heaviest_first(pack.rules.size());
  std::iota(heaviest_first.begin(), heaviest_first.end(), std::size_t{0});
  std::stable_sort(heaviest_first.begin(), heaviest_first.end(), [&](std::size_t a, std::size_t b) {
    return pack.rules[a]->expected_cost() > pack.rules[b]->expected_cost();
  });
  parser::parallel_for(pack.rules.size(), jobs, [&](std::size_t n) {
    const std::size_t i = heaviest_first[n];
    const auto started = std::chrono::steady_clock::now();
    pack.rules[i]->check(corpus, pack.data(), by_rule[i]);
    spdlog::debug("rule {}: {:.2f} s, {} findings", pack.rules[i]->settings().id,
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
                  by_rule[i].size());
  });
  std::vector<Finding> all;
  for (auto& findings : by_rule)
    std::move(findings.begin(), findings.end(), std::back_inserter(all));

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
  if (baseline) {
    std::unordered_set<std::string_view> found;
    for (const Finding& f : all) found.insert(f.fingerprint);
    for (const std::string& fingerprint : baseline->fingerprints)
      if (!found.contains(fingerprint)) outcome.stale_baseline.push_back(fingerprint);
  }
  for (Finding& f : all) {
    if (f.evidence.empty()) continue;
    if (f.precision < options.min_precision) {
      ++outcome.below_precision;
    } else if (suppressed(f)) {
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
