#include "parser/phrase_cues.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "parser/phrase_index.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using namespace std::string_view_literals;

// Nouns that contain a change verb and name a quantity instead: 增加值 is value added.
constexpr std::array kChangeNouns = {"增加值"sv,   "增长极"sv,     "增长点"sv,
                                     "增长率"sv,   "增长引擎"sv,   "增长动力"sv,
                                     "增长空间"sv, "增长的贡献"sv, "增长贡献"sv};
constexpr std::array kChangeVerbs = {
    "增长"sv, "增加"sv,   "提高"sv, "提升"sv, "下降"sv, "降低"sv, "减少"sv, "上升"sv,
    "上涨"sv, "下跌"sv,   "回落"sv, "回升"sv, "跃升"sv, "攀升"sv, "扩大"sv, "缩小"sv,
    "增至"sv, "降至"sv,   "增速"sv, "增幅"sv, "降幅"sv, "涨幅"sv, "跌幅"sv, "同比"sv,
    "环比"sv, "增长到"sv, "下滑"sv, "收窄"sv, "放缓"sv, "加快"sv, "多增"sv, "少增"sv,
    "翻"sv,   "增"sv,     "降"sv,   "涨"sv,   "跌"sv};
constexpr std::array kShareWords = {"占"sv, "比重"sv, "占比"sv, "份额"sv, "比例"sv};
constexpr std::array kForecastWords = {"预计"sv, "有望"sv, "预期"sv, "即将"sv,
                                       "可望"sv, "估计"sv, "预测"sv};
constexpr std::array kTargetWords = {"力争"sv, "目标"sv, "争取"sv, "确保"sv,    "计划"sv,
                                     "规划"sv, "任务"sv, "要求"sv, "预期目标"sv};

// Cues that make every figure of their sentence a target, and of the ；-separated list a colon
// opens (今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上；…).
constexpr std::array kListTargetWords = {"目标是"sv,   "目标为"sv,   "目标任务是"sv, "预期目标"sv,
                                         "计划规定"sv, "规划规定"sv, "规划，到"sv,   "计划，到"sv,
                                         "拟安排"sv,   "计划要求"sv, "规划要求"sv};

// The text with the change nouns blanked out, so 增加值 does not read as 增加.
std::string without_change_nouns(std::string_view text) {
  std::string out(text);
  for (std::string_view noun : kChangeNouns) {
    for (std::size_t at = out.find(noun); at != std::string::npos; at = out.find(noun, at)) {
      out.replace(at, noun.size(), std::string(noun.size(), ' '));
    }
  }
  return out;
}

// Whether any of `Words` occurs in `text`. Every figure tests several lists over its clause and
// statement, so each list is indexed once rather than searched word by word.
template <const auto& Words>
const PhraseIndex& index_of() {
  static const PhraseIndex index = [] {
    PhraseIndex built;
    for (std::string_view word : Words) built.add(word, 0);
    return built;
  }();
  return index;
}

template <const auto& Words>
bool contains_any(std::string_view text) {
  return index_of<Words>().occurs_in(text);
}

// 将 means "will" before a verb; 将近 (nearly), 将其/将…转化 (把) do not.
bool says_will(std::string_view text) {
  for (std::size_t at = text.find("将"); at != std::string_view::npos;
       at = text.find("将", at + 1)) {
    const std::string_view after = text.substr(at + std::string_view("将").size());
    if (after.starts_with("近") || after.starts_with("其") || after.starts_with("之") ||
        after.starts_with("军") || after.starts_with("领"))
      continue;
    return true;
  }
  return false;
}

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || begin >= text.size()) return {};
  return text.substr(begin, std::min(end, text.size()) - begin);
}

// 其中 marks a part of the figure before it, as far as the clause goes: 其中博士600余人、
// 外籍专家近150人 are parts; a later clause is not (其中九项进入临床，两款新药…).
bool is_subset(std::string_view sentence_lead) {
  const std::size_t at = sentence_lead.rfind("其中");
  if (at == std::string_view::npos) return false;
  // 参与其中, 乐在其中, 融入其中: "in it", not "among them".
  for (std::string_view verb : {"与"sv, "在"sv, "入"sv, "处"sv, "身"sv, "含"sv, "于"sv}) {
    if (at >= verb.size() && sentence_lead.substr(at - verb.size(), verb.size()) == verb)
      return false;
  }
  std::string_view after = sentence_lead.substr(at + std::string_view("其中").size());
  for (std::string_view mark : {"，"sv, "："sv, ","sv})
    if (after.starts_with(mark)) after.remove_prefix(mark.size());
  for (std::string_view mark : {"，"sv, "；"sv, "："sv, ","sv, ";"sv})
    if (after.find(mark) != std::string_view::npos) return false;
  return true;
}

