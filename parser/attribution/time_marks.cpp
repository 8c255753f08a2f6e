#include "parser/attribution/time_marks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "parser/attribution/words/time_rows.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/attribution/year_in_force.hpp"
#include "parser/byte_match.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/phrase_index.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

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

// 今年上半年 → the period grammar reads "2030年上半年" (with 2030 the article's year).
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
  static const auto change_base_leads = words::words_of(WordClass::change_base_lead);
  for (std::string_view lead : change_base_leads) {
    if (ends_with_at(text, at, lead)) return true;
  }
  return false;
}

// 收入8亿元，是上年全年的2倍, 为2010年的3倍: the year of the base of a multiple (是2030年5月
// 的每吨900元 dates its own figure: no 倍 follows).
bool is_multiple_base(std::string_view text, ByteSpan span) {
  const std::string_view before = text.substr(0, span.begin);
  static const auto multiple_leads = words::words_of(WordClass::multiple_lead);
  static const auto period_parts = words::words_of(WordClass::whole_or_same_period);
  if (words::word_ending(multiple_leads, before).empty()) return false;
  std::string_view after = text.substr(span.end, 32);
  for (std::string_view part : period_parts)
    if (after.starts_with(part)) after.remove_prefix(part.size());
  if (!after.starts_with("的")) return false;
  const std::size_t times = after.find("倍");
  return times != std::string_view::npos &&
         after.substr(0, times).find("，") == std::string_view::npos;
}

// 2030年度优秀设计奖, 2030年度创新企业榜: 年度 opening the name of an award or a list.
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

// 2021年以来, 自2021年12月开通以来 → since-…: the start of a span up to now, not the time of
// the figure. 以来 closes the span right after the mark, or later in its clause when 自 or 从
// opens it.
bool starts_a_span(std::string_view text, const TimeMark& mark, std::size_t lead_end) {
  const std::string_view after = text.substr(mark.span.end);
  if (after.starts_with("以来")) return true;
  const std::string_view before = text.substr(0, lead_end);
  if (!before.ends_with("自") && !before.ends_with("从")) return false;
  // Only the clause is searched: a search to the end of the text from every such mark would be
  // quadratic in a long one.
  const std::string_view clause =
      after.substr(0, clause_end(after, 0, std::min(after.size(), kMaxSentenceBytes)));
  return clause.find("以来") != std::string_view::npos;
}

// 去年12月 read as a relative mark holds the 12月 the extractor read: the longer reading stands.
void drop_marks_inside_others(std::vector<TimeMark>& marks) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (kept > 0 && marks[i].span.begin >= marks[kept - 1].span.begin &&
        marks[i].span.end <= marks[kept - 1].span.end)
      continue;
    if (kept != i) marks[kept] = std::move(marks[i]);
    ++kept;
  }
  marks.resize(kept);
}

// Marks written together (去年 7月) share the word before the first of them. A span from the
// start of the article's own year (今年以来) is that year so far, dated by the article instead.
void mark_starts_of_spans(std::string_view text, std::vector<TimeMark>& marks,
                          std::optional<int> article_year) {
  const std::string own_year = article_year ? fmt::format("{}", *article_year) : std::string();
  std::size_t lead_end = 0;
  std::size_t reach = 0;  // the furthest end of the marks so far
  for (std::size_t i = 0; i < marks.size(); ++i) {
    TimeMark& mark = marks[i];
    if (i == 0 || reach < mark.span.begin) lead_end = mark.span.begin;
    reach = std::max(reach, mark.span.end);
    if (mark.canonical.empty() || mark.comparison_base || mark.canonical.starts_with("since-") ||
        !std::isdigit(static_cast<unsigned char>(mark.canonical[0])) || mark.canonical == own_year)
      continue;
    if (starts_a_span(text, mark, lead_end)) mark.canonical = "since-" + mark.canonical;
  }
}

// A mark that says which year a text goes on in: not a base (比上年, 上年同期).
bool sets_the_year(const TimeMark& mark) {
  return !mark.comparison_base && mark.canonical.size() >= 4 &&
         std::isdigit(static_cast<unsigned char>(mark.canonical[0]));
}

