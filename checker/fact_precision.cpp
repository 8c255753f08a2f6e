#include "checker/fact_precision.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>

#include "checker/claim_key.hpp"
#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

using parser::EntitySource;
using parser::TimeSource;

Precision entity_precision(EntitySource source) {
  switch (source) {
    case EntitySource::clause:
    case EntitySource::sentence:
    case EntitySource::subject:
      return Precision::high;
    case EntitySource::paragraph:
    case EntitySource::prevailing:
      return Precision::medium;
    case EntitySource::none:
      return Precision::low;
  }
  return Precision::low;
}

Precision time_precision(TimeSource source) {
  switch (source) {
    case TimeSource::stated:
    case TimeSource::paragraph:
      return Precision::high;
    // A year at the top frames the sections below it, which may leave it unsaid (a stock of
    // the day, a plan) as well as mean it.
    case TimeSource::article_top:
    case TimeSource::article_date:
      return Precision::medium;
    case TimeSource::none:
      return Precision::low;
  }
  return Precision::low;
}

// A lexicon id names one published statistic; a phrase of the text names it only as well as its
// words do, and a bare noun of one or two characters (项目, 地区) hardly at all. The words are
// those of the key: a population read before a phrase names what is counted with it (中欧班列
// before 开行).
Precision metric_precision(const parser::Claim& claim) {
  const std::string_view head = claim.metric_head.empty() ? claim.metric : claim.metric_head;
  if (is_lexicon_id(head)) return Precision::high;
  const std::size_t characters = parser::utf8::count_code_points(population_in_key(claim)) +
                                 parser::utf8::count_code_points(head);
  if (characters >= 4) return Precision::high;
  return characters > 2 ? Precision::medium : Precision::low;
}

// Whether `date` (YYYY-MM-DD) is the last day of `period_end` (YYYY or YYYY-MM): statistics of a
// month are released on its last day (a purchasing managers' index), and are then the month's.
bool is_last_day_of(std::string_view period_end, std::string_view date) {
  const auto number = [](std::string_view digits) {
    int value = -1;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
  };
  constexpr std::size_t kDateChars = 10;  // YYYY-MM-DD
  constexpr std::size_t kMonthChars = 7;  // YYYY-MM
  // The day must be in the period's last month: its year as well as its month.
  if (date.size() != kDateChars || period_end.size() > kMonthChars ||
      date.substr(0, 4) != period_end.substr(0, 4))
    return false;
  const int year = number(date.substr(0, 4));
  const int month = number(date.substr(5, 2));
  const int day = number(date.substr(8, 2));
  const int period_month = period_end.size() == kMonthChars ? number(period_end.substr(5, 2)) : 12;
  if (year < 0 || month < 1 || month > 12 || month != period_month) return false;
  const std::chrono::year_month_day_last last{std::chrono::year{year} /
                                              std::chrono::month{static_cast<unsigned>(month)} /
                                              std::chrono::last};
  return static_cast<int>(static_cast<unsigned>(last.day())) == day;
}

// Whether `date` (YYYY-MM-DD) falls inside `period` (2024, 2024-08, 2024-01..2024-09): a figure
// of a period not over when the article is written (8月份 told on the 23rd) is the part counted
// so far. A whole year counts only with `whole_years`.
bool period_open_on(const parser::PeriodForm& period, std::string_view date, bool whole_years) {
  if (period.kind != parser::PeriodKind::calendar) return false;
  const std::string_view first = period.first;
  const std::string_view last = period.last;
  constexpr std::size_t kMonthChars = 7;  // YYYY-MM
  if ((!whole_years && last.size() < kMonthChars) || date.size() < first.size() ||
      date.size() < last.size())
    return false;
  return date.substr(0, first.size()) >= first && date.substr(0, last.size()) <= last &&
         !is_last_day_of(last, date);
}

// A running total is as of the day it was told, unless its words name that day (截至…), a span
// of whole years before it (近十年累计) or a span of the calendar over by then (1—6月累计开行 is
// the half-year's total; 截至10月累计 names only the month it runs to); a level told without a date
// of its own is too. So is a figure of a period not over on the article's day: a measure or a sum
// named with its year in the year's course (2023年早稻产量 told in August) is mostly of a season
// already over, a count of things (15部精品节目) of the event that tells it, or the year so far.
bool as_of_its_day(const ClaimRef& ref) {
  const parser::Claim& claim = *ref.claim;
  const auto date = ref.document->date();
  const parser::PeriodForm& period = claim.period_form;
  if (claim.basis == parser::Basis::running_total) {
    if (period.kind == parser::PeriodKind::as_of || period.kind == parser::PeriodKind::last)
      return false;
    constexpr std::size_t kYearChars = 4;
    const bool names_a_span = period.first != period.last || period.first.size() == kYearChars;
    if (period.kind == parser::PeriodKind::calendar && names_a_span)
      return date && period_open_on(period, *date, true);
    return true;
  }
  if (claim.basis == parser::Basis::stock && claim.period_source != TimeSource::stated &&
      claim.period_source != TimeSource::paragraph)
    return true;
  const bool whole_years = claim.kind == parser::ClaimKind::count;
  return claim.modality == parser::Modality::actual && date &&
         period_open_on(period, *date, whole_years);
}

}  // namespace

Precision key_precision(const parser::Claim& claim) {
  return std::min({entity_precision(claim.entity_source), time_precision(claim.period_source),
                   metric_precision(claim)});
}

std::string fact_scope(const ClaimRef& ref) {
  const parser::Claim& claim = *ref.claim;
  // A phrase's population is part of its key (population_in_key).
  std::string scope = measures_a_lexicon_metric(claim) ? claim.population : std::string();
  scope += '\x1f';
  scope += claim.event;
  scope += '\x1f';
  scope += claim.basis == parser::Basis::daily ? "daily" : "";
  scope += '\x1f';
  if (as_of_its_day(ref)) scope += ref.document->date().value_or("undated");
  return scope;
}

Precision findings_precision(std::span<const ClaimRef* const> claims) {
  Precision precision = Precision::high;
  for (const ClaimRef* ref : claims) precision = std::min(precision, key_precision(*ref->claim));
  const auto same_document = [&](const ClaimRef* ref) {
    return ref->document == claims.front()->document;
  };
  if (std::all_of(claims.begin(), claims.end(), same_document))
    precision = std::min(precision, Precision::medium);
  return precision;
}

}  // namespace figcheck::checker
