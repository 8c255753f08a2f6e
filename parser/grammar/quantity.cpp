// Instantiation of the quantity rule, and its plain entry point.
#include "parser/grammar/quantity.hpp"

#include "parser/grammar/grammar_config.hpp"
#include "parser/grammar/numeral_memo.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/grammar/quantity_def.hpp"

namespace figcheck::parser::grammar {

namespace rules {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
}  // namespace rules

rules::quantity_type const& quantity() {
  return rules::quantity;
}

std::optional<ParsedQuantity> parse_quantity(std::string_view text) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  QuantityAst result;
  const NumeralMemoScope memo;
  if (!x3::parse(first, last, rules::quantity, result)) return std::nullopt;
  return ParsedQuantity{result, static_cast<std::size_t>(first - text.data())};
}

}  // namespace figcheck::parser::grammar
