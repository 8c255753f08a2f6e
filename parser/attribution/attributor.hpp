// Gives every claim its key: who (entity), what (metric) and when (period), from the article's
// words and the rule pack's lexicons. Modality and role come from the extractor; attribution
// reads them to name a share's whole, a change's base and a 分别 list's subjects. The work is
// done by ordered passes over an annotated document (pipeline.hpp, docs/architecture.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/attribution/entity_mentions.hpp"
#include "parser/attribution/key_narrowing.hpp"
#include "parser/attribution/lexicon.hpp"
#include "parser/attribution/metric_phrase.hpp"
#include "parser/extract.hpp"

namespace figcheck::parser {

class Attributor {
 public:
  // `lexicon` must outlive the Attributor.
  explicit Attributor(const AttributionLexicon& lexicon);

  // Fills entity, metric and period of every claim of one document. `date` (YYYY-MM-DD) resolves
  // 今年, 去年 and 目前; without it they stay null.
  void attribute(std::string_view text, Extraction& extraction,
                 const std::vector<PeriodMention>& periods,
                 const std::optional<std::string>& date) const;

 private:
  EntityFinder entities_;
  MetricLexicon metrics_;
  KeyNarrower narrower_;
  WordStartTable word_starts_;  // entity and time words: one pass over a document finds both
};

}  // namespace figcheck::parser