// A relative year (去年四季度) holds to the end of its sentence only; a year counted from a time
// the text does not say (两年后) stays unknown.
void resolve_unknown_years(std::string_view text, std::vector<TimeMark>& marks,
                           const std::optional<std::string>& date) {
  YearInForce last_year(text, date);
  std::optional<std::string> relative_year;  // of a relative mark earlier in the sentence
  std::size_t relative_sentence_end = 0;
  std::optional<std::string> base_year;  // of a relative base (比去年) right before a mark
  std::size_t base_year_end = 0;
  for (TimeMark& mark : marks) {
    if (mark.whole_year) continue;
    const bool in_its_sentence = relative_year && mark.span.begin < relative_sentence_end;
    const bool after_a_base = base_year && mark.span.begin == base_year_end;
    const std::optional<std::string> year =
        after_a_base      ? base_year
        : in_its_sentence ? relative_year
                          : last_year.at(mark.span.begin, last_month_of(mark.canonical));
    if (mark.canonical == kUnknownYear) {
      mark.canonical.clear();
    } else if (mark.canonical.starts_with(kUnknownYear)) {
      if (year) {
        std::string resolved = mark.canonical;
        for (std::size_t p; (p = resolved.find(kUnknownYear)) != std::string::npos;)
          resolved.replace(p, kUnknownYear.size(), *year);
        mark.canonical = std::move(resolved);
      } else {
        mark.canonical.clear();
      }
    } else if (mark.relative && mark.comparison_base && mark.canonical.size() >= 4) {
      base_year = mark.canonical.substr(0, 4);
      base_year_end = mark.span.end;
    } else if (sets_the_year(mark) && mark.relative) {
      relative_year = mark.canonical.substr(0, 4);
      relative_sentence_end = sentence_around(text, mark.span.begin, mark.span.end).end;
    } else if (sets_the_year(mark)) {
      last_year.written(std::string_view(mark.canonical).substr(0, 4), mark.span.begin);
    }
  }
}

// 全年 is the whole of the year its paragraph's last dated mark is in (前三季度…；全年…), not
// the article's: a report written early in a year sums up the year before as 全年. In a paragraph
// with no dated mark before it, it marks nothing, and what carried over before carries on.
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

// 全年 at `at` (`length` bytes): a mark of the paragraph's year, unless it follows a year
// already marked (2030年全年, 上年全年), is a base (比去年同期和全年都…) or qualifies a plan.
void add_whole_year(std::string_view text, std::size_t at, std::size_t length,
                    std::vector<TimeMark>& marks) {
  if (text.substr(0, at).ends_with("年") || is_change_base(text, at) ||
      compares_in_its_clause(text, at) || qualifies_a_plan(text, at + length))
    return;
  marks.push_back(
      {.span = {at, at + length}, .canonical = std::string(kUnknownYear), .whole_year = true});
}

// The month `offset` months from the article's (YYYY-MM); empty without a date.
std::string month_from(const std::optional<std::string>& date, int offset) {
  constexpr std::size_t kMonthAt = 5;  // YYYY-MM-DD
  const std::optional<int> year = year_of(date);
  int month = 0;
  if (!year || date->size() < kMonthAt + 2 ||
      std::from_chars(date->data() + kMonthAt, date->data() + kMonthAt + 2, month).ec !=
          std::errc{} ||
      month < 1 || month > 12)
    return {};
  const int months = *year * 12 + (month - 1) + offset;
  return fmt::format("{}-{:02}", months / 12, months % 12 + 1);
}

// The relative word `word` at `at`: now (目前) as of the article's date; a year (去年) from the
// article's year, unless it is a change's base (比上年); the same time of it (上年同期) or a
// multiple's base (是上年的2倍) marked as a base.
void add_relative_word(std::string_view text, std::size_t at, std::size_t length,
                       const RelativeTimeRow& word, const std::optional<std::string>& date,
                       std::optional<int> year, std::vector<TimeMark>& marks) {
  if (word.present) {
    marks.push_back({{at, at + length}, date ? "as-of-" + *date : std::string()});
    return;
  }
  // Without the article's year a relative base says nothing; with it, it dates the month
  // written after it (比去年12月).
  const bool change_base = is_change_base(text, at);
  if (change_base && !year) return;
  TimeMark mark = word.counts_months
                      ? TimeMark{{at, at + length}, month_from(date, word.year_offset)}
                  : year ? relative_mark(text, at, word, *year)
                         : TimeMark{{at, at + length}, {}};
  mark.comparison_base = change_base || text.substr(at + length).starts_with("同期") ||
                         is_multiple_base(text, {at, at + length});
  mark.relative = true;
  marks.push_back(std::move(mark));
}

