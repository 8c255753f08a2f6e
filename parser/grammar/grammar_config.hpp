// The one iterator and context type every grammar is instantiated for (BOOST_SPIRIT_INSTANTIATE).
#pragma once

#include <boost/spirit/home/x3/support/unused.hpp>

namespace figcheck::parser::grammar {

using iterator_type = const char*;
using context_type = boost::spirit::x3::unused_type;

}  // namespace figcheck::parser::grammar
