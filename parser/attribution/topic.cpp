#include "parser/attribution/topic.hpp"

#include <algorithm>
#include <array>

#include "parser/attribution/words/word_classes.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// A clause that opens a sentence about a part of what the sentence before stated.
constexpr std::string_view kSubsetClause = "其中，";

// A sector's name is a noun phrase: it opens with no preposition, verb or pointer
// (作为农业大县, 在这家企业, 发展县域产业) and holds no word that joins phrases (依托当地的产业).

// A sector's name has a word before its sector word (外资企业, not 企业) and is short.
constexpr std::size_t kMinSectorCharacters = 4;
constexpr std::size_t kMaxSectorCharacters = 10;
constexpr std::size_t kMaxFieldCharacters = 24;

std::size_t skip_blanks(std::string_view text, std::size_t at, std::size_t end) {
  for (;;) {
    if (at < end && (text[at] == ' ' || text[at] == '\t')) {
      ++at;
    } else if (text.substr(at, end - std::min(at, end)).starts_with("　")) {
      at += std::string_view("　").size();
    } else {
      return at;
    }
  }
}

// The end of the run of Han characters from `begin` (at most `max_characters` of them).
std::size_t han_run_end(std::string_view text, std::size_t begin, std::size_t end,
                        std::size_t max_characters) {
  std::size_t at = begin;
  for (std::size_t n = 0; n < max_characters && at < end; ++n) {
    const utf8::Decoded d = utf8::decode(text, at);
    if (!d.valid() || !utf8::is_han(d.code_point)) break;
    at += static_cast<std::size_t>(d.length);
  }
  return at;
}

// The longest start of `run` that ends in a sector word and is long enough to name a sector;
// 0 when none does.
std::size_t sector_name_length(std::string_view run) {
  // The run holds only Han characters: its prefixes end at character boundaries.
  std::size_t ends[kMaxSectorCharacters + 1] = {};
  std::size_t count = 0;
  for (std::size_t at = 0; at < run.size() && count < kMaxSectorCharacters;) {
    at += static_cast<std::size_t>(std::max(utf8::decode(run, at).length, 1));
    ends[count++] = at;
  }
  for (std::size_t n = count; n >= kMinSectorCharacters; --n) {
    const std::string_view head = run.substr(0, ends[n - 1]);
    static const auto sector_words = words::words_of(WordClass::topic_sector);
    if (!words::word_ending(sector_words, head).empty()) return head.size();
  }
  return 0;
}

bool is_sector_name(std::string_view name) {
  const auto holds = [&](std::string_view w) { return name.find(w) != std::string_view::npos; };
  const auto joiners = words::words_of(WordClass::joiner_inside_sector);
  return words::word_starting(WordClass::not_opening_sector, name).empty() &&
         !std::any_of(joiners.begin(), joiners.end(), holds);
}

// 纺织工业1990年: a time right after a name makes the name the sentence's topic.
bool starts_with_digit(std::string_view text, std::size_t at) {
  const utf8::Decoded d = utf8::decode(text, at);
  return d.valid() && ((d.code_point >= U'0' && d.code_point <= U'9') ||
                       (d.code_point >= U'０' && d.code_point <= U'９'));
}

// 在改善城乡交通方面， → 改善城乡交通方面.
std::optional<ByteSpan> field_name(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::string_view kIn = "在";
  if (!text.substr(begin, end - begin).starts_with(kIn)) return std::nullopt;
  const std::size_t name_begin = begin + kIn.size();
  const std::size_t run_end = han_run_end(text, name_begin, end, kMaxFieldCharacters);
  const std::string_view run = text.substr(name_begin, run_end - name_begin);
  if (!text.substr(run_end).starts_with("，")) return std::nullopt;
  for (std::string_view field : words::words_of(WordClass::field_word)) {
    if (run.ends_with(field) && run.size() > field.size()) return ByteSpan{name_begin, run_end};
  }
  return std::nullopt;
}

