// The words that narrow a claim's key beyond its entity and metric (DESIGN §4a), as data: one
// row per word with its class and an example of our own. The key-narrowing pass reads them.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace figcheck::parser {

enum class NarrowingClass : std::uint8_t {
  instance_opener,      // opens the name of one instance of a recurring event: 第, 首, 本
  instance_classifier,  // counts instances of an event after an opener: 届, 期, 批, 轮
  ordinal_classifier,   // the same after 第 only: 第四次 is an instance, 首次 an adverb
  season,               // one season's instance: 春季, 秋季
  running_total,        // a total since some start, as of the day it is told: 累计, 以来
  stock,                // a level at an instant: 年末, 余额, 保有量
  daily,                // a figure per day: 日均, 每天
  time_preposition,     // introduces a time, and goes with it: 到2030年, 在上半年
  kind_of_figure,       // a metric of this word alone says what kind of figure, not of what
  span_opener,          // a metric opened by it is a span of time: 连续5年
};

struct NarrowingWord {
  std::string_view word;
  NarrowingClass word_class;
  std::string_view example;  // a phrase of our own showing the use
};

std::span<const NarrowingWord> narrowing_words();

// The table's words of one class, in table order.
std::span<const NarrowingWord> words_of(NarrowingClass wanted);

}  // namespace figcheck::parser
