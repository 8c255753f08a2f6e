// The whole a 其中 part divides: shared by the subset rule (a part larger than its whole) and the
// share rule (其中汽车产值2900亿元，占比68% against that whole).
#pragma once

#include <cstddef>

#include "checker/corpus_claims.hpp"
#include "parser/claim.hpp"

namespace figcheck::checker {

// Whether parts of the claim add up to it: counts and amounts, not balances or ages.
bool additive(const parser::Claim& claim);

// The figure the claim at `index` is a part of: the one before the parenthesis that lists it
// (境外输入病例39例（上海22例，…）), else the one the 其中 before it refers back to; nullptr when
// unclear.
const parser::Claim* whole_of_subset(const Article& article, std::size_t index);

}  // namespace figcheck::checker
