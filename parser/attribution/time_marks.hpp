// Every place in an article that says when: the periods the extractor read (2030年, 2030年前三
// 季度), relative years (今年, 去年, 上年, 五年前) resolved against the article's date, 全年 (the
// year of its paragraph), and words of the present (目前, 截至目前) that stop an older period
// from carrying over. Without a date,
// relative marks have no period: never guessed.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/attribution/word_starts.hpp"
#include "parser/claim.hpp"
#include "parser/extract.hpp"

namespace figcheck::parser {

struct TimeMark {
  ByteSpan span;
  std::string canonical;  // empty: a time is meant but not known (目前 without a date)
  bool comparison_base = false;  // 比2020年, 较一九九零年, 是上年全年的2倍: the base of a change,
                                 // not the claim's time
  // 2030年度优秀设计奖: the edition of an award; it dates the figures of its own sentence
  // (5项作品获…) but carries no further.
  bool names_an_edition = false;
  bool whole_year = false;  // 全年: resolved from the paragraph's dated marks
  // 去年, 前年: counted from the article's year; it dates what it is written with (去年四季度)
  // but does not become the year later marks go on in.
  bool relative = false;
};

// The year of a date (YYYY-MM-DD, or YYYY alone); empty when it has none.
std::optional<int> year_of(const std::optional<std::string>& date);

// Marks the first characters of the relative time words (今年, 目前 …) as kTimeWord.
void mark_time_word_starts(WordStartTable& table);

// In text order. `date` is YYYY-MM-DD; `starts` are the word starts of `text` found with a
// table that mark_time_word_starts marked.
std::vector<TimeMark> time_marks(std::string_view text, const std::vector<PeriodMention>& periods,
                                 const std::optional<std::string>& date,
                                 std::span<const WordStart> starts);

}  // namespace figcheck::parser
