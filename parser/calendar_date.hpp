// Dates as figcheck takes them in (--date, front matter, an archive's "date", .figcheck.yaml):
// YYYY-MM-DD naming a day the calendar has.
#pragma once

#include <string_view>

namespace figcheck::parser {

// Whether `text` is YYYY-MM-DD and that day exists (2024-02-29 does, 2023-02-29 and 2024-13-45
// do not).
bool is_calendar_date(std::string_view text);

}  // namespace figcheck::parser
