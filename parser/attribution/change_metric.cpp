// Changes (增长8%, 提高2个百分点, 由30%提高到45%): what changed, and which aspect of it the
// figure states.
#include <algorithm>
#include <array>

#include "parser/attribution/metric_phrase.hpp"
#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/time_rows.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// 较一季度回落, 增速由上年下降2%: a bare verb of change, or a bare word for a rate, names no
// measure of its own; the figure before says what changed.
bool names_only_a_change(std::string_view words) {
  for (std::string_view verb : words::words_of(WordClass::change_verb)) {
    if (words == verb || (words.starts_with(verb) && words.substr(verb.size()) == "了"))
      return true;
  }
  return words::is_word_of(WordClass::rate_word, words);
}

// 价格同比上涨, 指数同比涨幅, 收入增速, 贷款新增: the words that say how and against what a figure
// changed are not what changed; a word of change alone is kept for names_only_a_change.
std::string without_change_words(std::string metric) {
  constexpr std::array kChangeWords{WordClass::rate_word, WordClass::change_verb,
                                    WordClass::up_word, WordClass::down_word,
                                    WordClass::newly_added};
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const WordClass change : kChangeWords) {
      const std::string_view word = words::word_ending(change, metric);
      // 回升, 骤降: a verb of one character may end a longer one, which is kept whole.
      if (word.empty() || word.size() == metric.size() || utf8::count_code_points(word) < 2)
        continue;
      metric.resize(metric.size() - word.size());
      metric = trim_metric_phrase(metric);
      stripped = !metric.empty();
      break;
    }
  }
  return metric;
}

// The words of the clause before figure `index`, without the time it is dated by: 增加到 in
// 增加到2030年的90公里.
std::string_view words_before_dated_figure(const AnnotatedDocument& document, std::size_t index,
                                           std::size_t clause) {
  const Claim& claim = document.claims[index];
  std::string_view before = slice(document.text, clause, claim.span.begin);
  if (before.ends_with("的")) before.remove_suffix(std::string_view("的").size());
  const std::size_t end = clause + before.size();
  if (const TimeMark* mark = document.last_mark(end);
      mark && mark->span.end == end && mark->span.begin >= clause)
    before = slice(document.text, clause, mark->span.begin);
  return before;
}

bool is_year(std::string_view y) {
  return y.size() == 4 &&
         std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A change measured against a time written in its sentence (与2000年相比, 较一季度) other than
// the year before its own: that time, so that growth over five years and over one are not the
// same figure. Empty for 比上年 and for no base.
std::string explicit_base(const AnnotatedDocument& document, const Claim& claim) {
  for (const TimeMark* mark = document.last_mark(claim.span.begin);
       mark && mark->span.begin >= claim.sentence.begin; mark = document.mark_before(mark)) {
    if (!mark->comparison_base) continue;
    const std::string_view base = mark->canonical;
    if (base.empty()) return {};
    const std::string own = claim.period.substr(0, 4);
    if (is_year(base) && is_year(own) && std::stoi(own) - 1 == std::stoi(std::string(base)))
      return {};
    return std::string(base);
  }
  return {};
}

// Where the comparison of the clause begins: 相比 in 指数值相比去年12月低点增长, at the first
// time named as a base; npos when none is, or when no words come before it (比上年经济建设支出
// 增长: the words after the base name the metric, there being no others).
std::size_t comparison_start(const AnnotatedDocument& document, const Claim& claim,
                             std::size_t clause) {
  std::size_t start = std::string_view::npos;
  for (const TimeMark* mark = document.last_mark(claim.span.begin);
       mark && mark->span.begin >= clause; mark = document.mark_before(mark)) {
    if (!mark->comparison_base) continue;
    start = mark->span.begin;
    for (const words::RelativeTimeRow& row : words::relative_time_rows()) {
      if (!row.present && start >= clause + row.word.size() &&
          slice(document.text, clause, start).ends_with(row.word)) {
        start -= row.word.size();  // 相比去年12月: the year the month is of
        break;
      }
    }
    const std::string_view lead =
        words::word_ending(WordClass::change_base_lead, slice(document.text, clause, start));
    start -= lead.size();
  }
  return start == clause ? std::string_view::npos : start;
}

// Where the words naming what changes end: before the comparison (the words after it describe
// the base), and before 由 (从) for a starting value.
std::size_t change_lead_end(const AnnotatedDocument& document, const Claim& claim,
                            std::size_t clause) {
  std::size_t lead_end = std::min(claim.span.begin, comparison_start(document, claim, clause));
  if (claim.role != Role::change_from) return lead_end;
  for (std::string_view from : words::words_of(WordClass::from_word)) {
    if (const std::size_t at = rfind_in(document.text, from, clause, claim.span.begin);
        at != std::string_view::npos && at > clause)
      lead_end = at;
  }
  return lead_end;
}

// 由30%提高到45%: the new level is of what the starting value before it was; empty otherwise.
std::string level_after_start(const AnnotatedDocument& document, std::size_t index,
                              std::string_view before) {
  const Claim& claim = document.claims[index];
  if (claim.role != Role::change || index == 0) return {};
  const Claim& from = document.claims[index - 1];
  if (from.role != Role::change_from || from.sentence.begin != claim.sentence.begin ||
      from.aspect != Aspect::start_value || !(before.ends_with("到") || before.ends_with("至")))
    return {};
  return from.metric_head;
}

}  // namespace

MetricName change_metric(const AnnotatedDocument& document, std::size_t index, std::size_t clause) {
  const Claim& claim = document.claims[index];
  const std::string_view before = words_before_dated_figure(document, index, clause);
  if (std::string level = level_after_start(document, index, before); !level.empty())
    return {std::move(level), Aspect::level, std::nullopt, {}};
  std::string base = without_change_words(
      base_metric(document, index, clause, change_lead_end(document, claim, clause)));
  // 比上季加快0.3个百分点, 较一季度回落: the words name the comparison, not the metric, which is
  // that of the figure before.
  if (base.starts_with("比") || base.starts_with("较") || names_only_a_change(base))
    base = previous_metric(document, index);
  if (base.empty()) base = previous_metric(document, index);
  if (base.empty()) return {};
  if (claim.role == Role::change_from) return {std::move(base), Aspect::start_value, {}, {}};
  // 提高到45%, 增至90个, 降为3%: the new level, the same metric as a plain value.
  if (!words::word_ending(WordClass::new_level_word, before).empty())
    return {std::move(base), Aspect::level, std::nullopt, {}};
  const Aspect aspect = claim.kind == ClaimKind::percent            ? Aspect::growth_rate
                        : claim.kind == ClaimKind::percentage_point ? Aspect::change_pp
                                                                    : Aspect::change_amount;
  return {std::move(base), aspect, std::nullopt, explicit_base(document, claim)};
}

}  // namespace figcheck::parser
