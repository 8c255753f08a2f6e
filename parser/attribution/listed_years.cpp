#include "parser/attribution/listed_years.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser {

namespace {

bool is_list_joiner(std::string_view gap) {
  return gap.empty() || words::is_word_of(words::WordClass::list_joiner, gap);
}

// 2021..2023 → {2021, 2023}; {0, 0} for anything else.
std::pair<int, int> year_span(std::string_view canonical) {
  const auto year = [](std::string_view y) {
    int value = 0;
    const auto [end, error] = std::from_chars(y.data(), y.data() + y.size(), value);
    return y.size() == 4 && error == std::errc() && end == y.data() + y.size() ? value : 0;
  };
  const std::size_t dots = canonical.find("..");
  if (dots == std::string_view::npos) return {0, 0};
  const int first = year(canonical.substr(0, dots));
  const int last = year(canonical.substr(dots + 2));
  if (first == 0 || last <= first) return {0, 0};
  return {first, last};
}

// The last run of joined years before `marker` in the sentence.
std::vector<const TimeMark*> joined_years(const AnnotatedDocument& document,
                                          std::size_t sentence_begin, std::size_t marker) {
  std::vector<const TimeMark*> years;
  const auto first = std::lower_bound(
      document.marks.begin(), document.marks.end(), sentence_begin,
      [](const TimeMark& m, std::size_t position) { return m.span.begin < position; });
  for (const TimeMark& mark : std::span(first, document.marks.end())) {
    if (mark.span.begin >= marker) break;
    if (mark.comparison_base) continue;
    const bool joined =
        !years.empty() &&
        is_list_joiner(slice(document.text, years.back()->span.end, mark.span.begin));
    if (!joined) years.clear();
    if (mark.canonical.size() == 4) years.push_back(&mark);
  }
  return years;
}

// The last time before `marker` in the sentence, when it is a span of `values` years.
std::vector<const TimeMark*> span_of_years(const AnnotatedDocument& document,
                                           std::size_t sentence_begin, std::size_t marker,
                                           std::size_t values) {
  std::vector<const TimeMark*> years;
  for (const TimeMark* mark = document.last_mark(marker);
       mark && mark->span.begin >= sentence_begin; mark = document.mark_before(mark)) {
    const auto [first, last] = year_span(mark->canonical);
    if (first == 0) continue;
    if (static_cast<std::size_t>(last - first + 1) == values) years.push_back(mark);
    break;
  }
  return years;
}

}  // namespace

std::vector<const TimeMark*> listed_years(const AnnotatedDocument& document,
                                          std::size_t sentence_begin, std::size_t items_begin,
                                          std::size_t marker, std::size_t items,
                                          std::size_t values) {
  std::vector<const TimeMark*> years = joined_years(document, sentence_begin, marker);
  const bool are_the_items = !years.empty() && years.front()->span.begin >= items_begin;
  if (years.size() >= 2 && years.size() == values && (are_the_items || items != values))
    return years;
  if (items == values) return {};
  return span_of_years(document, sentence_begin, marker, values);
}

std::string year_in_position(const std::vector<const TimeMark*>& years, std::size_t position) {
  if (years.size() == 1) {
    const auto [first, last] = year_span(years.front()->canonical);
    const int year = first + static_cast<int>(position);
    return year <= last ? fmt::format("{}", year) : std::string();
  }
  return position < years.size() ? years[position]->canonical : std::string();
}

std::string years_metric(const AnnotatedDocument& document, std::size_t index,
                         const std::vector<const TimeMark*>& years, std::size_t items_begin,
                         std::size_t marker) {
  std::string_view phrase =
      slice(document.text, std::max(years.back()->span.end, items_begin), marker);
  if (phrase.starts_with("的")) phrase.remove_prefix(std::string_view("的").size());
  if (phrase.empty() && years.front()->span.begin > items_begin) {
    phrase = slice(document.text, items_begin, years.front()->span.begin);
    if (phrase.ends_with("继")) phrase.remove_suffix(std::string_view("继").size());
  }
  std::string metric = phrase.empty() ? std::string() : named(document.metrics, phrase);
  return metric.empty() ? previous_metric(document, index) : metric;
}

}  // namespace figcheck::parser
