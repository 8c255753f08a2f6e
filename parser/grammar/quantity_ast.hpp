// What the quantity grammar reads at a numeral: the number, an optional range end, the unit and
// the qualifier words written after it. Plain types: no Spirit here.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "parser/claim.hpp"
#include "parser/grammar/numeral_ast.hpp"

namespace figcheck::parser::grammar {

struct UnitInfo {
  ClaimKind kind = ClaimKind::number;
  std::string_view unit;        // CNY, percent, pp, count, km2 ...
  std::string_view classifier;  // the measure word of a count
  double scale = 1;             // 成 = 10 percent, 打 = 12
};

enum class QuantityForm : std::uint8_t {
  plain,       // numeral + unit
  percent_of,  // 百分之十五, 千分之三 (scale in `unit.scale`)
  fraction,    // 三分之一, 1/3
  doubling,    // 翻番, 翻两番
};

struct QuantityAst {
  QuantityForm form = QuantityForm::plain;
  Numeral number;
  std::optional<Numeral> second;    // range end, or a fraction's numerator
  std::optional<Numeral> whole;     // 三又三分之一, 1 4/3: the whole number before a fraction
  bool negative_numerator = false;  // 负3分之负157
  bool first_has_unit = false;      // 10%—20%: both ends carry the unit
  UnitInfo unit;
  std::string_view per_unit;            // 元/股 -> share
  Qualifier suffix = Qualifier::exact;  // 以上, 左右, 以内 ... written after the unit
};

}  // namespace figcheck::parser::grammar
