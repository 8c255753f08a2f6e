// Definition of the quantity rule. Included only by quantity.cpp.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <optional>

#include "parser/grammar/numeral.hpp"
#include "parser/grammar/quantity.hpp"
#include "parser/lexicon/qualifiers.hpp"
#include "parser/lexicon/units.hpp"

namespace figcheck::parser::grammar {

namespace rules {

struct unit_table : x3::symbols<UnitInfo> {
  unit_table() {
    for (const auto& entry : lexicon::unit_entries()) add(entry.surface, entry.info);
  }
} const unit_symbol;

struct per_unit_table : x3::symbols<std::string_view> {
  per_unit_table() {
    for (const auto& entry : lexicon::per_unit_entries()) add(entry.surface, entry.unit);
  }
} const per_unit_symbol;

struct suffix_qualifier_table : x3::symbols<Qualifier> {
  suffix_qualifier_table() {
    for (const auto& entry : lexicon::suffix_qualifiers()) add(entry.surface, entry.qualifier);
  }
} const suffix_qualifier;

// 七成六 = 76%, 三成半 = 35%: the digit after 成 is the next place.
struct tenth_table : x3::symbols<double> {
  tenth_table() {
    add("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9)("半", 5);
  }
} const tenth_digit;

// 50元6角3分: the 角 (毛) and 分 written after a yuan amount.
struct SmallChange {
  double jiao = 0;
  double fen = 0;
  double amount() const { return jiao / 10 + fen / 100; }
  double step() const { return fen > 0 ? 0.01 : 0.1; }
};

// 美分, 欧分, 便士, 銭: the hundredth of a foreign currency, written after its amount
// (两美元又三美分 = 2.03 USD, 10日元5日本銭 = 10.05 JPY).
struct subunit_table : x3::symbols<std::string_view> {
  subunit_table() {
    add("美分", "USD")("欧分", "EUR")("便士", "GBP")("日本銭", "JPY")("日本钱", "JPY")("銭", "JPY");
  }
} const subunit_symbol;

struct ForeignChange {
  double cents = 0;
  std::string_view code;
};

struct UnitPart {
  UnitInfo unit;
  std::string_view per_unit;
};

struct RangeTail {
  Numeral end;
  std::optional<UnitPart> unit;
};

// 成 and 折 are percent only when no word goes on: 成为, 成功, 折合, 折旧 are not.
auto const cheng = x3::lit("成") >> !(x3::lit("为") | "功" | "立" | "果" | "本" | "员" | "交" |
                                      "长" | "就" | "熟" | "型" | "效" | "都" | "绩" | "品" | "套" |
                                      "片" | "群" | "年" | "规模" | "了" | "的");
auto const zhe = x3::lit("折") >> !(x3::lit("合") | "算" | "旧" | "射" | "叠" | "返" | "扣" | "腾" |
                                    "服" | "中" | "价" | "线" | "现" | "损" | "磨");
auto const range_separator = x3::lit("至") | "到" | "—" | "–" | "-" | "~" | "～";

auto const reset = [](auto& ctx) { x3::_val(ctx) = QuantityAst{}; };
auto const reset_change = [](auto& ctx) { x3::_val(ctx) = SmallChange{}; };
// Sets (never adds: a failed alternative may have run it) the 角 or the 分.
auto const set_place = [](double place) {
  return [place](auto& ctx) {
    const Numeral& n = x3::_attr(ctx);
    x3::_pass(ctx) = n.value >= 1 && n.value <= 9 && n.step >= 1;
    (place > 0.05 ? x3::_val(ctx).jiao : x3::_val(ctx).fen) = n.value;
  };
};
// A yuan amount (元, 块) takes the 角 and 分 after it: 十块三毛 is money, not ten pieces.
auto const add_change = [](auto& ctx) {
  QuantityAst& q = x3::_val(ctx);
  const SmallChange& change = x3::_attr(ctx);
  const bool yuan = q.unit.unit == "CNY" && q.unit.scale == 1;
  const bool kuai = q.unit.kind == ClaimKind::count && q.unit.classifier == "块";
  if (!q.first_has_unit || (!yuan && !kuai) || q.number.step < 1) {
    x3::_pass(ctx) = false;
    return;
  }
  q.unit = UnitInfo{ClaimKind::money, "CNY", {}, 1};
  q.number.value += change.amount();
  q.number.step = change.step();
};
auto const set_cents = [](auto& ctx) {
  const Numeral& n = x3::_attr(ctx);
  x3::_pass(ctx) = n.value >= 1 && n.value <= 99 && n.step >= 1;
  x3::_val(ctx).cents = n.value;
};
auto const set_subunit = [](auto& ctx) { x3::_val(ctx).code = x3::_attr(ctx); };
auto const add_foreign_change = [](auto& ctx) {
  QuantityAst& q = x3::_val(ctx);
  const ForeignChange& change = x3::_attr(ctx);
  if (!q.first_has_unit || q.unit.kind != ClaimKind::money || q.unit.unit != change.code ||
      q.number.step < 1) {
    x3::_pass(ctx) = false;
    return;
  }
  q.number.value += change.cents / 100;
  q.number.step = 0.01;
};
auto const add_tenth = [](auto& ctx) {
  QuantityAst& q = x3::_val(ctx);
  const bool cheng = q.unit.unit == "percent" && q.unit.scale == 10 && q.unit.classifier.empty();
  if (!cheng || q.number.step < 1 || q.number.value >= 10) {
    x3::_pass(ctx) = false;
    return;
  }
  q.number.value += x3::_attr(ctx) / 10;
  q.number.step = 0.1;
};
auto const set_unit = [](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); };
auto const set_per = [](auto& ctx) { x3::_val(ctx).per_unit = x3::_attr(ctx); };
auto const set_cheng = [](auto& ctx) {
  x3::_val(ctx).unit = UnitInfo{ClaimKind::percent, "percent", {}, 10};
};
auto const set_zhe = [](auto& ctx) {
  x3::_val(ctx).unit = UnitInfo{ClaimKind::percent, "percent", "折", 10};
};
auto const set_number = [](auto& ctx) { x3::_val(ctx).number = x3::_attr(ctx); };
auto const set_second = [](auto& ctx) { x3::_val(ctx).second = x3::_attr(ctx); };
auto const set_end = [](auto& ctx) { x3::_val(ctx).end = x3::_attr(ctx); };
auto const set_tail_unit = [](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); };
auto const set_first_unit = [](auto& ctx) {
  QuantityAst& q = x3::_val(ctx);
  // 十折 is no discount at all, not a figure.
  if (x3::_attr(ctx).unit.classifier == "折" && q.number.value == 10 && q.number.chinese) {
    x3::_pass(ctx) = false;
    return;
  }
  q.unit = x3::_attr(ctx).unit;
  q.per_unit = x3::_attr(ctx).per_unit;
  q.first_has_unit = true;
  if (q.unit.classifier == "折") {
    // 九折 = 90%, 八点五折 = 85%, but 75折 and 五五折 already name the percent.
    q.unit.classifier = {};
    if (q.number.value >= 10) q.unit.scale = 1;
  }
};
// A range needs the same kind of unit at both ends when both carry one (10%—20%), and a unit
// at the end when the start has one (3家-5 is no range).
auto const merge_range = [](auto& ctx) {
  QuantityAst& q = x3::_val(ctx);
  const RangeTail& tail = x3::_attr(ctx);
  if (q.first_has_unit && (!tail.unit || tail.unit->unit.kind != q.unit.kind)) {
    x3::_pass(ctx) = false;
    return;
  }
  q.second = tail.end;
  if (tail.unit) {
    q.unit = tail.unit->unit;
    q.per_unit = tail.unit->per_unit;
  }
};
auto const set_suffix = [](auto& ctx) { x3::_val(ctx).suffix = x3::_attr(ctx); };
auto const set_form = [](QuantityForm form) {
  return [form](auto& ctx) { x3::_val(ctx).form = form; };
};
auto const set_percent_scale = [](double scale) {
  return [scale](auto& ctx) {
    x3::_val(ctx).form = QuantityForm::percent_of;
    x3::_val(ctx).unit = UnitInfo{ClaimKind::percent, "percent", {}, scale};
  };
};
auto const set_doubling = [](double times) {
  return [times](auto& ctx) {
    QuantityAst& q = x3::_val(ctx);
    q.form = QuantityForm::doubling;
    q.number.value = times;
    q.number.step = 1;
    q.number.chinese = true;
    q.number.significant_digits = 1;
    q.unit = UnitInfo{ClaimKind::multiple, "times", {}, 1};
  };
};

// 半成 = 5%, 半折 = 50%: half of the tenth that 成 and 折 count in.
auto const set_half_rate = [](double percent) {
  return [percent](auto& ctx) {
    QuantityAst& q = x3::_val(ctx);
    q.number = Numeral{};
    q.number.value = percent;
    q.number.chinese = true;
    q.number.significant_digits = 1;
    q.unit = UnitInfo{ClaimKind::percent, "percent", {}, 1};
    q.first_has_unit = true;
  };
};

numeral_type const numeral = "numeral";

x3::rule<class unit_part_class, UnitPart> const unit_part = "unit_part";
x3::rule<class range_tail_class, RangeTail> const range_tail = "range_tail";
x3::rule<class small_change_class, SmallChange> const small_change = "small_change";
x3::rule<class foreign_change_class, ForeignChange> const foreign_change = "foreign_change";
x3::rule<class plain_quantity_class, QuantityAst> const plain_quantity = "plain_quantity";
x3::rule<class percent_of_class, QuantityAst> const percent_of = "percent_of";
x3::rule<class fraction_class, QuantityAst> const fraction = "fraction";
x3::rule<class doubling_class, QuantityAst> const doubling = "doubling";
x3::rule<class half_rate_class, QuantityAst> const half_rate = "half_rate";
quantity_type const quantity = "quantity";

auto const unit_word = cheng[set_cheng] | zhe[set_zhe] | unit_symbol[set_unit];
auto const unit_part_def = unit_word >> -('/' >> per_unit_symbol[set_per]);
auto const range_tail_def = range_separator >> numeral[set_end] >> -unit_part[set_tail_unit];

auto const fen = x3::lit("分") >> !(x3::lit("钟") | "之");
auto const small_change_def = ((x3::eps[reset_change] >>
                                (numeral >> (x3::lit("角") | "毛"))[set_place(0.1)] >>
                                -(numeral >> fen)[set_place(0.01)]) |
                               (x3::eps[reset_change] >> (numeral >> fen)[set_place(0.01)])) >>
                              -(x3::lit("钱") | "整");
auto const foreign_change_def = -x3::lit("又") >> numeral[set_cents] >> subunit_symbol[set_subunit];
auto const tenth_after_cheng =
    tenth_digit >> !(tenth_digit | x3::lit("十") | "百" | "千" | "万" | "亿" | unit_symbol);

auto const plain_quantity_def = x3::eps[reset] >> numeral[set_number] >>
                                -unit_part[set_first_unit] >>
                                -(small_change[add_change] | foreign_change[add_foreign_change] |
                                  tenth_after_cheng[add_tenth]) >>
                                -range_tail[merge_range] >> -suffix_qualifier[set_suffix];

auto const percent_of_def = x3::eps[reset] >> (x3::lit("百分之")[set_percent_scale(1)] |
                                               x3::lit("佰分之")[set_percent_scale(1)] |
                                               x3::lit("千分之")[set_percent_scale(0.1)] |
                                               x3::lit("仟分之")[set_percent_scale(0.1)] |
                                               x3::lit("万分之")[set_percent_scale(0.01)] |
                                               x3::lit("萬分之")[set_percent_scale(0.01)]) >>
                            numeral[set_number] >>
                            -(range_separator >> -x3::lit("百分之") >> numeral[set_second]) >>
                            -suffix_qualifier[set_suffix];

// 三分之一: the denominator comes first; 三又三分之一 puts a whole number before it, and
// 负3分之负157 signs the numerator. 1/3 and 1 4/3: Arabic only, and not a date (2024/5/1).
auto const ascii_digit = x3::char_('0', '9');
auto const set_whole = [](auto& ctx) { x3::_val(ctx).whole = x3::_attr(ctx); };
auto const set_negative_numerator = [](auto& ctx) { x3::_val(ctx).negative_numerator = true; };
auto const minus = x3::lit("负") | "負";
auto const arabic_fraction = &ascii_digit >> numeral[set_second] >> '/' >> &ascii_digit >>
                             numeral[set_number] >> !x3::lit('/');
auto const fraction_def = x3::eps[reset] >> x3::eps[set_form(QuantityForm::fraction)] >>
                          ((-(numeral >> x3::lit("又"))[set_whole] >> numeral[set_number] >>
                            "分之" >> -minus[set_negative_numerator] >> numeral[set_second]) |
                           (-(&ascii_digit >> numeral >> +x3::lit(' '))[set_whole] >>
                            arabic_fraction));

auto const doubling_def = x3::eps[reset] >> x3::lit("翻") >> -x3::lit("了") >>
                          (x3::lit("两番")[set_doubling(4)] | x3::lit("三番")[set_doubling(8)] |
                           (-x3::lit("一") >> x3::lit("番"))[set_doubling(2)] |
                           x3::lit("倍")[set_doubling(2)]);

auto const half_rate_def = x3::eps[reset] >> x3::lit("半") >>
                           (cheng[set_half_rate(5)] | zhe[set_half_rate(50)]);

auto const quantity_def = doubling | half_rate | percent_of | fraction | plain_quantity;

BOOST_SPIRIT_DEFINE(unit_part, range_tail, small_change, foreign_change, plain_quantity, percent_of,
                    fraction, doubling, half_rate, quantity)

}  // namespace rules

}  // namespace figcheck::parser::grammar
