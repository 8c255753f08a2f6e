#include "parser/attribution/year_in_force.hpp"

#include <fmt/format.h>

#include <charconv>

#include "parser/attribution/time_marks.hpp"

namespace figcheck::parser {

YearInForce::YearInForce(std::string_view text, const std::optional<std::string>& date)
    : text_(text), article_year_(year_of(date)) {
  constexpr std::size_t kMonthAt = 5;  // YYYY-MM-DD
  if (article_year_ && date->size() >= kMonthAt + 2)
    std::from_chars(date->data() + kMonthAt, date->data() + kMonthAt + 2, article_month_);
}

void YearInForce::written(std::string_view year, std::size_t at) {
  year_ = std::string(year);
  in_paragraph_ = true;
  scanned_to_ = at;
}

std::optional<std::string> YearInForce::at(std::size_t position, int last_month) {
  if (in_paragraph_ && article_year_ && position > scanned_to_) {
    in_paragraph_ =
        text_.substr(scanned_to_, position - scanned_to_).find('\n') == std::string_view::npos;
    scanned_to_ = position;
  }
  if (!article_year_) return year_;
  const bool not_begun = article_month_ > 0 && last_month > article_month_;
  if (year_ && (in_paragraph_ || not_begun)) return year_;
  return fmt::format("{}", *article_year_);
}

int last_month_of(std::string_view canonical) {
  const std::size_t range = canonical.rfind("..");
  const std::string_view last =
      range == std::string_view::npos ? canonical : canonical.substr(range + 2);
  constexpr std::size_t kMonthAt = 5;  // XXXX-MM
  if (last.size() < kMonthAt + 2 || last[kMonthAt - 1] != '-') return 0;
  int month = 0;
  std::from_chars(last.data() + kMonthAt, last.data() + kMonthAt + 2, month);
  return month;
}

}  // namespace figcheck::parser
