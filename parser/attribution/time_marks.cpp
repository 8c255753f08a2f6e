#include "parser/attribution/time_marks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "parser/grammar/parsers.hpp"
#include "parser/phrase_index.hpp"

namespace figcheck::parser {

namespace {

struct RelativeWord {
  std::string_view text;
  int year_offset;
  bool present;  // 目前: now, not a year
};

constexpr std::array kRelativeWords{
    RelativeWord{"今年", 0, false},    RelativeWord{"本年度", 0, false},
    RelativeWord{"去年", -1, false},   RelativeWord{"上年", -1, false},
    RelativeWord{"上一年", -1, false}, RelativeWord{"前年", -2, false},
    RelativeWord{"明年", 1, false},    RelativeWord{"截至目前", 0, true},
    RelativeWord{"目前", 0, true},     RelativeWord{"如今", 0, true},
    RelativeWord{"当前", 0, true},     RelativeWord{"至今", 0, true},
};

const PhraseIndex& relative_word_index() {
  static const PhraseIndex index = [] {
    PhraseIndex built;
    for (std::size_t i = 0; i < kRelativeWords.size(); ++i) built.add(kRelativeWords[i].text, i);
    return built;
  }();
  return index;
}

// 今年上半年 → the period grammar reads "2025年上半年".
TimeMark relative_mark(std::string_view text, std::size_t at, const RelativeWord& word, int year) {
  const std::size_t word_end = at + word.text.size();
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
  for (std::string_view lead : {"比", "较", "同比", "与", "同", "相较", "对比"}) {
    if (at >= lead.size() && text.substr(at - lead.size(), lead.size()) == lead) return true;
  }
  return false;
}

// 2021年以来 → since-2021: a span up to now, not the year itself.
std::string with_since(std::string_view text, const PeriodMention& period) {
  const std::string_view after = text.substr(period.span.end, 6);
  if (after.starts_with("以来") && period.canonical.size() == 4) return "since-" + period.canonical;
  return period.canonical;
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
    // 截至今年7月底 is 截至 + 今年, not 至今 + 年.
    if (match && kRelativeWords[match->entry].text.ends_with("今") &&
        text.substr(at + match->length).starts_with("年"))
      match.reset();
    if (match) {
      const RelativeWord& word = kRelativeWords[match->entry];
      if (word.present) {
        marks.push_back({{at, at + match->length}, date ? "as-of-" + *date : std::string()});
      } else if (!is_change_base(text, at)) {
        TimeMark mark =
            year ? relative_mark(text, at, word, *year) : TimeMark{{at, at + match->length}, {}};
        // 比上年全年和上年同期分别加快: the same time last year is a base, however it is joined.
        mark.comparison_base = text.substr(at + match->length).starts_with("同期");
        marks.push_back(std::move(mark));
      }
      at += match->length;
    }
  }
  for (const PeriodMention& period : periods) {
    // 相当于2019年同期的80%: the same time of another year is a base.
    const bool base =
        is_change_base(text, period.span.begin) || text.substr(period.span.end).starts_with("同期");
    marks.push_back({period.span, with_since(text, period), base});
  }
  std::stable_sort(marks.begin(), marks.end(), [](const TimeMark& a, const TimeMark& b) {
    return a.span.begin < b.span.begin;
  });
  // A month or quarter without a year (6月, 前三季度) takes the year last written before it, else
  // the article's own; a base (比上年, 上年同期) is no year the article goes on in.
  std::optional<std::string> last_year;
  if (year) last_year = fmt::format("{}", *year);
  for (TimeMark& mark : marks) {
    if (mark.canonical.starts_with("XXXX")) {
      if (last_year) {
        std::string resolved = mark.canonical;
        for (std::size_t p; (p = resolved.find("XXXX")) != std::string::npos;)
          resolved.replace(p, 4, *last_year);
        mark.canonical = std::move(resolved);
      } else {
        mark.canonical.clear();
      }
    } else if (!mark.comparison_base && mark.canonical.size() >= 4 &&
               std::isdigit(static_cast<unsigned char>(mark.canonical[0]))) {
      last_year = mark.canonical.substr(0, 4);
    }
  }
  return marks;
}

}  // namespace figcheck::parser
