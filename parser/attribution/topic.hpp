// What a sentence or a paragraph is about when its opening names a sector, a group of firms or
// a field rather than a place: 外资企业表现活跃，进出口3000亿元 (the trade of foreign firms, not
// of the province); 纺织工业。 heading its paragraph; 在改善城乡交通方面，…总投资80亿元 (the
// investment in that field, not the whole plan's). A figure under a topic measures the topic's
// share of its metric, so the topic qualifies the metric's name.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/attribution/time_marks.hpp"
#include "parser/claim.hpp"

namespace figcheck::parser {

struct Topic {
  ByteSpan name;               // 外资企业, 纺织工业, 改善城乡交通方面
  std::size_t clause_end = 0;  // where the clause naming it ends: figures after it are under it
};

// The topic the opening clause of `sentence` names, for a figure in the clause starting at
// `clause`, when the sentence marks it as one: a field (在…方面，), a subset (其中，外资企业…), a
// sector followed by its time (纺织工业1990年…), a clause that names the sector's figure and the
// next that states it (外资企业出口回升，出口900亿元), or a figure's clause that opens with its
// verb and leaves the sector unsaid (中央企业经营向好，实现利润1万亿元). Clauses that only tell
// where the news comes from (记者从某部了解到，) or when (今年上半年，) open no topic and are
// passed over; `marks` are the text's time marks.
std::optional<Topic> sentence_topic(std::string_view text, ByteSpan sentence, std::size_t clause,
                                    std::span<const TimeMark> marks);

// A paragraph that opens with a sentence naming a sector and nothing else (纺织工业。): that
// sector. `line` is the paragraph's first byte.
std::optional<Topic> heading_topic(std::string_view text, std::size_t line);

// 出口方面 → 出口: what a field topic names, for telling whether a metric already says it
// (出口方面，家电出口600万台 is about exports already). A sector's name comes back whole.
std::string_view without_field_word(std::string_view topic);

}  // namespace figcheck::parser
