// What narrows a claim's key beyond its entity and metric, read from the words of its sentence
// after attribution has named them (DESIGN §4a):
// - population: the words between the claim's subject and its metric's name, which say whose
//   figure it is within the entity (规模以上文化企业 营业收入, 服务 进口). A clause that names
//   none takes that of the clause before it in its sentence, as parallel clauses share their
//   topic (服务出口增长12%，进口增长13% are both of services);
// - event: the instance of a recurring event its sentence names (第二期, 春季, 本届);
// - basis: a flow over a period, a level at an instant, a running total, a daily figure;
// - time, where no words give one: as of the article's date, or, for an article with no date,
//   the batch read together (taken as contemporaneous).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parser/attribution/entity_mentions.hpp"
#include "parser/attribution/lexicon.hpp"
#include "parser/attribution/time_marks.hpp"
#include "parser/claim.hpp"

namespace figcheck::parser {

class KeyNarrower {
 public:
  // `lexicon` must outlive the narrower.
  explicit KeyNarrower(const AttributionLexicon& lexicon);

  // Fills population, event and basis of the claims of one document (entity, metric and period
  // already given); `mentions` and `marks` in text order.
  void narrow(std::string_view text, std::span<Claim> claims,
              std::span<const EntityMention> mentions, std::span<const TimeMark> marks,
              const std::optional<std::string>& date) const;

 private:
  // The names the text may use for a metric: a lexicon id's names, else the phrase itself.
  [[nodiscard]] std::vector<std::string_view> names_of(std::string_view head) const;

  // The part of a phrase metric before a lexicon name it ends with (服务出口 → 服务): a phrase
  // the lexicon does not know may still be a known metric narrowed to a population.
  [[nodiscard]] std::string_view population_inside(std::string_view phrase) const;

  std::unordered_map<std::string_view, const MetricEntry*> metrics_by_id_;
  std::unordered_set<std::string_view> metric_names_;
};

}  // namespace figcheck::parser
