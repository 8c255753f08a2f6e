// What the text around a numeral says about it: a qualifier or currency written before it, and
// whether it is a code (TW50, “5616”), an ordinal (第一批), an identifier (6号线), a session
// (十四届), part of a set phrase (一体化) or of a name (三年攻坚行动) rather than a figure.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::parser {

struct PrefixQualifier {
  Qualifier qualifier = Qualifier::exact;
  std::size_t begin = 0;  // where the word starts
  bool in_span = true;
  std::string_view surface;
};

// The longest qualifier word that ends right at `position` (超过, 近, 约, 达 …).
std::optional<PrefixQualifier> prefix_qualifier_before(std::string_view text, std::size_t position);

struct CurrencyPrefix {
  std::string_view code;  // CNY, USD ...
  std::size_t begin = 0;
};
// $20, US$5, ￥300, 人民币5000
std::optional<CurrencyPrefix> currency_prefix_before(std::string_view text, std::size_t position);

// 负32, -3.9%: a sign written before the number (a hyphen after a letter or digit is no sign).
std::optional<std::size_t> sign_before(std::string_view text, std::size_t position);

enum class PrefixMark {
  none,
  ordinal,        // 第一批, 第四
  rate,           // 每万人, 每100元: a denominator, not a figure
  demonstrative,  // 这三年: a reference back, not a figure
  rank,           // 前三, 前10强
};
// Whether `position` lies inside a numeral that 第 opens (第一百三十一次: 百三十一 is no figure of
// its own).
bool continues_an_ordinal(std::string_view text, std::size_t position);

PrefixMark prefix_mark_before(std::string_view text, std::size_t position);

// An ASCII letter right before the number (TW50, T3, EH216), or a hyphen after one (IL-1β).
bool preceded_by_code_character(std::string_view text, std::size_t position);
// An ASCII letter or digit or a Greek letter right after the figure (5G, 4K, 1β).
bool followed_by_code_character(std::string_view text, std::size_t position);
// The end of the code (letters, digits, - _ .) that runs through `position`.
std::size_t code_run_end(std::string_view text, std::size_t position);

// Whether [begin, end) stands inside a short quotation (“5616”, ‘百人突破’): a name or code.
bool inside_short_quote(std::string_view text, std::size_t begin, std::size_t end);

// The end of a set phrase (一体化, 万家灯火, 十四五) that covers `position`, or 0.
std::size_t set_phrase_end_covering(std::string_view text, std::size_t position);

enum class SuffixMark {
  none,
  identifier,  // 6号线, 100强, 二等奖, 3级, 2型: names or ranks things
  session,     // 十四届, 七次全会
  name,        // 三年攻坚行动: part of a programme's name
  decade,      // 九十年代
};
// What follows a figure of `kind` ending at `end`.
SuffixMark suffix_mark_after(std::string_view text, std::size_t end, ClaimKind kind,
                             std::string_view unit, std::string_view classifier);

// Whether 以上/以下 at the end of a figure is followed by what it bounds (5000万元以上项目,
// 2000万元以上的企业): the figure is then a threshold, not a value.
bool bounds_a_noun(std::string_view text, std::size_t end);

}  // namespace figcheck::parser
