// Declaration of the numeral rule: Arabic, full-width (already folded), Chinese and mixed
// numerals such as 241.3, 1,182, 九万五千九百三十三, 1.35万亿, 11万余, 二十几万.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/grammar/numeral_ast.hpp"

namespace figcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct numeral_class;
using numeral_type = x3::rule<numeral_class, Numeral>;
BOOST_SPIRIT_DECLARE(numeral_type)
}  // namespace rules

// Accessor for other grammars (calc9 style): they never include numeral_def.hpp.
rules::numeral_type const& numeral();

}  // namespace figcheck::parser::grammar
