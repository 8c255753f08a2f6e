// Figures whose lead names nothing of its own: what the counted people did, or the measure of
// the figure before them in their sentence.
#include <algorithm>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// Whether a lead holds no words of its own, only verbs and fillers (达到, 共计) or a place
// already taken as the entity.
bool names_nothing(std::string_view lead) {
  return trim_metric_phrase(without_trailing_blanks(lead)).empty();
}

// 6人获救, 8人入选省级人才计划: a count of people followed by what they did or suffered, and
// its object; empty when no deed follows.
std::string deed_after(const AnnotatedDocument& document, std::size_t index) {
  const Claim& claim = document.claims[index];
  if (!words::is_word_of(WordClass::person_classifier, claim.classifier)) return {};
  const std::size_t stop = clause_end(document.text, claim.span.end, claim.sentence.end);
  const std::string_view after = slice(document.text, claim.span.end, stop);
  const std::string_view deed = words::word_starting(WordClass::deed, after);
  if (deed.empty()) return {};
  // The object goes with the deed (入选某某计划); a place before it does not (某某省).
  std::string object = trim_metric_phrase(after.substr(deed.size()));
  if (const EntityMention* m = document.first_mention(claim.span.end, stop);
      m && slice(document.text, claim.span.end + deed.size(), m->span.begin).empty())
    object = trim_metric_phrase(slice(document.text, m->span.end, stop));
  return std::string(deed) + object;
}

// Whether words right after the figure say what it is of (50P算力的机房, 六成来自外省): Han
// characters that are no change or state going on (30个已开工, 比上年的5亿元增长).
bool has_own_words_after(const AnnotatedDocument& document, const Claim& claim) {
  const std::string_view after = document.text.substr(claim.span.end);
  const utf8::Decoded next = utf8::decode(document.text, claim.span.end);
  return next.valid() && utf8::is_han(next.code_point) &&
         words::word_starting(WordClass::going_on_after_figure, after).empty();
}

}  // namespace

bool is_bare_total(std::string_view phrase) {
  return words::is_word_of(WordClass::bare_total, phrase);
}

// A figure whose own words name nothing: 5人入选 is counted by what the people did; a figure
// right after another (死亡病例增加20例，达到900例; 新增病例30例（甲地12例…）) states more of
// the measure before it in the sentence.
std::string unnamed_figure_metric(const AnnotatedDocument& document, std::size_t index,
                                  std::string_view lead) {
  const Claim& claim = document.claims[index];
  if (claim.kind == ClaimKind::count) {
    if (std::string deed = deed_after(document, index); !deed.empty()) return deed;
  }
  // 三年增加40%: a span of time is no more of the measure before it.
  if (!names_nothing(lead) || has_own_words_after(document, claim) || is_time_unit(claim.unit))
    return {};
  return previous_measure(document, index);
}

std::string previous_measure(const AnnotatedDocument& document, std::size_t index) {
  const std::span<const Claim> earlier = document.earlier_in_sentence(index);
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (it->role == Role::respectively) break;
    if (!it->metric.empty()) return measure_of(it->metric);
  }
  return {};
}

std::string previous_metric(const AnnotatedDocument& document, std::size_t index) {
  const std::span<const Claim> earlier = document.earlier_in_sentence(index);
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (it->role == Role::value && !it->metric.empty()) return it->metric;
  }
  return {};
}

// 新认定企业50家，总数达到800家: a bare 总数 counts what the figure before counted, all of
// them rather than the new ones.
std::string whole_of_previous(const AnnotatedDocument& document, std::size_t index) {
  const std::string previous = previous_metric(document, index);
  for (std::string_view fresh : words::words_of(WordClass::newly_added)) {
    if (previous.starts_with(fresh))
      return named(document.metrics, std::string_view(previous).substr(fresh.size()));
  }
  return {};
}

}  // namespace figcheck::parser
