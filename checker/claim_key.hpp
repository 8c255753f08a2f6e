// The key the checker groups claims by: who, what, when, in which unit, how sure
// (entity|metric|period|unit|modality). Two claims with the same key state the same fact.
#pragma once

#include <string>

#include "parser/claim.hpp"

namespace figcheck::checker {

// "-" stands for an unknown field; a key with an unknown entity, metric or period is partial.
std::string claim_key(const parser::Claim& claim);

// Entity, metric and period are all known: the claim can be compared with others.
bool has_full_key(const parser::Claim& claim);

// count, CNY, percent …; CNY/share for per-unit amounts.
std::string unit_family(const parser::Claim& claim);

}  // namespace figcheck::checker
