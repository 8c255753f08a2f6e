// Definition of the period rule. Included only by period.cpp.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/grammar/numeral.hpp"
#include "parser/grammar/period.hpp"

namespace figcheck::parser::grammar {

namespace rules {

// Digits of a year written digit by digit: 2024, 二〇二五, 一九五七, 二００一 (folded to 二00一).
struct year_digit_table : x3::symbols<int> {
  year_digit_table() {
    const char* const chinese[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int d = 0; d < 10; ++d) {
      add(chinese[d], d);
      add(std::string(1, static_cast<char>('0' + d)), d);
    }
    add("零", 0)("○", 0)("Ｏ", 0);
  }
} const year_digit;

// Quarters of a year as month ranges.
struct quarter_table : x3::symbols<int> {
  quarter_table() { add("一", 1)("二", 2)("三", 3)("四", 4)("1", 1)("2", 2)("3", 3)("4", 4); }
} const quarter_number;

auto const ascii_digit = x3::char_('0', '9');
auto const range_separator = x3::lit("至") | "到" | "—" | "–" | "-" | "~" | "～";

auto const push_year_digit = [](auto& ctx) { x3::_val(ctx) = x3::_val(ctx) * 10 + x3::_attr(ctx); };
// A four-digit year from 1000 to 2999; Arabic ones only from 1900 to 2100, since 1000年 is
// more often a duration than a date.
auto const check_year = [](auto& ctx) {
  const int y = x3::_val(ctx);
  x3::_pass(ctx) = y >= 1000 && y <= 2999;
};
auto const whole_number = [](int low, int high) {
  return [low, high](auto& ctx) {
    const Numeral& n = x3::_attr(ctx);
    // Bounds first: converting a double outside int's range is undefined behaviour.
    const bool in_range = n.value >= low && n.value <= high;
    const bool whole = in_range && n.value == static_cast<double>(static_cast<int>(n.value));
    x3::_pass(ctx) = whole && n.more_than_width == 0;
    if (x3::_pass(ctx)) x3::_val(ctx) = static_cast<int>(n.value);
  };
};
auto const assign_int = [](int PeriodAst::*field) {
  return [field](auto& ctx) { x3::_val(ctx).*field = x3::_attr(ctx); };
};
auto const set_flag = [](bool PeriodAst::*field) {
  return [field](auto& ctx) { x3::_val(ctx).*field = true; };
};
auto const set_months = [](int from, int to) {
  return [from, to](auto& ctx) {
    x3::_val(ctx).month_from = from;
    x3::_val(ctx).month_to = to;
  };
};
auto const set_quarter = [](auto& ctx) {
  const int q = x3::_attr(ctx);
  x3::_val(ctx).month_from = 3 * q - 2;
  x3::_val(ctx).month_to = 3 * q;
};
auto const set_first_quarters = [](auto& ctx) {
  x3::_val(ctx).month_from = 1;
  x3::_val(ctx).month_to = 3 * x3::_attr(ctx);
};
auto const set_first_months = [](auto& ctx) {
  x3::_val(ctx).month_from = 1;
  x3::_val(ctx).month_to = x3::_attr(ctx);
};
auto const single_month = [](auto& ctx) {
  PeriodAst& p = x3::_val(ctx);
  if (p.month_to == 0) p.month_to = p.month_from;
};
auto const year_range_end = [](auto& ctx) {
  PeriodAst& p = x3::_val(ctx);
  p.year_to = x3::_attr(ctx);
  x3::_pass(ctx) = p.year_to > p.year;
};

numeral_type const numeral = "numeral";
x3::rule<class year_number_class, int> const year_number = "year_number";
x3::rule<class month_number_class, int> const month_number = "month_number";
x3::rule<class day_number_class, int> const day_number = "day_number";
x3::rule<class small_count_class, int> const small_count = "small_count";
period_type const period = "period";

auto const reset_number = [](auto& ctx) { x3::_val(ctx) = 0; };
auto const year_number_def =
    (x3::eps[reset_number] >>
     &(ascii_digit >> ascii_digit >> ascii_digit >> ascii_digit >> !ascii_digit) >>
     x3::repeat(4)[year_digit[push_year_digit]] >> x3::eps[([](auto& ctx) {
       const int y = x3::_val(ctx);
       x3::_pass(ctx) = y >= 1900 && y <= 2100;
     })]) |
    (x3::eps[reset_number] >> !ascii_digit >> x3::repeat(4)[year_digit[push_year_digit]] >>
     !year_digit >> x3::eps[check_year]);
auto const month_number_def = numeral[whole_number(1, 12)];
auto const day_number_def = numeral[whole_number(1, 31)];
auto const small_count_def = numeral[whole_number(1, 12)];

// 一季度, 第三季度, 前三季度, 上半年, 全年, 1—9月, 前10个月, 6月份, 6月28日.
auto const quarter_part =
    (-x3::lit("第") >> quarter_number[set_quarter] >> "季度") |
    (x3::lit("前") >> small_count[set_first_quarters] >> -x3::lit("个") >> "季度") |
    x3::lit("上半年")[set_months(1, 6)] | x3::lit("下半年")[set_months(7, 12)] | x3::lit("全年") |
    (x3::lit("前") >> small_count[set_first_months] >> "个月");
auto const clear_months = [](auto& ctx) {
  x3::_val(ctx).month_from = x3::_val(ctx).month_to = x3::_val(ctx).day = 0;
};
auto const month_part =
    x3::eps[clear_months] >> month_number[assign_int(&PeriodAst::month_from)] >>
    -(range_separator >> month_number[assign_int(&PeriodAst::month_to)]) >> x3::lit("月") >>
    !x3::lit("份额") >> -x3::lit("份") >> x3::eps[single_month] >>
    -(day_number[assign_int(&PeriodAst::day)] >> (x3::lit("日") | "号"));
// 三年前, 两年后: a point in time counted from now.
auto const years_from_now = small_count >> "年" >> (x3::lit("前") | "后" | "以前" | "以后");
auto const year_suffix = x3::lit("年底")[set_flag(&PeriodAst::year_end)] |
                         x3::lit("年末")[set_flag(&PeriodAst::year_end)] |
                         x3::lit("年初")[set_flag(&PeriodAst::year_start)] | x3::lit("年度") |
                         x3::lit("年内") | x3::lit("年");

auto const dated = year_number[assign_int(&PeriodAst::year)] >>
                   ((-x3::lit("年") >> range_separator >> year_number[year_range_end] >> "年") |
                    (year_suffix >> (quarter_part | month_part | x3::eps[clear_months])));
auto const iso_date = year_number[assign_int(&PeriodAst::year)] >> '-' >>
                      month_number[assign_int(&PeriodAst::month_from)] >> '-' >>
                      day_number[assign_int(&PeriodAst::day)] >> x3::eps[single_month];
auto const recent =
    (x3::lit("近") >> small_count[assign_int(&PeriodAst::recent_years)] >> "年" >>
     -(x3::lit("以来") | "来")) |
    ((x3::lit("过去") | "以往") >> small_count[assign_int(&PeriodAst::recent_years)] >> "年") |
    ((x3::lit("未来") | "今后" | "后续") >> small_count[assign_int(&PeriodAst::coming_years)] >>
     "年") |
    (small_count[assign_int(&PeriodAst::recent_years)] >> "年" >> (x3::lit("以来") | "来"));
// 50年代, 90年代: a decade of the last century.
auto const decade = (ascii_digit >> '0' >> x3::lit("年代"))[set_flag(&PeriodAst::decade)];

// Each alternative starts from a clean attribute: a failed one may have written fields.
auto const reset_period = [](auto& ctx) { x3::_val(ctx) = PeriodAst{}; };
auto const fresh = x3::eps[reset_period];
auto const period_def = (fresh >> iso_date) | (fresh >> dated) | (fresh >> recent) |
                        (fresh >> decade) | (fresh >> years_from_now) | (fresh >> quarter_part) |
                        (fresh >> month_part);

BOOST_SPIRIT_DEFINE(year_number, month_number, day_number, small_count, period)

}  // namespace rules

}  // namespace figcheck::parser::grammar
