// The words of a figure's lead: from after the entity, time and figure before it in its clause
// up to the figure, named as a metric.
#include <fmt/format.h>

#include <algorithm>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// Where the words naming figure `index` start: after the entity, the period and (with
// `skip_claims`) the figure before it in the same clause. Only names and times before `end`
// count: in 里程由2010年的50公里, the year after 由 does not cut the words before it.
std::size_t lead_begin(const AnnotatedDocument& document, std::size_t index, std::size_t clause,
                       std::size_t end, bool skip_claims) {
  const Claim& claim = document.claims[index];
  std::size_t begin = clause;
  if (const EntityMention* m = document.last_mention(clause, end))
    begin = std::max(begin, m->span.end);
  if (const TimeMark* mark = document.last_mark(end); mark && mark->span.begin >= clause)
    begin = std::max(begin, mark->span.end);
  if (skip_claims && index > 0 && document.claims[index - 1].span.end <= claim.span.begin)
    begin = std::max(begin, document.claims[index - 1].span.end);
  return begin;
}

// The words in [begin, end) before figure `index`, with the figures among them cut out.
std::string words_between(const AnnotatedDocument& document, std::size_t index, std::size_t begin,
                          std::size_t end) {
  const std::vector<Claim>& claims = document.claims;
  std::string words;
  std::size_t first = index;
  while (first > 0 && claims[first - 1].span.end > begin) --first;
  std::size_t at = begin;
  for (std::size_t j = first; j < index && claims[j].span.begin < end; ++j) {
    words.append(slice(document.text, at, claims[j].span.begin));
    at = std::max(at, claims[j].span.end);
  }
  words.append(slice(document.text, at, end));
  return words;
}

// Whether words before a time name what is measured: not a lone joining word (2020年和2021年)
// or a verb that takes the time as its object (进入2030年).
bool names_a_measure(std::string_view words) {
  return utf8::count_code_points(words) >= 2 &&
         words::word_ending(WordClass::verb_taking_time, words).empty();
}

// 连续5年位居: the years are the span the thing measured before the verb held its place.
std::string duration_of_lead(const AnnotatedDocument& document, std::size_t index,
                             std::size_t narrow, std::size_t end) {
  const std::string_view lead = without_trailing_blanks(slice(document.text, narrow, end));
  std::string span = duration_metric(document, index, lead);
  if (span.empty()) return span;
  const std::string of =
      named(document.metrics, lead.substr(0, lead.size() - span_verb_size(lead)));
  // …以来，连续5年位居: words that name nothing measured leave the span alone.
  const bool names_a_thing = utf8::count_code_points(of) >= 2 && of != "以来";
  return names_a_thing ? fmt::format("{}/{}", of, span) : span;
}

// The metric the lead in [begin, end) names, the narrow lead starting after the figure before.
std::string lead_phrase(const AnnotatedDocument& document, std::size_t index, std::size_t begin,
                        std::size_t narrow, std::size_t end) {
  const std::string wide = words_between(document, index, begin, end);
  const std::string trimmed_wide = trim_metric_phrase(wide);
  if (std::string_view id = document.metrics.find(trimmed_wide); !id.empty())
    return std::string(id);
  // Most leads hold no earlier figure: the narrow words are the wide ones, already trimmed.
  const std::string_view narrow_words = slice(document.text, narrow, end);
  std::string phrase = narrow_words == wide ? head_named(document.metrics, trimmed_wide)
                                            : named(document.metrics, narrow_words);
  if (phrase.empty() && narrow > begin) phrase = head_named(document.metrics, trimmed_wide);
  if (is_bare_total(phrase)) {
    if (std::string whole = whole_of_previous(document, index); !whole.empty()) return whole;
  }
  return phrase;
}

}  // namespace

std::string base_metric(const AnnotatedDocument& document, std::size_t index, std::size_t clause,
                        std::size_t end) {
  const Claim& claim = document.claims[index];
  const std::size_t begin = std::min(lead_begin(document, index, clause, end, false), end);
  const std::size_t narrow =
      std::min(std::max(begin, lead_begin(document, index, clause, end, true)), end);
  if (is_time_unit(claim.unit)) {
    if (std::string span = duration_of_lead(document, index, narrow, end); !span.empty())
      return span;
  }
  if (end == claim.span.begin) {
    const std::string_view lead = slice(document.text, narrow, end);
    if (std::string metric = claim.kind == ClaimKind::count
                                 ? counted_noun_metric(document, index, lead)
                                 : object_metric(document, index, lead);
        !metric.empty())
      return metric;
  }
  if (std::string phrase = lead_phrase(document, index, begin, narrow, end); !phrase.empty())
    return phrase;
  const std::string_view narrow_words = slice(document.text, narrow, end);
  if (std::string span = duration_metric(document, index, narrow_words); !span.empty()) return span;
  // 某某产值2030年达到…: the words after the time name nothing; those before it do.
  if (const TimeMark* mark = document.last_mark(end);
      mark && mark->span.end == begin && mark->span.begin > clause && !mark->comparison_base) {
    if (std::string before_time = base_metric(document, index, clause, mark->span.begin);
        names_a_measure(before_time))
      return before_time;
  }
  return end == claim.span.begin ? unnamed_figure_metric(document, index, narrow_words)
                                 : std::string();
}

}  // namespace figcheck::parser
