// Metrics named after the figure: the noun a count counts, the object of a verb before it.
#include <algorithm>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/byte_match.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// A noun whose first character is the classifier 人 (三千万人口): the classifier and the rest.
std::string_view noun_opened_by_person(const AnnotatedDocument& document, const Claim& claim) {
  constexpr std::string_view kPerson = "人";
  if (claim.classifier != kPerson || !ends_with_at(document.text, claim.span.end, kPerson))
    return {};
  const std::string_view from_classifier = document.text.substr(claim.span.end - kPerson.size());
  const std::string_view noun =
      words::word_starting(WordClass::noun_opened_by_person, from_classifier);
  return from_classifier.substr(0, noun.size());
}

// The words right after figure `index` up to a verb, cut after their head noun.
std::string_view noun_after(const AnnotatedDocument& document, std::size_t index) {
  const Claim& claim = document.claims[index];
  if (const std::string_view noun = noun_opened_by_person(document, claim); !noun.empty())
    return noun;
  const std::size_t clause_stop = clause_end(document.text, claim.span.end, claim.sentence.end);
  return noun_after_classifier(document.text, claim.span.end, clause_stop);
}

// After a verb of containing (or right after the figure before), a classifier that is itself a
// noun names what it counts (规划共9章, 分为4章20节).
bool classifier_names_itself(const Claim& claim, std::string_view lead) {
  const std::string_view bare_lead = without_trailing_blanks(lead);
  const bool lead_contains =
      bare_lead.empty() || !words::word_ending(WordClass::containing_verb, bare_lead).empty();
  return lead_contains && words::is_word_of(WordClass::self_naming_classifier, claim.classifier);
}

// The words of a lead that qualify the noun after a count (某区9家规模以上企业 → 某区…).
std::string count_modifiers(std::string_view lead) {
  // 1人遇难、4人受伤: words closed by 、 belong to the figure before, not to this noun; a list
  // before the figure (甲、乙2个中心) names the things counted.
  if (ends_a_list_item(lead) || lead.find("、") != std::string_view::npos) return {};
  std::string modifiers = trim_metric_phrase(after_last_inner_verb(trim_metric_phrase(lead)));
  // AB10、AB20两款设备: a model number names the things, it is no kind of them.
  if (!utf8::contains_han(modifiers)) modifiers.clear();
  return modifiers;
}

}  // namespace

std::string counted_noun_metric(const AnnotatedDocument& document, std::size_t index,
                                std::string_view lead) {
  const std::string_view noun = noun_after(document, index);
  if (noun.empty() && classifier_names_itself(document.claims[index], lead))
    return std::string(document.claims[index].classifier);
  if (noun.empty()) return {};
  return named(document.metrics, count_modifiers(lead) + std::string(noun));
}

std::string object_metric(const AnnotatedDocument& document, std::size_t index,
                          std::string_view lead) {
  lead = without_trailing_blanks(lead);
  if (words::word_ending(WordClass::verb_before_object, lead).empty()) return {};
  const std::string_view noun = noun_after(document, index);
  // 实现200万吨以上目标: a goal or level names no metric.
  if (noun.empty() || !words::word_starting(WordClass::no_metric_object, noun).empty()) return {};
  return named(document.metrics, noun);
}

}  // namespace figcheck::parser
