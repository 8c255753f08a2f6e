#include "parser/attribution/time_marks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "parser/attribution/words/time_rows.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/phrase_index.hpp"

namespace figcheck::parser {

namespace {

// 全年: the whole of the year its paragraph is about (resolve_whole_years).
constexpr std::string_view kWholeYear = "全年";
// What a year without its number stands for until the year it is in is known.
constexpr std::string_view kUnknownYear = "XXXX";

using words::RelativeTimeRow;
using words::WordClass;

const PhraseIndex& relative_word_index() {
  static const PhraseIndex index = [] {
    PhraseIndex built;
    for (std::size_t i = 0; i < words::relative_time_rows().size(); ++i)
      built.add(words::relative_time_rows()[i].word, i);
    built.add(kWholeYear, words::relative_time_rows().size());
    return built;
  }();
  return index;
}

// 今年上半年 → the period grammar reads "2025年上半年".
TimeMark relative_mark(std::string_view text, std::size_t at, const RelativeTimeRow& word,
                       int year) {
  const std::size_t word_end = at + word.word.size();
  // 上年 in 比上年 or 较上年 names the base of a change, not the claim's period.
  std::string probe = fmt::format("{}年", year + word.year_offset);
  probe.append(text.substr(word_end, 24));
  if (auto parsed = grammar::parse_period(probe)) {
    const std::size_t consumed = parsed->length - fmt::format("{}年", year).size();
    return {{at, word_end + std::min(consumed, text.size() - word_end)},
            grammar::canonical_period(parsed->value)};
  }
  return {{at, word_end}, fmt::format("{}", year + word.year_offset)};
}

bool is_change_base(std::string_view text, std::size_t at) {
  for (std::string_view lead : words::words_of(WordClass::change_base_lead)) {
    if (at >= lead.size() && text.substr(at - lead.size(), lead.size()) == lead) return true;
  }
  return false;
}

// 到位资金12.84亿元，是2024年全年的3倍, 为1997年的2.9倍: the year of the base of a multiple
// (是2012年9月13日的每升1.709欧元 dates its own figure).
bool is_multiple_base(std::string_view text, ByteSpan span) {
  const std::string_view before = text.substr(0, span.begin);
  if (words::word_ending(WordClass::multiple_lead, before).empty()) return false;
  std::string_view after = text.substr(span.end, 32);
  for (std::string_view part : words::words_of(WordClass::whole_or_same_period))
    if (after.starts_with(part)) after.remove_prefix(part.size());
  if (!after.starts_with("的")) return false;
  const std::size_t times = after.find("倍");
  return times != std::string_view::npos &&
         after.substr(0, times).find("，") == std::string_view::npos;
}

// 2023年度国家科学技术奖, 2024年度十大新闻人物: 年度 opening the name of an award or a list.
bool names_an_edition(std::string_view text, std::size_t end) {
  std::string_view after = text.substr(end, 48);
  const bool read_with_the_mark = text.substr(0, end).ends_with("年度");
  if (!read_with_the_mark && !after.starts_with("度")) return false;
  if (!read_with_the_mark) after.remove_prefix(std::string_view("度").size());
  std::size_t award = std::string_view::npos;
  for (std::string_view word : words::words_of(WordClass::award_word))
    award = std::min(award, after.find(word));
  if (award == std::string_view::npos) return false;
  const std::string_view name = after.substr(0, award);
  return name.find("，") == std::string_view::npos && name.find("。") == std::string_view::npos &&
         name.find("、") == std::string_view::npos;
}

// 三年前 → 3; nullopt for other words. (两年后 is more often counted from the story's time than
// from the article's: it stays unknown.)
std::optional<int> years_before_now(std::string_view words) {
  if (!words.ends_with("年前") && !words.ends_with("年以前")) return std::nullopt;
  const auto count = grammar::parse_numeral(words);
  if (!count || count->value.value < 1) return std::nullopt;
  return static_cast<int>(count->value.value);
}

// 全年目标, 全年计划: the year's target, not a figure of the whole year.
bool qualifies_a_plan(std::string_view text, std::size_t end) {
  return !words::word_starting(WordClass::plan_word, text.substr(end, 12)).empty();
}

// Whether the clause before `at` holds 比 or 较: what it names is a base.
bool compares_in_its_clause(std::string_view text, std::size_t at) {
  const std::size_t floor = at > 60 ? at - 60 : 0;
  std::string_view clause = text.substr(floor, at - floor);
  for (std::string_view mark : {"，", "。", "；", "\n"}) {
    if (const std::size_t end = clause.rfind(mark); end != std::string_view::npos)
      clause.remove_prefix(end + mark.size());
  }
  return clause.find("比") != std::string_view::npos || clause.find("较") != std::string_view::npos;
}

// 2021年以来 → since-2021: a span up to now, not the year itself.
std::string with_since(std::string_view text, const PeriodMention& period) {
  const std::string_view after = text.substr(period.span.end, 6);
  if (after.starts_with("以来") && period.canonical.size() == 4) return "since-" + period.canonical;
  return period.canonical;
}

// A mark that says which year a text goes on in: not a base (比上年, 上年同期).
bool sets_the_year(const TimeMark& mark) {
  return !mark.comparison_base && mark.canonical.size() >= 4 &&
         std::isdigit(static_cast<unsigned char>(mark.canonical[0]));
}

// A month or quarter without a year (6月, 前三季度) takes the year last written before it, else
// the article's own. A year counted from a time the text does not say (两年后) stays unknown.
void resolve_unknown_years(std::vector<TimeMark>& marks, std::optional<int> article_year) {
  std::optional<std::string> last_year;
  if (article_year) last_year = fmt::format("{}", *article_year);
  for (TimeMark& mark : marks) {
    if (mark.whole_year) continue;
    if (mark.canonical == kUnknownYear) {
      mark.canonical.clear();
    } else if (mark.canonical.starts_with(kUnknownYear)) {
      if (last_year) {
        std::string resolved = mark.canonical;
        for (std::size_t p; (p = resolved.find(kUnknownYear)) != std::string::npos;)
          resolved.replace(p, kUnknownYear.size(), *last_year);
        mark.canonical = std::move(resolved);
      } else {
        mark.canonical.clear();
      }
    } else if (sets_the_year(mark)) {
      last_year = mark.canonical.substr(0, 4);
    }
  }
}

// 全年 is the whole of the year its paragraph's last dated mark is in (前三季度…；全年开展…), not
// the article's: a report of early 2024 sums up 2023 as 全年. In a paragraph with no dated mark
// before it, it marks nothing, and what carried over before carries on.
void resolve_whole_years(std::string_view text, std::vector<TimeMark>& marks) {
  std::optional<std::string> paragraph_year;
  std::size_t paragraph_year_at = 0;
  for (TimeMark& mark : marks) {
    if (mark.whole_year) {
      const bool same_paragraph =
          paragraph_year &&
          text.substr(paragraph_year_at, mark.span.begin - paragraph_year_at).find('\n') ==
              std::string_view::npos;
      mark.canonical = same_paragraph ? *paragraph_year : std::string();
    } else if (sets_the_year(mark)) {
      paragraph_year = mark.canonical.substr(0, 4);
      paragraph_year_at = mark.span.begin;
    }
  }
  std::erase_if(marks,
                [](const TimeMark& mark) { return mark.whole_year && mark.canonical.empty(); });
}

}  // namespace

std::optional<int> year_of(const std::optional<std::string>& date) {
  if (!date || date->size() < 4) return std::nullopt;
  int year = 0;
  const auto [end, error] = std::from_chars(date->data(), date->data() + 4, year);
  if (error != std::errc{} || end != date->data() + 4) return std::nullopt;
  return year;
}

void mark_time_word_starts(WordStartTable& table) {
  for (char32_t c : relative_word_index().first_characters()) table.mark(c, kTimeWord);
}

std::vector<TimeMark> time_marks(std::string_view text, const std::vector<PeriodMention>& periods,
                                 const std::optional<std::string>& date,
                                 std::span<const WordStart> starts) {
  std::vector<TimeMark> marks;
  marks.reserve(periods.size());
  const std::optional<int> year = year_of(date);
  const PhraseIndex& relative = relative_word_index();
  std::size_t at = 0;  // where the last relative word ended
  for (const WordStart& start : starts) {
    if ((start.kinds & kTimeWord) == 0 || start.offset < at) continue;
    at = start.offset;
    auto match = relative.match_at(text, at);
    const bool whole_year = match && match->entry == words::relative_time_rows().size();
    // 截至今年7月底 is 截至 + 今年, not 至今 + 年.
    if (match && !whole_year && words::relative_time_rows()[match->entry].word.ends_with("今") &&
        text.substr(at + match->length).starts_with("年"))
      match.reset();
    if (whole_year) {
      // 全年 after 2024年, 上年 or 去年 is that year's, already marked; 比去年同期和全年都提高
      // compares with it.
      if (!text.substr(0, at).ends_with("年") && !is_change_base(text, at) &&
          !compares_in_its_clause(text, at) && !qualifies_a_plan(text, at + match->length))
        marks.push_back({.span = {at, at + match->length},
                         .canonical = std::string(kUnknownYear),
                         .whole_year = true});
      at += match->length;
      continue;
    }
    if (match) {
      const RelativeTimeRow& word = words::relative_time_rows()[match->entry];
      if (word.present) {
        marks.push_back({{at, at + match->length}, date ? "as-of-" + *date : std::string()});
      } else if (!is_change_base(text, at)) {
        TimeMark mark =
            year ? relative_mark(text, at, word, *year) : TimeMark{{at, at + match->length}, {}};
        // 比上年全年和上年同期分别加快: the same time last year is a base, however it is joined;
        // so is the year of 是上年的3倍.
        mark.comparison_base = text.substr(at + match->length).starts_with("同期") ||
                               is_multiple_base(text, {at, at + match->length});
        marks.push_back(std::move(mark));
      }
      at += match->length;
    }
  }
  for (const PeriodMention& period : periods) {
    // 相当于2019年同期的80%: the same time of another year is a base.
    const bool base = is_change_base(text, period.span.begin) ||
                      text.substr(period.span.end).starts_with("同期") ||
                      is_multiple_base(text, period.span);
    // 五年前: counted back from the article's year; not known without it.
    if (period.canonical == kUnknownYear) {
      if (const std::optional<int> back = years_before_now(
              text.substr(period.span.begin, period.span.end - period.span.begin))) {
        marks.push_back(
            {period.span, year ? fmt::format("{}", *year - *back) : std::string(), base});
        continue;
      }
    }
    marks.push_back(
        {period.span, with_since(text, period), base, names_an_edition(text, period.span.end)});
  }
  std::stable_sort(marks.begin(), marks.end(), [](const TimeMark& a, const TimeMark& b) {
    return a.span.begin < b.span.begin;
  });
  resolve_unknown_years(marks, year);
  resolve_whole_years(text, marks);
  return marks;
}

}  // namespace figcheck::parser
