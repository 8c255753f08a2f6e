#include "checker/claim_key.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace figcheck::checker {

namespace {
std::string_view or_dash(const std::string& s) {
  return s.empty() ? std::string_view("-") : s;
}
}  // namespace

std::string unit_family(const parser::Claim& claim) {
  if (claim.per_unit.empty()) return std::string(claim.unit);
  return fmt::format("{}/{}", claim.unit, claim.per_unit);
}

std::string_view population_in_key(const parser::Claim& claim) {
  if (claim.population.empty() || claim.metric.empty() || measures_a_lexicon_metric(claim) ||
      claim.metric_head.find(claim.population) != std::string::npos)
    return {};
  return claim.population;
}

std::string claim_key(const parser::Claim& claim) {
  return fmt::format("{}|{}{}|{}|{}|{}", or_dash(claim.entity), population_in_key(claim),
                     or_dash(claim.metric), or_dash(claim.period), unit_family(claim),
                     to_string(claim.modality));
}

Hash128 claim_key_hash(const parser::Claim& claim) {
  Hash128 hash;
  hash.add(or_dash(claim.entity));
  hash.add(U'|');
  hash.add(population_in_key(claim));  // bytes run on into the metric's, as in claim_key()
  for (std::string_view field : {or_dash(claim.metric), or_dash(claim.period)}) {
    hash.add(field);
    hash.add(U'|');
  }
  hash.add(claim.unit);  // the unit family, as unit_family() prints it
  if (!claim.per_unit.empty()) {
    hash.add(U'/');
    hash.add(claim.per_unit);
  }
  hash.add(U'|');
  hash.add(to_string(claim.modality));
  return hash;
}

Hash128 key_hash(std::string_view key) {
  Hash128 hash;
  hash.add(key);
  return hash;
}

bool has_full_key(const parser::Claim& claim) {
  return !claim.entity.empty() && !claim.metric.empty() && !claim.period.empty();
}

bool is_lexicon_id(std::string_view metric) {
  return !metric.empty() && metric.front() >= 'a' && metric.front() <= 'z' &&
         std::all_of(metric.begin(), metric.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

bool measures_a_lexicon_metric(const parser::Claim& claim) {
  return is_lexicon_id(claim.metric_head);
}

bool is_relative_period(const parser::Claim& claim) {
  return claim.period_form.relative();
}

}  // namespace figcheck::checker
