#include "parser/attribution/attributor.hpp"

#include "parser/attribution/annotated_document.hpp"
#include "parser/attribution/key_provenance.hpp"
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
                             time_marks(text, periods, date, starts), starts, metrics_, date);
  run_attribution_pipeline(document);
  // After the pipeline, on what it decided: where a key's parts came from where a pass did not
  // say, then what narrows the key (population, event, basis) and the time of undated figures.
  infer_key_provenance(text, extraction.claims, document.mentions, document.marks);
  narrower_.narrow(text, extraction.claims, document.mentions, document.marks, date);
}

}  // namespace figcheck::parser
