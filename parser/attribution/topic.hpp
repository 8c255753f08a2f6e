// What a sentence or a paragraph is about when its opening names a sector, a group of firms or
// a field rather than a place: 民营企业保持…地位，进出口19万亿元 (the trade of private firms, not
// of the country); 机械工业。 heading its paragraph;
// 在合力建设现代基础设施网络方面，…总投资13461亿元 (the investment in that field, not the whole
// plan's). A figure under a topic measures the topic's share of its metric, so the topic qualifies
// the metric's name.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::parser {

struct Topic {
  ByteSpan name;  // 民营企业, 机械工业, 合力建设现代基础设施网络方面
  std::size_t clause_end = 0;  // where the clause naming it ends: figures after it are under it
};

// The topic the opening clause of `sentence` names, for a figure in the clause starting at
// `clause`, when the sentence marks it as one: a field (在…方面，), a subset (其中，民营企业…), a
// sector followed by its time (机械工业1979年…), or a clause that names the sector's figure and
// the next that states it (国有企业进出口提速，进出口5.94万亿元).
std::optional<Topic> sentence_topic(std::string_view text, ByteSpan sentence, std::size_t clause);

// A paragraph that opens with a sentence naming a sector and nothing else (机械工业。): that
// sector. `line` is the paragraph's first byte.
std::optional<Topic> heading_topic(std::string_view text, std::size_t line);

// 出口方面 → 出口: what a field topic names, for telling whether a metric already says it
// (出口方面，汽车出口38.9万辆 is about exports already). A sector's name comes back whole.
std::string_view without_field_word(std::string_view topic);

}  // namespace figcheck::parser
