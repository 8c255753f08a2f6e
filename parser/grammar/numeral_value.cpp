#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "parser/grammar/numeral_ast.hpp"
#include "parser/interval.hpp"

namespace figcheck::parser::grammar {

namespace {

// Figures beyond this are typos or hostile input, not news; they are flagged, never trusted.
constexpr double kLargestFigure = 1e18;

int significant_digits(double value, double step) {
  if (value <= 0 || step <= 0) return value == 0 ? 1 : 0;
  const double scaled = std::round(value / step);
  if (!(scaled < 1e18)) return 18;
  auto n = static_cast<long long>(scaled);
  int digits = 0;
  int trailing_zeros = 0;
  bool counting_trailing = true;
  while (n > 0) {
    const long long d = n % 10;
    if (counting_trailing && d == 0) {
      ++trailing_zeros;
    } else {
      counting_trailing = false;
    }
    ++digits;
    n /= 10;
  }
  return digits - trailing_zeros;
}

// 612.8 × 1e8 is 61279999999.99999 in binary; a figure is exact to its last written digit.
double round_to_step(double value, double step) {
  if (!(step > 0) || !std::isfinite(value) || value > kLargestFigure) return value;
  if (step >= 1) return std::round(value / step) * step;
  const double inverse = std::round(1 / step);
  return std::round(value * inverse) / inverse;
}

// Evaluates a structured Chinese numeral, possibly with Arabic parts (5万4千6百, 1.35万亿).
class NumeralFolder {
 public:
  bool feed(const NumeralToken& t) {
    switch (t.type) {
      case NumeralTokenType::digit:
      case NumeralTokenType::half:
      case NumeralTokenType::arabic:
        if (after_point_) return decimal_digit(t);
        if (has_pending_) return false;  // two digits in a row: 二三百 is not a number
        // 3万4000, 1万600: an Arabic number of several digits after a unit is written out in
        // full (4000, 600), never an abbreviated next place as 一万三 is; and it must fit below.
        pending_literal_ =
            t.type == NumeralTokenType::arabic && (t.value >= 10 || t.step < 1) && last_unit_ > 1;
        if (pending_literal_ && t.value >= last_unit_) return false;
        set_pending(t.value);
        trailing_multiplier_ = 1;
        last_digit_step_ = t.type == NumeralTokenType::arabic
                               ? t.step
                               : (t.type == NumeralTokenType::half ? 0.5 : 1.0);
        multiplier_after_last_digit_ = 1;
        saw_digit_ = true;
        return true;
      case NumeralTokenType::zero:
        if (after_point_) return decimal_digit(t);
        zero_since_unit_ = true;
        if (!saw_digit_) last_digit_step_ = 1;
        saw_digit_ = true;
        return !has_pending_;
      case NumeralTokenType::small_unit:
        return small_unit(t.value);
      case NumeralTokenType::big_unit:
        return big_unit(t.value);
      case NumeralTokenType::point:
        if (after_point_) return false;
        resolve_pending();  // 两千三点一 = 2300.1
        after_point_ = true;
        return true;
      case NumeralTokenType::more_than:
        if (more_than_width_ > 0 || after_point_) return false;
        more_than_width_ = last_nonzero_place(current_value(), current_step());
        return saw_digit_ || starts_with_unit_;
      case NumeralTokenType::some_digit:
        if (more_than_width_ > 0 || has_pending_) return false;
        // 二十几: one unknown digit below the last unit; 几十: an unknown leading digit.
        more_than_width_ = (saw_digit_ || starts_with_unit_) && last_unit_ > 1 && !zero_since_unit_
                               ? last_unit_
                               : 10;
        if (!saw_digit_ && !starts_with_unit_) {
          set_pending(1);
          last_digit_step_ = 1;
          multiplier_after_last_digit_ = 1;
          saw_digit_ = true;
          leading_some_ = true;
        }
        return true;
    }
    return false;
  }

  std::optional<Numeral> finish() {
    if (!saw_digit_ && !starts_with_unit_) return std::nullopt;
    Numeral n;
    resolve_pending();
    n.step = decimal_places_ > 0 ? std::pow(10.0, -decimal_places_) * decimal_scale_
                                 : last_digit_step_ * multiplier_after_last_digit_;
    n.value = round_to_step(total_ + section_ + decimals_, n.step);
    n.more_than_width = more_than_width_ * (more_than_width_ > 0 ? scale_after_more_than_ : 1);
    if (leading_some_) n.more_than_width = n.value * 9;  // 几十 lies in (10, 100)
    n.starts_with_unit = starts_with_unit_;
    n.overflow = !(n.value < kLargestFigure);
    n.significant_digits = significant_digits(n.value, n.step);
    n.trailing_multiplier = trailing_multiplier_;
    return n;
  }

