// Words that make or point at entity names, with the level of place or body they name.
#pragma once

#include <span>
#include <string_view>

#include "parser/attribution/lexicon.hpp"

namespace figcheck::parser::words {

// A word that ends the name of a body or place; the name runs back from it.
struct NameSuffixRow {
  std::string_view word;
  EntityLevel level;
  bool single_character;  // 市, 省, 县: a name only with 2–4 characters before it
  std::string_view example;
};

// A word that refers to an entity named before (该区, 全市) at its level.
struct ReferenceRow {
  std::string_view word;
  EntityLevel level;
  std::string_view example;
};

std::span<const NameSuffixRow> name_suffix_rows();
std::span<const ReferenceRow> reference_rows();

}  // namespace figcheck::parser::words
