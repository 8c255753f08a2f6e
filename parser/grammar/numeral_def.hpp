// Definition of the numeral rule. Included only by numeral.cpp.
#pragma once

#include <boost/container/small_vector.hpp>
#include <boost/spirit/home/x3.hpp>
#include <span>

#include "parser/grammar/numeral.hpp"
#include "parser/grammar/numeral_ast.hpp"
#include "parser/grammar/numeral_memo.hpp"

namespace figcheck::parser::grammar {

namespace rules {

using T = NumeralTokenType;

inline NumeralToken token(T type, double value, bool in_digit_string = true) {
  return NumeralToken{type, value, 1, in_digit_string};
}

// Chinese digits, simplified, traditional and financial forms.
struct digit_table : x3::symbols<NumeralToken> {
  digit_table() {
    add("零", token(T::zero, 0))("〇", token(T::zero, 0))("○", token(T::zero, 0));
    add("一", token(T::digit, 1))("壹", token(T::digit, 1))("弌", token(T::digit, 1));
    add("二", token(T::digit, 2))("贰", token(T::digit, 2))("貳", token(T::digit, 2));
    add("两", token(T::digit, 2, false))("兩", token(T::digit, 2, false))(
        "倆", token(T::digit, 2, false));
    add("三", token(T::digit, 3))("叁", token(T::digit, 3))("參", token(T::digit, 3));
    add("四", token(T::digit, 4))("肆", token(T::digit, 4));
    add("五", token(T::digit, 5))("伍", token(T::digit, 5));
    add("六", token(T::digit, 6))("陆", token(T::digit, 6))("陸", token(T::digit, 6));
    add("七", token(T::digit, 7))("柒", token(T::digit, 7));
    add("八", token(T::digit, 8))("捌", token(T::digit, 8));
    add("九", token(T::digit, 9))("玖", token(T::digit, 9));
  }
} const digit;

struct small_unit_table : x3::symbols<NumeralToken> {
  small_unit_table() {
    add("十", token(T::small_unit, 10))("拾", token(T::small_unit, 10));
    add("百", token(T::small_unit, 100))("佰", token(T::small_unit, 100));
    add("千", token(T::small_unit, 1000))("仟", token(T::small_unit, 1000));
  }
} const small_unit_symbol;

struct big_unit_table : x3::symbols<NumeralToken> {
  big_unit_table() {
    add("万", token(T::big_unit, 1e4))("萬", token(T::big_unit, 1e4));
    add("亿", token(T::big_unit, 1e8))("億", token(T::big_unit, 1e8));
    add("兆", token(T::big_unit, 1e12));
  }
} const big_unit_symbol;

struct more_than_table : x3::symbols<NumeralToken> {
  more_than_table() { add("余", token(T::more_than, 0))("多", token(T::more_than, 0)); }
} const more_than_symbol;

// 千瓦, 千米, 千克, 百分点, 兆瓦 are units of their own, not 千/百/兆 times the rest.
auto const small_unit =
    small_unit_symbol >> !(x3::lit("瓦") | "米" | "克" | "卡" | "分点" | "分比");
auto const big_unit = big_unit_symbol >> !(x3::lit("瓦") | "帕" | "赫" | "字节" | "比特" | "焦");
auto const point = x3::lit("点") | x3::lit("點");
auto const space = *x3::lit(' ');
auto const ascii_digit = x3::char_('0', '9');

auto const to_arabic = [](auto& ctx) {
  auto const& range = x3::_attr(ctx);
  auto token = read_arabic(&*range.begin(), &*range.begin() + (range.end() - range.begin()));
  if (token) {
    x3::_val(ctx) = *token;
  } else {
    x3::_pass(ctx) = false;
  }
};
x3::rule<class arabic_class, NumeralToken> const arabic = "arabic";
x3::rule<class chinese_token_class, NumeralToken> const chinese_token = "chinese_token";
x3::rule<class first_token_class, NumeralToken> const first_token = "first_token";
x3::rule<class next_token_class, NumeralToken> const next_token = "next_token";

// 12.32e+14: an exponent of at most three digits, as a calculator or a table prints it.
auto const exponent = (x3::lit('e') | 'E') >>
                      -(x3::lit('+') | '-') >> x3::repeat(1, 3)[ascii_digit] >> !ascii_digit;
// 2^5, 1.1^-23: a power, as a textbook writes it; its signs multiply (^--23 is ^23).
auto const power = '^' >> *(x3::lit('+') | '-') >> x3::repeat(1, 3)[ascii_digit] >> !ascii_digit;
// .5: a decimal written without its leading zero.
auto const arabic_def =
    x3::raw[((+ascii_digit >> *(',' >> x3::repeat(3)[ascii_digit] >> !ascii_digit) >>
              -('.' >> +ascii_digit)) |
             ('.' >> +ascii_digit)) >>
            -(exponent | power)][to_arabic];

auto const some_digit = x3::lit("几") | x3::lit("幾");
auto const chinese_token_def = digit | small_unit | big_unit;

auto const first_token_def = arabic | chinese_token |
                             (some_digit >> &small_unit >> x3::attr(token(T::some_digit, 0))) |
                             (x3::lit("半") >> &small_unit >> x3::attr(token(T::half, 0.5)));
// Spaces may separate Chinese tokens (一百 二 十); never two Arabic numbers (1 234).
// 两个亿, 几个亿: spoken Chinese puts a 个 before 亿.
auto const next_token_def = (space >> chinese_token) | arabic | (space >> more_than_symbol) |
                            (x3::lit("个") >> &x3::lit("亿") >> big_unit) |
                            (space >> some_digit >> x3::attr(token(T::some_digit, 0))) |
                            (space >> point >> space >> &digit >> x3::attr(token(T::point, 0)));

// Reads the run of numeral tokens, then keeps its longest prefix that makes a number: 百分之七十
// 百分位 reads 七十 and stops before 百分位 instead of failing on 七十百.
struct longest_numeral_parser : x3::parser<longest_numeral_parser> {
  using attribute_type = Numeral;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    NumeralMemo* const memo = NumeralMemo::active();
    if (memo == nullptr) return read(first, last, context, rcontext, attr);
    if (const NumeralMemo::Reading* known = memo->find(first, last)) {
      if (known->end == nullptr) return false;
      first = known->end;
      x3::traits::move_to(known->value, attr);
      return true;
    }
    NumeralMemo::Reading reading{first, last, nullptr, {}};
    Iterator it = first;
    if (read(it, last, context, rcontext, reading.value)) reading.end = it;
    memo->remember(reading);
    if (reading.end == nullptr) return false;
    first = it;
    x3::traits::move_to(reading.value, attr);
    return true;
  }

