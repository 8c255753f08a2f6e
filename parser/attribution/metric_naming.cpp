// Naming a phrase: the lexicon id it names, else its head noun after its last verb.
#include <fmt/format.h>

#include <algorithm>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/word_buckets.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// The lead verbs and joining words, bucketed by their last byte, so a phrase is scanned once
// from its end instead of searched once per word.
const WordBuckets& inner_verbs_and_function_words() {
  static const WordBuckets words = [] {
    WordBuckets built(words::words_of(WordClass::joining_word), WordBuckets::Side::end);
    built.add(words::words_of(WordClass::lead_verb));
    return built;
  }();
  return words;
}

// 在 before a status word (在建项目) is part of the noun, not a preposition before it.
bool starts_a_status_word(std::string_view word, std::string_view phrase, std::size_t after) {
  if (word != "在") return false;
  return !words::word_starting(WordClass::status_after_zai, phrase.substr(after)).empty();
}

bool is_function_word(std::string_view word) {
  return words::is_word_of(WordClass::joining_word, word);
}

// Whether the lead verb ending at `end` of `phrase` is part of a noun: it opens one (建成区)
// or ends one (党组织).
bool verb_inside_a_noun(std::string_view phrase, std::string_view word, std::size_t end) {
  const auto opening = words::words_of(WordClass::noun_opening_with_verb);
  if (std::any_of(opening.begin(), opening.end(), [&](std::string_view noun) {
        return end >= word.size() && phrase.substr(end - word.size()).starts_with(noun);
      }))
    return true;
  const std::string_view before = phrase.substr(0, end);
  const auto ending = words::words_of(WordClass::noun_ending_in_verb);
  return std::any_of(ending.begin(), ending.end(),
                     [&](std::string_view noun) { return before.ends_with(noun); });
}

// Where the character before byte `end` of `phrase` starts.
std::size_t before_character(std::string_view phrase, std::size_t end) {
  do --end;
  while (end > 0 && (static_cast<unsigned char>(phrase[end]) & 0xC0) == 0x80);
  return end;
}

}  // namespace

std::string measure_of(std::string_view metric) {
  return std::string(metric.substr(0, metric.find('/')));
}

std::string_view after_last_inner_verb(std::string_view phrase) {
  const WordBuckets& words = inner_verbs_and_function_words();
  const bool contributes = !words::word_ending(WordClass::contribution_word, phrase).empty();
  // A word must leave something after it, so the scan starts before the last character.
  for (std::size_t end = phrase.empty() ? 0 : before_character(phrase, phrase.size()); end > 0;
       end = before_character(phrase, end)) {
    const std::string_view word = words.match(phrase.substr(0, end));
    if (word.empty() || starts_a_status_word(word, phrase, end)) continue;
    // 消费对全市增长的贡献率: who contributes to what is the measure, 的 and 对 included.
    if (contributes && is_function_word(word)) continue;
    // 解决率, 完成额: one character after the verb makes a noun of it.
    if (utf8::count_code_points(phrase.substr(end)) == 1) continue;
    if (verb_inside_a_noun(phrase, word, end)) continue;
    return phrase.substr(end);
  }
  return phrase;
}

std::string named(const MetricLexicon& metrics, std::string_view phrase) {
  const std::string trimmed = trim_metric_phrase(phrase);
  if (std::string_view id = metrics.find(trimmed); !id.empty()) return std::string(id);
  return head_named(metrics, trimmed);
}

std::string head_named(const MetricLexicon& metrics, std::string_view trimmed) {
  const std::string_view after_verb = after_last_inner_verb(trimmed);
  std::string head = trim_metric_phrase(after_verb);
  // 铁路完成投资: the sector before the verb says whose investment it is, as its population
  // (the narrowing pass reads it there).
  if (std::string_view id = metrics.find(head); !id.empty()) return std::string(id);
  return head;
}

}  // namespace figcheck::parser
