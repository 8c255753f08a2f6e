// Words that name a time relative to the article's date.
#pragma once

#include <span>
#include <string_view>

namespace figcheck::parser::words {

struct RelativeTimeRow {
  std::string_view word;
  int year_offset;  // from the article's year
  bool present;     // 目前: now, not a year
  std::string_view example;
  bool counts_months = false;  // 上个月: the offset counts months from the article's month
};

std::span<const RelativeTimeRow> relative_time_rows();

}  // namespace figcheck::parser::words
