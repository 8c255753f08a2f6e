// Definition of the set-phrase rule. Included only by set_phrase.cpp.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/grammar/set_phrase.hpp"
#include "parser/lexicon/set_phrases.hpp"

namespace figcheck::parser::grammar {

namespace rules {

struct set_phrase_table : x3::symbols<x3::unused_type> {
  set_phrase_table() {
    for (std::string_view phrase : lexicon::set_phrases()) add(phrase);
  }
} const set_phrase_symbol;

set_phrase_type const set_phrase = "set_phrase";
// 十分之一 and 万分之三 are rates, not the adverbs 十分 and 万分.
// 同一 before 九八○年 is 同 + a year: a set phrase never runs straight into a Chinese digit.
auto const chinese_digit = x3::lit("〇") | "○" | "零" | "一" | "二" | "两" | "三" | "四" | "五" |
                           "六" | "七" | "八" | "九";
auto const set_phrase_def =
    !(x3::lit("十分之") | "万分之" | "萬分之") >> x3::omit[set_phrase_symbol] >> !chinese_digit;

BOOST_SPIRIT_DEFINE(set_phrase)

}  // namespace rules

}  // namespace figcheck::parser::grammar
