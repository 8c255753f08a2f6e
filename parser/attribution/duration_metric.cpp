// Spans of time (历时3个月, 连续5年获评): measured by the verb before them.
#include <fmt/format.h>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser {

using words::WordClass;

std::size_t span_verb_size(std::string_view lead) {
  return words::word_ending(WordClass::span_verb, lead).size();
}

// The trimming takes these verbs off a noun phrase, leaving nothing: they are named here. 连续
// names the span only with what it repeats after the figure (连续5年获评 → 连续获评).
std::string duration_metric(const AnnotatedDocument& document, std::size_t index,
                            std::string_view lead) {
  lead = without_trailing_blanks(lead);
  const std::size_t verb_size = span_verb_size(lead);
  if (verb_size == 0) return {};
  const std::string_view verb = lead.substr(lead.size() - verb_size);
  if (verb != "连续") return std::string(verb);
  const std::string_view after = document.text.substr(document.claims[index].span.end);
  if (const std::string_view repeated = words::word_starting(WordClass::repeated_verb, after);
      !repeated.empty())
    return fmt::format("连续{}", repeated);
  return {};
}

}  // namespace figcheck::parser
