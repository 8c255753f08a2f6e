#include "checker/rules/variant_conflicts.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "checker/claim_key.hpp"
#include "checker/fact_precision.hpp"
#include "checker/metric_variants.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

// What is measured, as the key reads it: the population before the phrase (population_in_key).
std::string metric_phrase(const parser::Claim& claim) {
  const std::string_view head =
      claim.metric_head.empty() ? std::string_view(claim.metric) : claim.metric_head;
  return fmt::format("{}{}", population_in_key(claim), head);
}

// Claims that may be variants of each other share this: all of the key but the metric phrase,
// and the phrase's head noun.
std::string bucket_of(const ClaimRef& ref) {
  const parser::Claim& c = *ref.claim;
  return fmt::format("{}|{}|{}|{}|{}|{}|{}", c.entity, c.period, unit_family(c),
                     to_string(c.modality), to_string(c.aspect), head_noun(metric_phrase(c)),
                     fact_scope(ref));
}

bool comparable(const parser::Claim& c, const ClaimFilter& where) {
  // A share is of a whole the wording may change; a level or a change of one statistic is not.
  return c.value && has_full_key(c) && where.accepts(c) && c.aspect != parser::Aspect::share &&
         c.aspect != parser::Aspect::start_value && !c.whole && !is_lexicon_id(metric_phrase(c)) &&
         !is_relative_period(c);
}

void pairs_in(const std::vector<ClaimRef>& bucket, std::vector<ClaimPair>& out) {
  for (std::size_t i = 0; i < bucket.size(); ++i) {
    for (std::size_t j = i + 1; j < bucket.size(); ++j) {
      const parser::Claim& a = *bucket[i].claim;
      const parser::Claim& b = *bucket[j].claim;
      if (bucket[i].document == bucket[j].document) continue;
      if (!may_name_one_statistic(metric_phrase(a), metric_phrase(b))) continue;
      if (meet(range_of(a), range_of(b))) continue;
      out.emplace_back(bucket[i], bucket[j]);
    }
  }
}

}  // namespace

std::vector<ClaimPair> variant_conflicts(const CorpusClaims& corpus, const ClaimFilter& where) {
  std::unordered_map<std::string, std::vector<ClaimRef>> buckets;
  std::vector<const std::vector<ClaimRef>*> in_order;
  for (const ClaimRef& ref : corpus.claims()) {
    if (!comparable(*ref.claim, where)) continue;
    auto [it, inserted] = buckets.try_emplace(bucket_of(ref));
    if (inserted) in_order.push_back(&it->second);
    it->second.push_back(ref);
  }
  std::vector<ClaimPair> pairs;
  // A bucket of hundreds is a template the news repeats with each day's figure, not one
  // statistic worded two ways.
  constexpr std::size_t kMaxBucket = 64;
  for (const std::vector<ClaimRef>* bucket : in_order)
    if (bucket->size() > 1 && bucket->size() <= kMaxBucket) pairs_in(*bucket, pairs);
  return pairs;
}

}  // namespace figcheck::checker
