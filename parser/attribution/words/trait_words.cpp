// Words that say what kind of figure a claim is, beyond its key: the traits pass reads them.
#include <array>

#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser::words {

namespace {

using W = WordClass;

constexpr auto kRows = std::to_array<WordRow>({
    // Before a figure in its sentence: an average or a rate per unit has no parts and need not
    // be a whole number.
    {"平均", W::average_word, "平均每村1.5所学校"},
    {"人均", W::average_word, "人均住房面积32.5平方米"},
    {"户均", W::average_word, "户均增收1.2万元"},
    {"年均", W::average_word, "年均增加2040亿元"},
    {"日均", W::average_word, "日均发送2.5列"},
    {"月均", W::average_word, "月均接待游客12万人次"},
    {"亩均", W::average_word, "亩均产值3.5万元"},
    {"场均", W::average_word, "场均观众1.2万人"},
    {"均价", W::average_word, "成交均价1.6万元"},
    {"每", W::average_word, "每万人拥有22.8个"},
    // The whole of a share that is a plan or a budget: completion may pass 100%, and each plan
    // is a whole of its own.
    {"预算", W::plan_whole_word, "占预算数的102%"},
    {"计划", W::plan_whole_word, "完成年度计划的110%"},
    {"目标", W::plan_whole_word, "完成全年目标的91%"},
    {"任务", W::plan_whole_word, "完成任务的105%"},
    // In a metric: a balance, which adds with signs.
    {"顺差", W::signed_sum_word, "货物贸易顺差"},
    {"逆差", W::signed_sum_word, "服务贸易逆差"},
    {"差额", W::signed_sum_word, "收支差额"},
    {"净", W::signed_sum_word, "资金净流入"},
    // In a metric: a statistic whose growth is stated at constant prices.
    {"增加值", W::constant_price_word, "规上工业增加值增长6%"},
    {"生产总值", W::constant_price_word, "地区生产总值增长5.2%"},
    // Classifiers of things that come whole: 16.9家 cannot be, unless it is an average.
    {"家", W::indivisible_classifier, "16家企业"},
    {"人", W::indivisible_classifier, "30人获奖"},
    {"名", W::indivisible_classifier, "12名队员"},
    {"位", W::indivisible_classifier, "5位专家"},
    {"户", W::indivisible_classifier, "80户农户"},
    {"所", W::indivisible_classifier, "3所学校"},
    {"座", W::indivisible_classifier, "2座桥梁"},
    {"辆", W::indivisible_classifier, "40辆公交车"},
    {"艘", W::indivisible_classifier, "6艘货轮"},
    {"架", W::indivisible_classifier, "9架飞机"},
});

}  // namespace

std::span<const WordRow> trait_word_rows() {
  return kRows;
}

}  // namespace figcheck::parser::words
