// The period pass: when each claim's figure holds.
#include <fmt/format.h>

#include <algorithm>

#include "parser/attribution/passes.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/sentence.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

struct PeriodChoice {
  std::string period;
  TimeSource source = TimeSource::none;
};

// An award's edition named after the figure in its clause (5项成果获评2030年度某某奖) dates it
// when nothing before it in its sentence does.
const TimeMark* edition_after(const AnnotatedDocument& document, const Claim& claim) {
  const auto it = std::lower_bound(
      document.marks.begin(), document.marks.end(), claim.span.end,
      [](const TimeMark& m, std::size_t position) { return m.span.begin < position; });
  if (it == document.marks.end() || !it->names_an_edition) return nullptr;
  return it->span.begin < clause_end(document.text, claim.span.end, claim.sentence.end) ? &*it
                                                                                        : nullptr;
}

// Whether the base mark `m` dates the figure itself: 比2020年的300亿元 is the 2020 figure; a
// figure further on (…增长8%) is not, nor a multiple (是2020年的3倍).
bool names_base_figure(const AnnotatedDocument& document, const TimeMark& m, const Claim& claim) {
  const std::string_view between = slice(document.text, m.span.end, claim.span.begin);
  return claim.kind != ClaimKind::multiple && (between.empty() || between == "的");
}

// 由2020年的30%提高到45%: the year dates the starting value, not the level reached after it
// (由上年下降2% dates the 2% itself).
bool dates_a_starting_value(const AnnotatedDocument& document, const TimeMark& m,
                            const Claim& claim) {
  const std::string_view before = slice(document.text, claim.sentence.begin, m.span.begin);
  if (words::word_ending(WordClass::from_word, before).empty()) return false;
  const std::size_t first_after = document.first_claim_from(m.span.end);
  return first_after < document.claims.size() &&
         document.claims[first_after].span.end <= claim.span.begin;
}

PeriodChoice period_of(const AnnotatedDocument& document, const Claim& claim) {
  const TimeMark* mark = document.last_mark(claim.span.begin);
  while (mark && ((mark->comparison_base && !names_base_figure(document, *mark, claim)) ||
                  dates_a_starting_value(document, *mark, claim)))
    mark = document.mark_before(mark);
  if (const TimeMark* edition = edition_after(document, claim);
      edition && !(mark && mark->span.begin >= claim.sentence.begin))
    return {edition->canonical, TimeSource::stated};
  if (!mark) return {};
  if (mark->span.begin >= claim.sentence.begin) return {mark->canonical, TimeSource::stated};
  // Carried from an earlier sentence of the same paragraph; an award's edition carries not.
  if (mark->names_an_edition) return {};
  if (mark->span.begin >= document.line_begin(claim.sentence.begin))
    return {mark->canonical, TimeSource::paragraph};
  return {};
}

// A figure of a holiday (国庆假期接待游客…) is of those days, not of the year. The holiday may
// open the paragraph, unless the figure's sentence names its own time.
std::string_view holiday_of(const AnnotatedDocument& document, const Claim& claim) {
  const TimeMark* own = document.last_mark(claim.span.begin);
  const std::size_t reach = own && own->span.begin >= claim.sentence.begin
                                ? claim.sentence.begin
                                : document.line_begin(claim.sentence.begin);
  return document.last_holiday(reach, claim.span.begin);
}

// A running total of the year the article was written in (今年已累计接待…) is as of the
// article's date: a later article's larger total does not contradict it.
bool is_running_total_of_the_year(const AnnotatedDocument& document, const Claim& claim,
                                  std::string_view period) {
  if (!document.date || !document.year || period != fmt::format("{}", *document.year)) return false;
  const std::string_view before = slice(document.text, claim.sentence.begin, claim.span.begin);
  const auto words = words::words_of(WordClass::running_total);
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return before.find(word) != std::string_view::npos;
  });
}

// The period narrowed to a holiday's days or to the article's date.
PeriodChoice within_the_period(const AnnotatedDocument& document, const Claim& claim,
                               PeriodChoice choice) {
  if (choice.period.empty()) return choice;
  if (choice.period.size() == 4) {
    if (const std::string_view holiday = holiday_of(document, claim); !holiday.empty())
      return {fmt::format("{}/{}", choice.period, holiday), choice.source};
  }
  if (is_running_total_of_the_year(document, claim, choice.period))
    return {"as-of-" + *document.date, TimeSource::article_date};
  return choice;
}

// 是2020年全年的3倍: the base year named between the figure multiplied and the multiple.
std::string multiple_base(const AnnotatedDocument& document, const Claim& claim) {
  const TimeMark* mark = document.last_mark(claim.span.begin);
  if (!mark || !mark->comparison_base || mark->span.begin < claim.sentence.begin) return {};
  return mark->canonical;
}

}  // namespace

void attribute_periods(AnnotatedDocument& document) {
  for (Claim& claim : document.claims) {
    PeriodChoice choice = within_the_period(document, claim, period_of(document, claim));
    claim.period = std::move(choice.period);
    claim.period_source = claim.period.empty() ? TimeSource::none : choice.source;
    if (claim.kind == ClaimKind::multiple) claim.base_period = multiple_base(document, claim);
  }
}

}  // namespace figcheck::parser