 private:
  void set_pending(double value) {
    pending_value_ = value;
    has_pending_ = true;
  }

  // A digit left without a unit: the units digit, or, right after a unit, the abbreviated next
  // place (三千五 = 3500, 一万三 = 13000, 九十二万四 = 924000).
  void resolve_pending() {
    if (!has_pending_) return;
    if (after_point_ || zero_since_unit_ || last_unit_ <= 1 || pending_literal_) {
      section_ += pending_value_;
    } else {
      section_ += pending_value_ * (last_unit_ / 10);
      multiplier_after_last_digit_ = last_unit_ / 10;
    }
    has_pending_ = false;
  }

  double current_value() const { return total_ + section_ + (has_pending_ ? pending_value_ : 0); }
  double current_step() const { return last_digit_step_ * multiplier_after_last_digit_; }

  bool decimal_digit(const NumeralToken& t) {
    if (t.type == NumeralTokenType::arabic || t.type == NumeralTokenType::half) return false;
    ++decimal_places_;
    decimals_ +=
        (t.type == NumeralTokenType::zero ? 0 : t.value) * std::pow(10.0, -decimal_places_);
    return true;
  }

  bool small_unit(double unit) {
    if (after_point_) return false;
    if (!has_pending_) {
      // 十二, 百颗: a unit with no digit before it counts one of itself.
      if (saw_digit_ && !zero_since_unit_ && last_unit_ <= unit) return false;
      set_pending(1);
      last_digit_step_ = 1;
      multiplier_after_last_digit_ = 1;
      if (!saw_digit_) starts_with_unit_ = true;
      saw_digit_ = true;
    } else if (last_unit_ > 1 && last_unit_ <= unit && !zero_since_unit_ && section_ > 0) {
      return false;  // 三百五百
    }
    section_ += pending_value_ * unit;
    has_pending_ = false;
    trailing_multiplier_ = 1;
    multiplier_after_last_digit_ *= unit;
    last_unit_ = unit;
    zero_since_unit_ = false;
    if (more_than_width_ > 0) return false;  // 十余百 is not a number
    return true;
  }

  bool big_unit(double unit) {
    double section = section_ + (has_pending_ ? pending_value_ : 0) + decimals_;
    const bool had_pending = has_pending_ || decimal_places_ > 0;
    has_pending_ = false;
    if (section == 0 && !had_pending) {
      if (total_ == 0) {
        // 万, 千亿 with nothing before them: one of the unit.
        total_ = unit;
        starts_with_unit_ = !saw_digit_;
        last_digit_step_ = 1;
        multiplier_after_last_digit_ = unit;
      } else {
        total_ *= unit;  // 四万万, 1.35万亿
        multiplier_after_last_digit_ *= unit;
      }
    } else if (total_ < unit) {
      total_ = (total_ + section) * unit;
      multiplier_after_last_digit_ *= unit;
    } else {
      total_ += section * unit;
      multiplier_after_last_digit_ *= unit;
    }
    if (decimal_places_ > 0) {
      decimal_scale_ *= unit;
      decimals_ = 0;
    }
    if (more_than_width_ > 0) scale_after_more_than_ *= unit;
    trailing_multiplier_ *= unit;
    section_ = 0;
    last_unit_ = unit;
    zero_since_unit_ = false;
    after_point_ = false;
    return true;
  }

