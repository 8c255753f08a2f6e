// The key the checker groups claims by: who, what, when, in which unit, how sure
// (entity|metric|period|unit|modality). Two claims with the same key state the same fact.
#pragma once

#include <string>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::checker {

// "-" stands for an unknown field; a key with an unknown entity, metric or period is partial.
std::string claim_key(const parser::Claim& claim);

// Entity, metric and period are all known: the claim can be compared with others.
bool has_full_key(const parser::Claim& claim);

// count, CNY, percent …; CNY/share for per-unit amounts.
std::string unit_family(const parser::Claim& claim);

// Whether a metric is (or is built on, as gdp/增速 is) a lexicon id — ids are lowercase ASCII
// words with hyphens; metrics the lexicon does not know are phrases of the text.
bool is_lexicon_id(std::string_view metric);

}  // namespace figcheck::checker
