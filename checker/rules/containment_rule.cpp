#include "checker/rules/containment_rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "checker/claim_key.hpp"
#include "checker/fact_precision.hpp"
#include "checker/rules/interval_math.hpp"

namespace figcheck::checker {

namespace {

// Only an additive total adds up over places: a statistic the pack names. A count of what the
// text names (国家和地区, 方面, 项目) is of some event or list, not a total of the place.
Precision containment_precision(const ClaimRef& part, const ClaimRef& whole) {
  if (!is_lexicon_id(part.claim->metric)) return Precision::low;
  return std::min(key_precision(*part.claim), key_precision(*whole.claim));
}

// Part and whole are compared within one article (for relative periods) and one population and
// event instance.
std::string ladder_key(const ClaimRef& ref, bool own_article_only) {
  std::string key = own_article_only ? fmt::format("{}", fmt::ptr(ref.document)) : std::string();
  key += '\x1f';
  key += ref.claim->population;
  key += '\x1f';
  key += ref.claim->event;
  return key;
}

// The parts of one key group in corpus order, with the largest lower bound seen so far at each:
// the first part larger than a whole is found by binary search instead of a walk over the group
// for every whole (a long bulletin states one zone's figure thousands of times).
class PartLadder {
 public:
  void add(const ClaimRef& part) {
    const double low = range_of(*part.claim).low;
    // NaN never raises the maximum, as it never exceeds a whole.
    running_max_.push_back(running_max_.empty() || low > running_max_.back() ? low
                                                                             : running_max_.back());
    parts_.push_back(&part);
  }

  // The first part whose lower bound exceeds `threshold`, or null.
  [[nodiscard]] const ClaimRef* first_above(double threshold) const {
    const auto at = std::upper_bound(running_max_.begin(), running_max_.end(), threshold);
    return at == running_max_.end() ? nullptr : parts_[at - running_max_.begin()];
  }

 private:
  std::vector<double> running_max_;
  std::vector<const ClaimRef*> parts_;
};

class ContainmentRule : public Rule {
 public:
  using Rule::Rule;

  void check(const CorpusClaims& corpus, const PackData& pack,
             std::vector<Finding>& findings) const override {
    if (!pack.lexicon) return;
    std::unordered_map<std::string_view, std::string_view> parent;
    for (const auto& e : pack.lexicon->entities) {
      if (!e.part_of.empty()) parent.emplace(e.id, e.part_of);
    }
    for (const std::span<const ClaimRef> group : corpus.key_groups()) {
      const parser::Claim& first = *group.front().claim;
      if (first.kind != parser::ClaimKind::count && first.kind != parser::ClaimKind::money)
        continue;
      if (first.role != parser::Role::value || !parent.contains(first.entity)) continue;
      check_group(corpus, group, parent, findings);
    }
  }

 private:
  // The group's figures against those of each place it lies in, up the part_of chain.
  void check_group(const CorpusClaims& corpus, std::span<const ClaimRef> group,
                   const std::unordered_map<std::string_view, std::string_view>& parent,
                   std::vector<Finding>& findings) const {
    const parser::Claim& first = *group.front().claim;
    // 未来五年 of a 2026 bulletin and of a 1983 report are different years: such a figure is
    // compared only within its article.
    const bool own_article_only = is_relative_period(first);
    std::unordered_map<std::string, PartLadder> ladders;
    for (const ClaimRef& part : group) {
      if (settings().where.accepts(*part.claim))
        ladders[ladder_key(part, own_article_only)].add(part);
    }
    std::string_view entity = first.entity;
    // Up the part_of chain; the bound guards against a cycle in a user's pack.
    for (int depth = 0; depth < 16; ++depth) {
      const auto up = parent.find(entity);
      if (up == parent.end()) break;
      entity = up->second;
      parser::Claim probe = first;
      probe.entity = std::string(entity);
      for (const ClaimRef& whole : corpus.with_key(claim_key(probe))) {
        const auto ladder = ladders.find(ladder_key(whole, own_article_only));
        if (ladder == ladders.end()) continue;
        if (const ClaimRef* part =
                ladder->second.first_above(range_of(*whole.claim).high * (1 + 1e-9)))
          findings.push_back(make_finding({evidence_of(*part), evidence_of(whole)}, {},
                                          containment_precision(*part, whole)));
      }
    }
  }
};

}  // namespace

RuleKind containment_rule_kind() {
  return {"containment",
          "A place's figure larger than that of the place it is part of (same metric and period)",
          {},
          [](RuleSettings settings, MappingReader&) -> std::unique_ptr<Rule> {
            return std::make_unique<ContainmentRule>(std::move(settings));
          }};
}

}  // namespace figcheck::checker