// Whether the clause [begin, end) only frames the sentence: where its news comes from (记者从某部
// 了解到, 数据显示) or when (今年上半年), one time mark covering it all.
bool only_frames(std::string_view text, std::size_t begin, std::size_t end,
                 std::span<const TimeMark> marks) {
  const std::string_view words = text.substr(begin, end - begin);
  if (!words::word_ending(WordClass::news_source_end, words).empty()) return true;
  const auto mark = std::lower_bound(
      marks.begin(), marks.end(), begin,
      [](const TimeMark& m, std::size_t position) { return m.span.begin < position; });
  return mark != marks.end() && mark->span.begin == begin && mark->span.end == end;
}

// Whether the clause at `clause` opens with a lead verb: its subject is left unsaid.
bool opens_with_its_verb(std::string_view text, std::size_t clause, std::size_t end) {
  return !words::word_starting(WordClass::lead_verb, text.substr(clause, end - clause)).empty();
}

}  // namespace

std::optional<Topic> sentence_topic(std::string_view text, ByteSpan sentence, std::size_t clause,
                                    std::span<const TimeMark> marks) {
  std::size_t begin = skip_blanks(text, sentence.begin, sentence.end);
  for (std::size_t end = clause_end(text, begin, sentence.end);
       end < clause && only_frames(text, begin, end, marks);
       end = clause_end(text, begin, sentence.end))
    begin = skip_blanks(text,
                        end + static_cast<std::size_t>(std::max(utf8::decode(text, end).length, 1)),
                        sentence.end);
  const std::string_view opening = text.substr(begin, sentence.end - begin);
  const bool subset = opening.starts_with(kSubsetClause);
  if (subset) begin += kSubsetClause.size();
  const std::size_t topic_clause_end = clause_end(text, begin, sentence.end);
  if (clause <= topic_clause_end) return std::nullopt;
  if (const std::optional<ByteSpan> field = field_name(text, begin, topic_clause_end))
    return Topic{*field, topic_clause_end};
  const std::size_t run_end = han_run_end(text, begin, topic_clause_end, kMaxSectorCharacters);
  const std::size_t length = sector_name_length(text.substr(begin, run_end - begin));
  if (length == 0 || !is_sector_name(text.substr(begin, length))) return std::nullopt;
  const std::size_t name_end = begin + length;
  const Topic topic{{begin, name_end}, topic_clause_end};
  const std::size_t figure_clause = skip_blanks(text, clause, sentence.end);
  if (subset || starts_with_digit(text, name_end) ||
      opens_with_its_verb(text, figure_clause, sentence.end))
    return topic;
  // 外资企业出口回升，出口900亿元: the figure's clause opens with the words that follow the
  // sector's name.
  constexpr std::size_t kRepeatedBytes = 6;  // two characters
  if (name_end + kRepeatedBytes <= topic_clause_end &&
      text.substr(name_end, kRepeatedBytes) == text.substr(figure_clause, kRepeatedBytes))
    return topic;
  return std::nullopt;
}

std::string_view without_field_word(std::string_view topic) {
  for (std::string_view field : words::words_of(WordClass::field_word)) {
    if (topic.ends_with(field)) return topic.substr(0, topic.size() - field.size());
  }
  return topic;
}

std::optional<Topic> heading_topic(std::string_view text, std::size_t line) {
  const std::size_t begin = skip_blanks(text, line, text.size());
  const std::size_t run_end = han_run_end(text, begin, text.size(), kMaxSectorCharacters);
  constexpr std::string_view kStop = "。";
  if (!text.substr(run_end).starts_with(kStop)) return std::nullopt;
  const std::string_view run = text.substr(begin, run_end - begin);
  if (sector_name_length(run) != run.size() || !is_sector_name(run)) return std::nullopt;
  return Topic{{begin, run_end}, run_end + kStop.size()};
}

}  // namespace figcheck::parser