  double total_ = 0;
  double section_ = 0;
  // A digit read but not yet placed by a unit (GCC mis-warns on std::optional here).
  double pending_value_ = 0;
  bool has_pending_ = false;
  bool pending_literal_ = false;
  double last_unit_ = 0;
  double last_digit_step_ = 1;
  double multiplier_after_last_digit_ = 1;
  double more_than_width_ = 0;
  double scale_after_more_than_ = 1;
  double trailing_multiplier_ = 1;
  double decimals_ = 0;
  int decimal_places_ = 0;
  double decimal_scale_ = 1;
  bool after_point_ = false;
  bool zero_since_unit_ = false;
  bool saw_digit_ = false;
  bool starts_with_unit_ = false;
  bool leading_some_ = false;
};

bool is_string_digit(const NumeralToken& t) {
  return (t.type == NumeralTokenType::digit && t.in_digit_string) ||
         t.type == NumeralTokenType::zero;
}

// 二〇二五, 一二三, 一七二零点一: Chinese digits read one by one, as in years and codes, with
// digits after a 点 as decimals. Empty unless every token is such a digit (and at most one 点).
std::optional<Numeral> digit_string(std::span<const NumeralToken> tokens) {
  double value = 0;
  double step = 1;
  std::size_t integer_digits = 0;
  bool after_point = false;
  for (const NumeralToken& t : tokens) {
    if (t.type == NumeralTokenType::point && !after_point && integer_digits > 0) {
      after_point = true;
      continue;
    }
    if (!is_string_digit(t)) return std::nullopt;
    const double digit = t.type == NumeralTokenType::zero ? 0 : t.value;
    if (after_point) {
      step /= 10;
      value += digit * step;
    } else {
      value = value * 10 + digit;
      ++integer_digits;
    }
  }
  if (integer_digits < 2 || (after_point && step == 1)) return std::nullopt;
  Numeral n;
  n.value = round_to_step(value, step);
  n.step = step;
  n.significant_digits = significant_digits(n.value, step);
  return n;
}

// 二三十, 三五百, 八九亿: two digits before a unit give a rough range (20 to 30). The value is
// the low end and the width reaches the high end.
std::optional<Numeral> rough_range(std::span<const NumeralToken> tokens) {
  if (tokens.size() < 3 || tokens[0].type != NumeralTokenType::digit ||
      tokens[1].type != NumeralTokenType::digit ||
      (tokens[2].type != NumeralTokenType::small_unit &&
       tokens[2].type != NumeralTokenType::big_unit) ||
      tokens[0].value >= tokens[1].value)
    return std::nullopt;
  NumeralFolder high_folder;
  for (const NumeralToken& t : tokens.subspan(1))
    if (!high_folder.feed(t)) return std::nullopt;
  auto high = high_folder.finish();
  if (!high) return std::nullopt;
  Numeral low = *high;
  const double place = high->value / tokens[1].value;
  if (std::fabs(place - std::round(place)) > 1e-9 * place) return std::nullopt;  // 二三十五
  low.value = tokens[0].value * place;
  low.more_than_width = high->value - low.value;
  low.significant_digits = 1;
  return low;
}

}  // namespace

std::optional<Numeral> evaluate_numeral(std::span<const NumeralToken> tokens) {
  if (tokens.empty()) return std::nullopt;
  if (auto rough = rough_range(tokens)) {
    rough->chinese = true;
    return rough;
  }
  bool chinese = false;
  for (const NumeralToken& t : tokens) chinese = chinese || t.type != NumeralTokenType::arabic;
  std::optional<Numeral> result;
  if (auto digits = digit_string(tokens)) {
    result = digits;
  } else {
    NumeralFolder folder;
    for (const NumeralToken& t : tokens)
      if (!folder.feed(t)) return std::nullopt;
    result = folder.finish();
  }
  if (result) result->chinese = chinese;
  return result;
}

std::optional<NumeralToken> read_arabic(const char* first, const char* last) {
  std::string digits;
  digits.reserve(static_cast<std::size_t>(last - first));
  int decimals = -1;
  int exponent = 0;
  std::optional<int> power;
  for (const char* p = first; p != last; ++p) {
    if (*p == ',') continue;
    if (*p == '^') {
      int sign = 1;
      for (++p; p != last && (*p == '+' || *p == '-'); ++p)
        if (*p == '-') sign = -sign;
      int magnitude = 0;
      if (std::from_chars(p, last, magnitude).ptr != last) return std::nullopt;
      power = sign * magnitude;
      break;
    }
    if (*p == 'e' || *p == 'E') {
      const char* exponent_begin = p + 1 + (p[1] == '+');
      if (std::from_chars(exponent_begin, last, exponent).ptr != last) return std::nullopt;
      break;
    }
    if (*p == '.') {
      decimals = 0;
    } else if (decimals >= 0) {
      ++decimals;
    }
    digits.push_back(*p);
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range)
    value = HUGE_VAL;
  else if (ec != std::errc() || end != digits.data() + digits.size())
    return std::nullopt;
  const double step = std::pow(10.0, exponent - std::max(decimals, 0));
  NumeralToken token;
  token.type = NumeralTokenType::arabic;
  if (power) {
    // A computed value: exact as far as a double goes.
    token.value = std::pow(value, *power);
    token.step = std::max(std::fabs(token.value) * 1e-12, 1e-12);
    return token;
  }
  token.value = exponent == 0 ? value : round_to_step(value * std::pow(10.0, exponent), step);
  token.step = step;
  return token;
}

}  // namespace figcheck::parser::grammar
