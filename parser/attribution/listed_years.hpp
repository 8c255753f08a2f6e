// The years a 分别 list is about: years listed as its items (2021年、2022年和2023年的产量), or
// before them (2021年、2022年和2023年，全区新增企业分别为…), or a span of as many years as figures
// (2021-2023年…分别为…).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parser/attribution/annotated_document.hpp"

namespace figcheck::parser {

// The years, in order, or none. `items` is how many subjects the list's words hold, `values`
// how many figures follow 分别 at `marker`.
std::vector<const TimeMark*> listed_years(const AnnotatedDocument& document,
                                          std::size_t sentence_begin, std::size_t items_begin,
                                          std::size_t marker, std::size_t items,
                                          std::size_t values);

// The year of the figure at `position` in the list.
std::string year_in_position(const std::vector<const TimeMark*>& years, std::size_t position);

// What a list of years measures: the words after the last year (的产量), else those before the
// first (产量继2021年和2022年分别增长), else the figure before.
std::string years_metric(const AnnotatedDocument& document, std::size_t index,
                         const std::vector<const TimeMark*>& years, std::size_t items_begin,
                         std::size_t marker);

}  // namespace figcheck::parser
