// Modality and role from the words around a figure, where the phrase itself decides them:
// 预计/将 forecast, 力争/目标 target; 占…的 share, 增长 change, 从…到 change_from, 分别
// respectively, 其中 subset.
#pragma once

#include <cstddef>
#include <string_view>

#include "parser/claim.hpp"

namespace figcheck::parser {

struct CueContext {
  std::string_view text;
  std::size_t sentence_begin = 0;
  std::size_t clause_begin = 0;  // start of the clause holding the figure
  std::size_t lead_begin = 0;    // clause start, or the end of the figure before it
  std::size_t figure_begin = 0;
  std::size_t figure_end = 0;
  std::size_t next_figure_begin = 0;  // start of the next figure in the clause, or clause end
  bool has_next_figure = false;
  bool after_change_from = false;  // the figure before was the "from" of 从…到
  // End of the cue opening a target list in the figure's statement (list_target_cue_end).
  std::size_t list_target_cue_end = std::string_view::npos;
};

// Where the first cue that makes a whole statement a target list (目标是, 计划规定, 规划，到 …)
// ends, from the start of the statement holding [sentence_begin, sentence_end), or npos. Once
// per sentence: a figure after that end stands in the list.
std::size_t list_target_cue_end(std::string_view text, std::size_t sentence_begin,
                                std::size_t sentence_end);

// Whether the words between two figures after 分别 end its list rather than join the figures
// (、, 和, 及): a comma or another 分别 opens a new list, and 提高至/降至 leads to a level the
// subjects reach (分别从50%、75%提高至100%).
bool ends_a_respectively_list(std::string_view gap);

Modality modality_from_cues(const CueContext& context);
Role role_from_cues(const CueContext& context);

}  // namespace figcheck::parser
