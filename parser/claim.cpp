#include "parser/claim.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>

namespace figcheck::parser {

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::money:
      return "money";
    case ClaimKind::percent:
      return "percent";
    case ClaimKind::percentage_point:
      return "percentage_point";
    case ClaimKind::count:
      return "count";
    case ClaimKind::measure:
      return "measure";
    case ClaimKind::multiple:
      return "multiple";
    case ClaimKind::fraction:
      return "fraction";
    case ClaimKind::number:
      return "number";
  }
  return "number";
}

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::exact:
      return "exact";
    case Qualifier::over:
      return "over";
    case Qualifier::more_than_stated:
      return "more_than_stated";
    case Qualifier::approx:
      return "approx";
    case Qualifier::nearly:
      return "nearly";
    case Qualifier::under:
      return "under";
    case Qualifier::at_most:
      return "at_most";
    case Qualifier::at_least:
      return "at_least";
    case Qualifier::range:
      return "range";
    case Qualifier::ambiguous:
      return "ambiguous";
  }
  return "exact";
}

std::string_view to_string(Modality modality) {
  switch (modality) {
    case Modality::actual:
      return "actual";
    case Modality::target:
      return "target";
    case Modality::forecast:
      return "forecast";
    case Modality::threshold:
      return "threshold";
  }
  return "actual";
}

std::string_view to_string(Role role) {
  switch (role) {
    case Role::value:
      return "value";
    case Role::share:
      return "share";
    case Role::change:
      return "change";
    case Role::change_from:
      return "change_from";
    case Role::subset:
      return "subset";
    case Role::respectively:
      return "respectively";
  }
  return "value";
}

std::string_view to_string(EntitySource source) {
  switch (source) {
    case EntitySource::clause:
      return "clause";
    case EntitySource::sentence:
      return "sentence";
    case EntitySource::paragraph:
      return "paragraph";
    case EntitySource::subject:
      return "subject";
    case EntitySource::prevailing:
      return "prevailing";
    case EntitySource::none:
      return "none";
  }
  return "none";
}

std::string_view to_string(TimeSource source) {
  switch (source) {
    case TimeSource::stated:
      return "stated";
    case TimeSource::paragraph:
      return "paragraph";
    case TimeSource::article_top:
      return "article_top";
    case TimeSource::article_date:
      return "article_date";
    case TimeSource::none:
      return "none";
  }
  return "none";
}

std::string_view to_string(Basis basis) {
  switch (basis) {
    case Basis::flow:
      return "flow";
    case Basis::stock:
      return "stock";
    case Basis::running_total:
      return "running_total";
    case Basis::daily:
      return "daily";
    case Basis::unknown:
      return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Aspect aspect) {
  switch (aspect) {
    case Aspect::level:
      return "level";
    case Aspect::growth_rate:
      return "growth_rate";
    case Aspect::change_pp:
      return "change_pp";
    case Aspect::change_amount:
      return "change_amount";
    case Aspect::start_value:
      return "start_value";
    case Aspect::share:
      return "share";
  }
  return "level";
}

std::string whole_text(const Claim& claim) {
  if (!claim.whole) return {};
  return claim.whole->entity + ":" + claim.whole->metric;
}

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY, YYYY-MM or YYYY-MM-DD.
bool is_calendar_part(std::string_view part) {
  if (part.size() == 4) return all_digits(part);
  if (part.size() == 7)
    return all_digits(part.substr(0, 4)) && part[4] == '-' && all_digits(part.substr(5, 2));
  return part.size() == 10 && is_calendar_part(part.substr(0, 7)) && part[7] == '-' &&
         all_digits(part.substr(8, 2));
}

// Whether a day YYYY-MM-DD is in the calendar; a month, a year, or the year 0000 (a year the
// text did not give) always is.
bool day_exists(std::string_view part) {
  if (part.size() != 10) return true;
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  std::from_chars(part.data(), part.data() + 4, year);
  std::from_chars(part.data() + 5, part.data() + 7, month);
  std::from_chars(part.data() + 8, part.data() + 10, day);
  if (year == 0) return true;
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                     std::chrono::day{day}}
      .ok();
}

}  // namespace

PeriodForm period_form(std::string_view period) {
  PeriodForm form;
  if (period.empty()) return form;
  const auto starts = [&](std::string_view prefix, PeriodKind kind) {
    if (!period.starts_with(prefix)) return false;
    form.kind = kind;
    return true;
  };
  if (starts("as-of-", PeriodKind::as_of)) {
    form.first = form.last = std::string(period.substr(std::string_view("as-of-").size()));
    return form;
  }
  if (starts("since-", PeriodKind::since) || starts("last-", PeriodKind::last) ||
      starts("next-", PeriodKind::next))
    return form;
  const std::size_t dots = period.find("..");
  const std::string_view first = period.substr(0, dots);
  const std::string_view last = dots == std::string_view::npos ? first : period.substr(dots + 2);
  if (!is_calendar_part(first) || !is_calendar_part(last)) {
    form.kind = PeriodKind::other;
    return form;
  }
  form.kind = PeriodKind::calendar;
  form.first = std::string(first);
  form.last = std::string(last);
  form.exists = first != last || day_exists(first);
  return form;
}

bool adds_up(const Claim& claim) {
  return (claim.kind == ClaimKind::count || claim.kind == ClaimKind::money ||
          claim.kind == ClaimKind::measure) &&
         !claim.signed_sum && claim.unit != "age";
}

}  // namespace figcheck::parser
