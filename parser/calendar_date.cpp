#include "parser/calendar_date.hpp"

#include <charconv>
#include <chrono>

namespace figcheck::parser {

bool is_calendar_date(std::string_view text) {
  constexpr std::size_t kDateChars = 10;  // YYYY-MM-DD
  if (text.size() != kDateChars || text[4] != '-' || text[7] != '-') return false;
  const auto number = [&](std::size_t at, std::size_t length, int& value) {
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, value);
    return error == std::errc{} && end == text.data() + at + length;
  };
  int year = 0;
  int month = 0;
  int day = 0;
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day) || month < 1 || day < 1)
    return false;
  return std::chrono::year_month_day{std::chrono::year{year},
                                     std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}}
      .ok();
}

}  // namespace figcheck::parser
