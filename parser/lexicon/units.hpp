// The words written after a number: currencies, classifiers, measures. One row per surface form;
// extend the table in units.cpp, the grammar picks rows up by longest match (万亿元 before 亿元).
#pragma once

#include <span>
#include <string_view>

#include "parser/grammar/quantity_ast.hpp"

namespace figcheck::parser::lexicon {

struct UnitEntry {
  std::string_view surface;
  grammar::UnitInfo info;
};

std::span<const UnitEntry> unit_entries();

// What may follow a money unit after a slash (元/股): the thing priced.
struct PerUnitEntry {
  std::string_view surface;
  std::string_view unit;
};
std::span<const PerUnitEntry> per_unit_entries();

}  // namespace figcheck::parser::lexicon
