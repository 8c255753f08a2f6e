// Declaration of the period rule: 2024年, 2025年6月, 2023年7月28日, 2025年前三季度, 1—9月,
// 上半年, 二〇二五年, 2025—2027年, 近三年.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/grammar/period_ast.hpp"

namespace figcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct period_class;
using period_type = x3::rule<period_class, PeriodAst>;
BOOST_SPIRIT_DECLARE(period_type)
}  // namespace rules

rules::period_type const& period();

}  // namespace figcheck::parser::grammar