// The relative words at the word starts marked kTimeWord.
void add_relative_marks(std::string_view text, const std::optional<std::string>& date,
                        std::optional<int> year, std::span<const WordStart> starts,
                        std::vector<TimeMark>& marks) {
  const PhraseIndex& relative = relative_word_index();
  const auto rows = words::relative_time_rows();
  std::size_t at = 0;  // where the last relative word ended
  for (const WordStart& start : starts) {
    if ((start.kinds & kTimeWord) == 0 || start.offset < at) continue;
    at = start.offset;
    auto match = relative.match_at(text, at);
    if (!match) continue;
    if (match->entry == rows.size()) {
      add_whole_year(text, at, match->length, marks);
    } else if (rows[match->entry].word.ends_with("今") &&
               text.substr(at + match->length).starts_with("年")) {
      continue;  // 截至今年5月 is 截至 + 今年, not 至今 + 年
    } else {
      add_relative_word(text, at, match->length, rows[match->entry], date, year, marks);
    }
    at += match->length;
  }
}

// Whether `clause` holds a superlative: 最 and one character (最多, 最高) closing the clause or
// followed by 的, 水平 …; 最低工资 names a thing instead.
bool holds_a_superlative(std::string_view clause) {
  constexpr std::string_view kMost = "最";
  for (std::size_t at = clause.find(kMost); at != std::string_view::npos;
       at = clause.find(kMost, at + kMost.size())) {
    const std::size_t adjective = at + kMost.size();
    const utf8::Decoded d = utf8::decode(clause, adjective);
    if (!d.valid() || !utf8::is_han(d.code_point)) continue;
    const std::string_view rest = clause.substr(adjective + static_cast<std::size_t>(d.length));
    if (rest.empty() || !words::word_starting(WordClass::superlative_end, rest).empty())
      return true;
  }
  return false;
}

// 是近9年增产最多的, 创2015年以来新高: a span of years up to now before a superlative in its
// clause is how long a record stands, a frame like a base, not the time of any figure.
void mark_record_frames(std::string_view text, std::vector<TimeMark>& marks) {
  constexpr std::size_t kReachBytes = 36;  // twelve characters
  for (TimeMark& mark : marks) {
    if (!mark.canonical.starts_with("last-") && !mark.canonical.starts_with("since-")) continue;
    const std::string_view after = text.substr(mark.span.end, kReachBytes);
    const std::string_view clause = after.substr(0, clause_end(after, 0, after.size()));
    const bool record =
        holds_a_superlative(clause) ||
        std::any_of(words::words_of(WordClass::record_word).begin(),
                    words::words_of(WordClass::record_word).end(),
                    [&](std::string_view w) { return clause.find(w) != std::string_view::npos; });
    if (record) mark.comparison_base = true;
  }
}

// The mark of a period the extractor read: a base after a comparison word, before 同期 (相当于
// 2020年同期的90%) or as a multiple's base; 五年前 counted back from the article's year.
TimeMark period_mark(std::string_view text, const PeriodMention& period, std::optional<int> year) {
  // 相比去年12月: the comparison word may stand before the relative year the month is of.
  std::size_t lead_at = period.span.begin;
  for (const words::RelativeTimeRow& row : words::relative_time_rows()) {
    if (!row.present && ends_with_at(text, lead_at, row.word)) {
      lead_at -= row.word.size();
      break;
    }
  }
  const bool base = is_change_base(text, lead_at) ||
                    text.substr(period.span.end).starts_with("同期") ||
                    is_multiple_base(text, period.span);
  if (period.canonical == kUnknownYear) {
    if (const std::optional<int> back =
            years_before_now(text.substr(period.span.begin, period.span.end - period.span.begin)))
      return {period.span, year ? fmt::format("{}", *year - *back) : std::string(), base};
  }
  return {period.span, period.canonical, base, names_an_edition(text, period.span.end)};
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
  add_relative_marks(text, date, year, starts, marks);
  for (const PeriodMention& period : periods) marks.push_back(period_mark(text, period, year));
  std::stable_sort(marks.begin(), marks.end(), [](const TimeMark& a, const TimeMark& b) {
    return a.span.begin < b.span.begin;
  });
  drop_marks_inside_others(marks);
  // Twice: a start written with its year (2021年12月以来) opens a span up to now and sets no year
  // for the months after it; one whose year is resolved from the text opens one too.
  mark_starts_of_spans(text, marks, year);
  resolve_unknown_years(text, marks, date);
  resolve_whole_years(text, marks);
  mark_starts_of_spans(text, marks, year);
  mark_record_frames(text, marks);
  return marks;
}

}  // namespace figcheck::parser
