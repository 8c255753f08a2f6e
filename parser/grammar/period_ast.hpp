// What the period grammar reads: years, months, days, quarters, halves, ranges and "the last N
// years". Zero means "not written". Plain types: no Spirit here.
#pragma once

#include <string>

namespace figcheck::parser::grammar {

struct PeriodAst {
  int year = 0;
  int year_to = 0;  // 2025—2027年
  int month_from = 0;
  int month_to = 0;  // 1—9月, 前三季度 (1..9)
  int day = 0;
  bool year_end = false;    // 年底, 年末
  bool year_start = false;  // 年初
  int recent_years = 0;     // 近三年, 三年来, 过去五年
  int coming_years = 0;     // 未来三年, 今后五年
  bool decade = false;      // 50年代
};

// A stable text form: 2024, 2025-06, 2023-07-28, 2025-01..2025-09, 2025..2027,
// 2024-12-31 (年底), last-3-years. An unknown year is written XXXX.
std::string canonical_period(const PeriodAst& period);

}  // namespace figcheck::parser::grammar
