// Plain entry points to the X3 grammars. Code outside parser/grammar includes this, never Spirit.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/numeral_ast.hpp"
#include "parser/grammar/period_ast.hpp"
#include "parser/grammar/quantity_ast.hpp"

namespace figcheck::parser::grammar {

template <typename T>
struct Parsed {
  T value;
  std::size_t length;  // bytes consumed from the start of the text
};

using ParsedNumeral = Parsed<Numeral>;
using ParsedQuantity = Parsed<QuantityAst>;
using ParsedPeriod = Parsed<PeriodAst>;

// Each reads from the start of `text` (which may run on past what it reads).
std::optional<ParsedNumeral> parse_numeral(std::string_view text);
std::optional<ParsedQuantity> parse_quantity(std::string_view text);
std::optional<ParsedPeriod> parse_period(std::string_view text);

// Length in bytes of the longest set phrase (一体化, 万家灯火, 十四五 …) at the start of `text`,
// 0 when none starts there.
std::size_t match_set_phrase(std::string_view text);

}  // namespace figcheck::parser::grammar