// The start of the statement: the last 。！？ or line break before the sentence, so that the
// list items before the sentence in the same statement count.
std::size_t statement_begin(std::string_view text, std::size_t sentence_begin) {
  constexpr std::size_t kMaxBytes = 600;  // a long list of targets, not a whole report
  std::size_t begin = sentence_begin;
  const std::size_t floor = sentence_begin > kMaxBytes ? sentence_begin - kMaxBytes : 0;
  while (begin > floor) {
    const utf8::Decoded d = utf8::decode_before(text, begin);
    if (d.length <= 0 || d.code_point == U'。' || d.code_point == U'！' || d.code_point == U'？' ||
        d.code_point == U'\n')
      break;
    begin -= static_cast<std::size_t>(d.length);
  }
  return begin;
}

}  // namespace

std::size_t list_target_cue_end(std::string_view text, std::size_t sentence_begin,
                                std::size_t sentence_end) {
  const std::size_t begin = statement_begin(text, sentence_begin);
  // No cue word is a prefix of, or nested in, another, so the first match ends first.
  const auto match = index_of<kListTargetWords>().first_match(slice(text, begin, sentence_end));
  return match ? begin + match->first + match->second.length : std::string_view::npos;
}

bool ends_a_respectively_list(std::string_view gap) {
  while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\t')) gap.remove_suffix(1);
  return gap.find("，") != std::string_view::npos || gap.find("分别") != std::string_view::npos ||
         gap.ends_with("至") || gap.ends_with("到");
}

Modality modality_from_cues(const CueContext& c) {
  const std::string_view clause = slice(c.text, c.clause_begin, c.figure_begin);
  if (contains_any<kTargetWords>(clause)) return Modality::target;
  if (contains_any<kForecastWords>(clause) || says_will(clause)) return Modality::forecast;
  // The figure's own clause says nothing: a target list or plan it stands in decides.
  if (c.list_target_cue_end <= c.figure_begin) return Modality::target;
  // 两款新药有望于明年获批: the cue may follow the figure in its clause.
  const std::string_view tail = slice(c.text, c.figure_end, c.next_figure_begin);
  if (contains_any<kForecastWords>(tail)) return Modality::forecast;
  return Modality::actual;
}

Role role_from_cues(const CueContext& c) {
  const std::string_view clause = slice(c.text, c.clause_begin, c.figure_begin);
  const std::string_view lead = slice(c.text, c.lead_begin, c.figure_begin);
  const std::string_view sentence_lead = slice(c.text, c.sentence_begin, c.figure_begin);
  const std::string_view to_next = slice(c.text, c.figure_end, c.next_figure_begin);

  if (clause.find("分别") != std::string_view::npos) return Role::respectively;
  const bool from_word =
      lead.find("从") != std::string_view::npos || lead.find("由") != std::string_view::npos;
  const bool to_word =
      to_next.find("到") != std::string_view::npos || to_next.find("至") != std::string_view::npos;
  if (from_word && to_word && c.has_next_figure) return Role::change_from;
  if (c.after_change_from &&
      (lead.find("到") != std::string_view::npos || lead.find("至") != std::string_view::npos))
    return Role::change;
  // Only a lead that reads as a change is checked again without 增加值 and the like.
  if (contains_any<kChangeVerbs>(lead) &&
      contains_any<kChangeVerbs>(std::string_view(without_change_nouns(lead))))
    return Role::change;
  // 占地面积 is land, not a share; 占地区生产总值 is a share.
  const bool land =
      lead.find("占地") != std::string_view::npos && lead.find("占地区") == std::string_view::npos;
  if (!land && contains_any<kShareWords>(lead)) return Role::share;
  if (is_subset(sentence_lead)) return Role::subset;
  return Role::value;
}

}  // namespace figcheck::parser