 private:
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool read(Iterator& first, Iterator const& last, Context const& context, RContext&,
            Attribute& attr) const {
    // A numeral is a few tokens; it is read at every candidate, so nothing goes to the heap.
    boost::container::small_vector<NumeralToken, 16> tokens;
    boost::container::small_vector<Iterator, 16> ends;
    Iterator it = first;
    NumeralToken token;
    if (!first_token.parse(it, last, context, x3::unused, token)) return false;
    tokens.push_back(token);
    ends.push_back(it);
    for (;;) {
      Iterator save = it;
      NumeralToken next;
      if (!next_token.parse(it, last, context, x3::unused, next)) {
        it = save;
        break;
      }
      tokens.push_back(next);
      ends.push_back(it);
    }
    for (std::size_t k = tokens.size(); k > 0; --k) {
      if (auto numeral = evaluate_numeral(std::span(tokens.data(), k))) {
        first = ends[k - 1];
        x3::traits::move_to(*numeral, attr);
        return true;
      }
    }
    return false;
  }
};

auto const numeral_def = longest_numeral_parser{};

numeral_type const numeral = "numeral";

BOOST_SPIRIT_DEFINE(arabic, chinese_token, first_token, next_token, numeral)

}  // namespace rules

}  // namespace figcheck::parser::grammar
