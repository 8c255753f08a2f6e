// Declaration of the set-phrase rule: the longest word or set phrase from the lexicon.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace figcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

namespace rules {
struct set_phrase_class;
using set_phrase_type = x3::rule<set_phrase_class>;
BOOST_SPIRIT_DECLARE(set_phrase_type)
}  // namespace rules

}  // namespace figcheck::parser::grammar
