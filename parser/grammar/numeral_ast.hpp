// What the numeral grammar reads: a run of tokens (Arabic numbers, Chinese digits and units,
// 余/多/几), and the number they make. Plain types: no Spirit here.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace figcheck::parser::grammar {

enum class NumeralTokenType : std::uint8_t {
  digit,       // 一..九, 两, 壹..玖: value 1..9
  zero,        // 零, 〇
  half,        // 半 (半百 = 50)
  small_unit,  // 十 百 千 (拾 佰 仟)
  big_unit,    // 万 亿 兆 (萬 億)
  arabic,      // 241.3, 1,182: value and step (0.1 for one decimal)
  point,       // 点: Chinese decimal point
  more_than,   // 余, 多 after a numeral: "more than", as wide as the last non-zero place
  some_digit,  // 几: an unknown digit
};

struct NumeralToken {
  NumeralTokenType type = NumeralTokenType::digit;
  double value = 0;
  double step = 1;
  bool in_digit_string = true;  // 两 never stands in a digit-by-digit number (两两 is not 22)
};

struct Numeral {
  double value = 0;
  double step = 1;                 // place value of the last written digit (241.3 -> 0.1)
  double more_than_width = 0;      // 11万余 -> 1万: the value lies in (value, value + width)
  bool chinese = false;            // at least one Chinese numeral token
  bool starts_with_unit = false;   // 百, 万, 千亿 with no digit before: "近万", "百余项"
  bool overflow = false;           // beyond what a news figure can be (99999亿亿, 40 digits)
  int significant_digits = 0;      // 241.3 -> 4, 1200 -> 2
  double trailing_multiplier = 1;  // 万, 亿 written after the last digit: 九百亿 -> 1e8
};

// Folds the tokens into a number; empty when they do not make one (十十, 二三百).
std::optional<Numeral> evaluate_numeral(std::span<const NumeralToken> tokens);

// An Arabic number as written ("601,293.11"): its value and the step of its last digit.
std::optional<NumeralToken> read_arabic(const char* first, const char* last);

}  // namespace figcheck::parser::grammar
