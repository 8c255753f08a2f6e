#include "parser/lexicon/qualifiers.hpp"

#include <array>

namespace figcheck::parser::lexicon {

namespace {

using Q = Qualifier;

constexpr auto kPrefix = std::to_array<QualifierEntry>({
    {"超过", Q::over},         {"超出", Q::over},         {"超", Q::over},
    {"逾", Q::over},           {"突破", Q::over},         {"高于", Q::over},
    {"多于", Q::over},         {"大于", Q::over},         {"上", Q::over},
    {"近", Q::nearly},         {"将近", Q::nearly},       {"接近", Q::nearly},
    {"近乎", Q::nearly},       {"约", Q::approx},         {"大约", Q::approx},
    {"约为", Q::approx},       {"大概", Q::approx},       {"约合", Q::approx},
    {"数", Q::approx},         {"不到", Q::under},        {"不足", Q::under},
    {"少于", Q::under},        {"低于", Q::under},        {"小于", Q::under},
    {"未满", Q::under},        {"最高", Q::at_most},      {"最多", Q::at_most},
    {"不超过", Q::at_most},    {"至多", Q::at_most},      {"至少", Q::at_least},
    {"不少于", Q::at_least},   {"不低于", Q::at_least},   {"最少", Q::at_least},
    {"起码", Q::at_least},     {"达到", Q::exact, false}, {"达", Q::exact, false},
    {"高达", Q::exact, false}, {"共计", Q::exact, false}, {"共", Q::exact, false},
    {"总计", Q::exact, false}, {"合计", Q::exact, false}, {"累计", Q::exact, false},
});

constexpr auto kSuffix = std::to_array<QualifierEntry>({
    {"以上", Q::over},
    {"及以上", Q::at_least},
    {"以下", Q::under},
    {"及以下", Q::at_most},
    {"左右", Q::approx},
    {"上下", Q::approx},
    {"以内", Q::under},
    {"之内", Q::under},
    {"有余", Q::more_than_stated},
    {"出头", Q::more_than_stated},
    {"多", Q::more_than_stated},
});

}  // namespace

std::span<const QualifierEntry> prefix_qualifiers() {
  return kPrefix;
}
std::span<const QualifierEntry> suffix_qualifiers() {
  return kSuffix;
}

}  // namespace figcheck::parser::lexicon
