// Runs a pack's rules over the corpus: suppressed and baselined findings are left out and
// counted, the rest come back in report order (file, line, column, rule), the same for any
// number of threads.
#pragma once

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
};

CheckOutcome run_rules(const RulePack& pack, const CorpusClaims& corpus,
                       const Baseline* baseline = nullptr, unsigned jobs = 1);

}  // namespace figcheck::checker
