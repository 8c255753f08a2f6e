// What a figure measures, read from the words around it: the noun phrase before the verb
// (某县茶叶产值达8亿元 → 茶叶产值) or after the classifier (拥有60家物流企业 → 物流企业),
// trimmed of verbs and fillers, and mapped to a lexicon id where the pack knows the phrase.
// Names in the lexicon may hold a gap, written …: 茶叶…产值 matches 茶叶规模以上企业产值.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parser/attribution/lexicon.hpp"
#include "parser/phrase_index.hpp"

namespace figcheck::parser {

// Drops what is not part of a metric's name: leading fillers (其中, 目前, 已), trailing verbs
// and qualifiers (达, 实现, 共计, 同比增长), quotes and the particle 的 at either end.
std::string trim_metric_phrase(std::string_view phrase);

// The noun after a count's classifier (60家|物流企业), up to the clause's end; empty when a
// verb follows instead (6人|获奖).
std::string_view noun_after_classifier(std::string_view text, std::size_t figure_end,
                                       std::size_t clause_end);

class MetricLexicon {
 public:
  explicit MetricLexicon(const AttributionLexicon& lexicon);

  // The id of the metric `phrase` names, or empty: a whole name must make up the phrase (apart
  // from modifiers that do not change what is counted, such as 规模以上); a gapped name only
  // has to appear.
  [[nodiscard]] std::string_view find(std::string_view phrase) const;

  // Whether `metric` (an id, or a phrase of the text) is named by words ending in `tail` and
  // longer than it: 固定资产投资 ends in 投资.
  [[nodiscard]] bool named_ending_in(std::string_view metric, std::string_view tail) const;

  // Whether the pack says the growth of metric `id` is stated at constant prices.
  [[nodiscard]] bool grows_at_constant_prices(std::string_view id) const;

 private:
  struct GappedName {
    std::vector<std::string> parts;
    std::size_t entry;
  };
  const AttributionLexicon& lexicon_;
  std::unordered_set<std::string_view> constant_price_ids_;
  PhraseIndex names_;
  std::vector<GappedName> gapped_;
};

}  // namespace figcheck::parser
