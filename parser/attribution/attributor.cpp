#include "parser/attribution/attributor.hpp"

#include "parser/attribution/annotated_document.hpp"
#include "parser/attribution/pipeline.hpp"
#include "parser/attribution/time_marks.hpp"

namespace figcheck::parser {

Attributor::Attributor(const AttributionLexicon& lexicon)
    : entities_(lexicon), metrics_(lexicon), narrower_(lexicon) {
  entities_.mark_word_starts(word_starts_);
  mark_time_word_starts(word_starts_);
}

void Attributor::attribute(std::string_view text, Extraction& extraction,
                           const std::vector<PeriodMention>& periods,
                           const std::optional<std::string>& date) const {
  const std::vector<WordStart> starts = word_starts_.find(text);
  AnnotatedDocument document(text, extraction.claims, entities_.find(text, starts),
                             time_marks(text, periods, date, starts), starts, metrics_, narrower_,
                             date);
  run_attribution_pipeline(document);
}

}  // namespace figcheck::parser
