// Runs a pack's rules over the corpus: suppressed and baselined findings are left out and
// counted, the rest come back in report order (file, line, column, rule), the same for any
// number of threads.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "checker/baseline.hpp"
#include "checker/corpus_claims.hpp"
#include "checker/finding.hpp"
#include "checker/rule_pack.hpp"

namespace figcheck::checker {

struct CheckOutcome {
  std::vector<Finding> findings;
  std::size_t suppressed = 0;
  std::size_t baselined = 0;
  std::size_t below_precision = 0;  // findings less sure than the run asked for, left out
  // Fingerprints of the baseline that no finding of this run has: their findings are gone.
  std::vector<std::string> stale_baseline;
  // Suppressions in articles that name no loaded rule (errors) or suppress nothing (warnings).
  parser::Diagnostics suppression_problems;
};

struct RunOptions {
  const Baseline* baseline = nullptr;
  // PR mode: only the findings with evidence in these files (corpus_file()) are kept, that
  // evidence first, before suppressions and the baseline apply; null for every finding.
  const std::set<std::string>* changed_files = nullptr;
  unsigned jobs = 1;
  Precision min_precision = Precision::medium;
};

CheckOutcome run_rules(const RulePack& pack, const CorpusClaims& corpus,
                       const RunOptions& options = {});

}  // namespace figcheck::checker
