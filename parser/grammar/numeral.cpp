// Instantiation of the numeral rule, and its plain entry point.
#include "parser/grammar/numeral.hpp"

#include "parser/grammar/grammar_config.hpp"
#include "parser/grammar/numeral_def.hpp"
#include "parser/grammar/parsers.hpp"

namespace figcheck::parser::grammar {

namespace rules {
BOOST_SPIRIT_INSTANTIATE(numeral_type, iterator_type, context_type)
}  // namespace rules

rules::numeral_type const& numeral() {
  return rules::numeral;
}

std::optional<ParsedNumeral> parse_numeral(std::string_view text) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  Numeral result;
  if (!x3::parse(first, last, rules::numeral, result)) return std::nullopt;
  return ParsedNumeral{result, static_cast<std::size_t>(first - text.data())};
}

}  // namespace figcheck::parser::grammar
