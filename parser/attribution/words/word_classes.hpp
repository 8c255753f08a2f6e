// The words attribution reads, as data: one row per word with its class and an example of its
// use. The rows live in the tables of this folder (lead_words.cpp, phrase_words.cpp,
// entity_words.cpp, context_words.cpp); code asks for a class and gets its words in table
// order. A word may have rows in several classes (实现 is a lead verb and a filler).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/byte_match.hpp"

namespace figcheck::parser::words {

enum class WordClass : std::uint8_t {
  // Metric leads: the words between a name or time and the figure (lead_words.cpp).
  lead_verb,  // the metric is what follows the last of them: 企业实现产值 → 产值
  noun_opening_with_verb,  // a noun that starts like a lead verb: 建成区 is an area
  noun_ending_in_verb,     // a noun that ends like a lead verb: 党组织 organises nothing
  joining_word,           // joins phrases; the metric follows the last: 园区和高校共建基地
  status_after_zai,       // 在 before it says what state things are in: 在建项目
  contribution_word,      // who contributes to what is the measure: 对增长的贡献率
  verb_before_object,     // the metric is the noun after the figure: 发放300万元补贴
  no_metric_object,       // an object that names no metric: 完成5亿元目标
  verb_taking_time,       // a verb whose object is a time, not a measure: 进入2030年
  going_on_after_figure,  // a change or state after a figure, not what it is of: 30个已开工
  deed,                   // what counted people did: 12人获救
  person_classifier,      // classifiers of people: 人, 名, 位
  noun_opened_by_person,  // a noun whose first character is the classifier 人: 人口
  span_verb,              // a verb measuring a span of time: 历时3个月
  repeated_verb,          // what a run of years repeats: 连续5年获评
  self_naming_classifier,  // a classifier that is the noun counted: 全书共8章
  containing_verb,         // a verb of containing before such a classifier: 分为3卷
  bare_total,              // a total that names nothing of its own: 总数达到800家
  newly_added,             // opens a count of new things: 新增企业40家
  change_verb,             // a bare verb of change names no measure: 较上月回落
  rate_word,               // a bare word for a rate names no measure: 增速为5%
  from_word,               // opens the value a change starts from: 由8%提高到9%
  new_level_word,          // ends a lead whose figure is the new level: 提高到9%
  up_word,                 // between a start and a level, says it rose: 由8%提高到9%
  down_word,               // between a start and a level, says it fell: 由9%降至8%
  lower_is_better,         // a measure that improves as it falls: 精度, 误差
  fall_word,               // ends the words before a start stated as a fall: 从下降3%
  share_tail,              // ends the name of a share's whole: 占全市的比重
  firm_noun,               // a count of firms has no one firm as subject: 5家企业
  list_joiner,             // joins items of a list of years: 2021年和2022年
  holiday,                 // a figure of a holiday is of its days: 国庆假期出游
  running_total,           // makes a figure a running total: 累计接待
  // Metric phrases: trimming a phrase to a metric's name (phrase_words.cpp).
  leading_filler,      // opens a phrase, names nothing: 目前全区…
  trailing_word,       // ends a phrase before the figure, names nothing: …产值达
  verb_after_count,    // starts a verb phrase after a count: 6人入选
  neutral_modifier,    // leaves a metric what it is: 规模以上工业产值
  head_noun,           // ends what is counted: 9个项目|开工建设
  adverb_ending_noun,  // an adverb after a counted noun: 4家企业|已投产
  number_of_word,      // the number of what a count counts: 企业数量
  composite_head,      // ends the name of a composite indicator or a part of one: 新订单指数
  // Traits of a figure (trait_words.cpp).
  average_word,            // before a figure, makes it an average or a rate: 平均每户
  plan_whole_word,         // names a plan or budget a share is of: 完成计划的110%
  signed_sum_word,         // in a metric, a balance that adds with signs: 贸易顺差
  constant_price_word,     // in a metric, grows at constant prices: 工业增加值
  indivisible_classifier,  // counts things that come whole: 家, 人, 辆
  // Entity names (entity_words.cpp).
  name_stop,                // a character never inside a name: 的, 和
  verb_before_name,         // a verb before a name, not part of it: 走进某某药业
  place_word_continuation,  // after 市/省/县, makes a word no place: 市场, 省级
  classifier,               // a classifier before a category counted: 8家重点实验室
  numeral_character,        // a numeral character: 三, 万
  category_word,            // names a category, not a body: 重点实验室
  base_lead,                // a place after it is a base or whole: 占全省, 比全国
  scope_lead,               // a scope after it says where: 在全省推广
  source_lead,              // a place after it is a source: 据某某联盟统计
  counterpart_lead,         // a place after it is the other party: 对某国出口, 从某地进口
  perspective_end,          // after a place, makes 从…看 a scope, not a counterpart
  news_source_end,    // after a place, makes 从…获悉 the news's source, not a counterpart
  clock_after_place,  // after a place, names a standard time: 某城时间
  copula_lead,        // a place after it is a complement or beneficiary: 为某国第一大伙伴
  not_a_copula,       // words ending in 为 that are no copula: 认为, 因为
  label_after_place,  // a place before it certifies: 某省专精特新企业
  trade_word,         // after a place and a brand, names a company: 某地某某科技
  medium_word,        // after a place, names a newspaper or broadcaster: 某某日报
  medium_name_end,    // ends such a name: 某某日报记者
  kind_of_place,      // with 省/市/县 after it, a kind of place: 农业大省
  city_ending_in_cheng,  // a city whose name ends in 城: 白城市
  kind_of_zone_lead,     // a zone word after it is a kind of zone: 国家高新区
  alias_lead,            // opens an alias an article defines: (以下简称“…”)
  // Context words of times, topics and lists (context_words.cpp).
  change_base_lead,      // a time after it is a base: 比上年
  multiple_lead,         // a time after it may be a multiple's base: 是上年的2倍
  plan_word,             // after 全年, a plan, not the year: 全年目标
  award_word,            // a name with 年度 before it is an award's edition: 年度奖
  topic_sector,          // ends the name of a sector or group of firms: 民营企业
  field_word,            // ends the name of a field: 在交通方面
  not_opening_sector,    // a sector's name opens with none of these: 在, 作为
  joiner_inside_sector,  // a sector's name holds none of these: 的, 和
  measure_ending,        // ends a word naming a measure: 客流量, 营业额
  comparison_word,       // a comparison after a list item: 营业额同比
  whole_or_same_period,  // between a base year and 的: 是上年全年的2倍
  record_word,           // after a span of years, makes it a record's frame: 创近五年新高
  superlative_end,       // after 最 and its adjective, ends a superlative: 最多的, 最高水平
  count,                 // not a class: how many there are
};

struct WordRow {
  std::string_view word;
  WordClass word_class;
  std::string_view example;  // a phrase of our own showing the word in use
};

// The words of a class, in table order.
std::span<const std::string_view> words_of(WordClass word_class);

// The characters of a class of one-character words.
std::u32string_view characters_of(WordClass word_class);

// Whether `word` is one of `words`.
inline bool is_one_of(std::span<const std::string_view> words, std::string_view word) {
  for (std::string_view w : words) {
    if (w.size() == word.size() && has_prefix(word, w)) return true;
  }
  return false;
}

// The first of `words` that `text` ends (starts) with; empty when none does. The words are
// compared inline: these tests run around every figure and name, where a memcmp call per word
// costs more than the comparison. For short lists; long ones go through WordBuckets.
inline std::string_view word_ending(std::span<const std::string_view> words,
                                    std::string_view text) {
  for (std::string_view w : words) {
    if (has_suffix(text, w)) return w;
  }
  return {};
}
inline std::string_view word_starting(std::span<const std::string_view> words,
                                      std::string_view text) {
  for (std::string_view w : words) {
    if (has_prefix(text, w)) return w;
  }
  return {};
}

// The same for a class's words, in table order. Code that tests a class at every character
// keeps `words_of(class)` in a static instead.
inline bool is_word_of(WordClass word_class, std::string_view word) {
  return is_one_of(words_of(word_class), word);
}
inline std::string_view word_ending(WordClass word_class, std::string_view text) {
  return word_ending(words_of(word_class), text);
}
inline std::string_view word_starting(WordClass word_class, std::string_view text) {
  return word_starting(words_of(word_class), text);
}

// Whether `text` holds a word of the class anywhere.
inline bool holds_word_of(WordClass word_class, std::string_view text) {
  for (std::string_view w : words_of(word_class)) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The tables, for tests and for the registry that sorts them by class.
std::span<const WordRow> lead_word_rows();
std::span<const WordRow> phrase_word_rows();
std::span<const WordRow> entity_word_rows();
std::span<const WordRow> context_word_rows();
std::span<const WordRow> trait_word_rows();

// Every table above, for the registry and the tests that read them all.
std::vector<std::span<const WordRow>> word_tables();

}  // namespace figcheck::parser::words
