// Conflicts between two wordings of one statistic (metric_variants.hpp): claims whose keys agree
// in all but the metric phrase, whose phrases may name one statistic, in different articles, and
// whose figures cannot both be true.
#pragma once

#include <utility>
#include <vector>

#include "checker/corpus_claims.hpp"
#include "checker/rule.hpp"

namespace figcheck::checker {

using ClaimPair = std::pair<ClaimRef, ClaimRef>;

std::vector<ClaimPair> variant_conflicts(const CorpusClaims& corpus, const ClaimFilter& where);

}  // namespace figcheck::checker
