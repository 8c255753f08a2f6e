// The key the checker groups claims by: who, what, when, in which unit, how sure
// (entity|metric|period|unit|modality). Two claims with the same key state the same fact.
#pragma once

#include <string>
#include <string_view>

#include "checker/hashed_groups.hpp"
#include "parser/claim.hpp"

namespace figcheck::checker {

// "-" stands for an unknown field; a key with an unknown entity, metric or period is partial.
// The metric is what is measured as stated: the population before a metric phrase, then the
// phrase (population_in_key).
std::string claim_key(const parser::Claim& claim);

// The population a metric phrase is stated with, read as the first words of what is measured:
// 港口|货物吞吐量 and 港口货物吞吐量 are one statistic however attribution split the words. Empty
// for a lexicon metric (its population narrows it in the fact's scope instead) and for a phrase
// that holds its population already.
std::string_view population_in_key(const parser::Claim& claim);

// The hash of claim_key(claim), without building the string: the corpus index hashes every
// claim. Equal to Hash128 over the key's bytes (key_hash).
Hash128 claim_key_hash(const parser::Claim& claim);
Hash128 key_hash(std::string_view key);

// Entity, metric and period are all known: the claim can be compared with others.
bool has_full_key(const parser::Claim& claim);

// count, CNY, percent …; CNY/share for per-unit amounts.
std::string unit_family(const parser::Claim& claim);

// Whether a metric's name is a lexicon id — ids are lowercase ASCII words with hyphens; metrics
// the lexicon does not know are phrases of the text.
bool is_lexicon_id(std::string_view metric);

// Whether the claim measures a metric the lexicon knows (gdp, and gdp's growth rate): its head.
bool measures_a_lexicon_metric(const parser::Claim& claim);

// 近五年 (last-5-years), 2021年以来 (since-2021), 未来五年 (next-5-years): periods that end or
// start when the article was written, so two articles' need not be the same years.
bool is_relative_period(const parser::Claim& claim);

}  // namespace figcheck::checker
