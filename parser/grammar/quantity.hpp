// Declaration of the quantity rule: a numeral with what is written after it (unit, range end,
// 以上/左右), or a form of its own (百分之十五, 三分之一, 1/3, 翻两番).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/grammar/quantity_ast.hpp"

namespace figcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct quantity_class;
using quantity_type = x3::rule<quantity_class, QuantityAst>;
BOOST_SPIRIT_DECLARE(quantity_type)
}  // namespace rules

rules::quantity_type const& quantity();

}  // namespace figcheck::parser::grammar
