// 分别 lists (甲、乙和丙分别为a、b和c): what each figure of the list stands for.
#include <algorithm>

#include "parser/attribution/listed_years.hpp"
#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/respectively_list.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/phrase_cues.hpp"
#include "parser/sentence.hpp"

namespace figcheck::parser {

namespace {

std::uint8_t capped(std::size_t n) {
  return static_cast<std::uint8_t>(std::min<std::size_t>(n, 255));
}

// How many figures the list that 分别 at `marker` opens holds: up to a comma or another 分别.
std::size_t values_after(const AnnotatedDocument& document, std::size_t marker, ByteSpan sentence) {
  std::size_t count = 0;
  std::size_t previous_end = marker;
  for (std::size_t i = document.first_claim_from(marker);
       i < document.claims.size() && document.claims[i].span.begin < sentence.end; ++i) {
    const Claim& c = document.claims[i];
    const std::string_view gap = slice(document.text, previous_end, c.span.begin);
    if (count > 0 && ends_a_respectively_list(gap)) break;
    ++count;
    previous_end = c.span.end;
  }
  return count;
}

// Where the list's words start: after the name that opens its clause, unless the name is an
// item itself (甲市、乙市分别…: followed by 、, or after one).
std::size_t list_begin(const AnnotatedDocument& document, std::size_t list_clause,
                       std::size_t marker) {
  std::size_t begin = list_clause;
  if (const EntityMention* m = document.last_mention(list_clause, marker)) {
    const bool first_item = document.text.substr(m->span.end).starts_with("、");
    const bool inside = slice(document.text, list_clause, m->span.begin).ends_with("、");
    if (!inside) begin = std::max(begin, first_item ? m->span.begin : m->span.end);
  }
  return begin;
}

// Which figure of the list claim `index` is, counting from 0.
std::size_t position_in_list(const AnnotatedDocument& document, std::size_t index,
                             std::size_t marker) {
  std::size_t position = 0;
  for (std::size_t j = index; j-- > 0;) {
    const Claim& c = document.claims[j];
    if (c.span.begin < marker || c.role != Role::respectively) break;
    ++position;
  }
  return position;
}

}  // namespace

RespectivelyItem respectively_item(const AnnotatedDocument& document, std::size_t index,
                                   std::size_t clause) {
  const Claim& claim = document.claims[index];
  const std::size_t marker =
      rfind_in(document.text, "分别", claim.sentence.begin, claim.span.begin);
  if (marker == std::string_view::npos)
    return {base_metric(document, index, clause, claim.span.begin), {}, 0};
  const std::size_t list_clause = clause_start(document.text, marker, claim.sentence.begin);
  const std::size_t values = values_after(document, marker, claim.sentence);
  const ScopedList scoped =
      cut_at_scope(slice(document.text, list_begin(document, list_clause, marker), marker));
  const std::vector<std::string_view> items = subjects_of(
      split_list(scoped.items, values), values, words::words_of(words::WordClass::lead_verb));
  const std::size_t position = position_in_list(document, index, marker);
  const std::size_t items_begin =
      items.empty() ? marker
                    : static_cast<std::size_t>(items.front().data() - document.text.data());
  if (const std::vector<const TimeMark*> years =
          listed_years(document, claim.sentence.begin, items_begin, marker, items.size(), values);
      !years.empty())
    return {years_metric(document, index, years, items_begin, marker),
            year_in_position(years, position), capped(values)};
  std::vector<std::string> subjects = complete_list(items);
  for (std::string& subject : subjects) subject += scoped.share_word;
  RespectivelyItem item;
  item.list_size = capped(subjects.size());
  if (position < subjects.size()) item.metric = named(document.metrics, subjects[position]);
  return item;
}

}  // namespace figcheck::parser
