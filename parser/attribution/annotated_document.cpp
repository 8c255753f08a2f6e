#include "parser/attribution/annotated_document.hpp"

#include <algorithm>

#include "parser/attribution/text_spans.hpp"
#include "parser/byte_match.hpp"
#include "parser/sentence.hpp"

namespace figcheck::parser {

namespace {

// How far back a paragraph's context reaches: a 10 MB line without a break must not make every
// figure look through all of it.
constexpr std::size_t kParagraphWindowBytes = 16 * 1024;

}  // namespace

bool closes_a_parenthesis(std::string_view between) {
  // Most text between a name and a figure holds no parenthesis at all: two memchr passes.
  if (between.find(')') == std::string_view::npos && between.find("）") == std::string_view::npos)
    return false;
  int depth = 0;
  for (std::size_t at = 0; at < between.size(); ++at) {
    if (starts_with_at(between, at, "（") || between[at] == '(') ++depth;
    if (starts_with_at(between, at, "）") || between[at] == ')') {
      if (--depth < 0) return true;
    }
  }
  return false;
}

AnnotatedDocument::AnnotatedDocument(std::string_view text_in, std::vector<Claim>& claims_in,
                                     std::vector<EntityMention> mentions_in,
                                     std::vector<TimeMark> marks_in,
                                     std::span<const WordStart> starts,
                                     const MetricLexicon& metrics_in,
                                     const KeyNarrower& narrower_in,
                                     const std::optional<std::string>& date_in)
    : text(text_in),
      claims(claims_in),
      mentions(std::move(mentions_in)),
      marks(std::move(marks_in)),
      metrics(metrics_in),
      narrower(narrower_in),
      date(date_in),
      year(year_of(date_in)) {
  subject = article_subject(text, mentions);
  // The word starts hold every line break already (as sentence breaks).
  for (const WordStart& start : starts) {
    if ((start.kinds & kSentenceBreak) != 0 && text[start.offset] == '\n')
      line_starts.push_back(start.offset + 1);
  }
  clauses.reserve(claims.size());
  for (const Claim& claim : claims)
    clauses.push_back(clause_start(text, claim.span.begin, claim.sentence.begin));
}

std::size_t AnnotatedDocument::line_begin(std::size_t position) const {
  const auto after = std::upper_bound(line_starts.begin(), line_starts.end(), position);
  const std::size_t start = after == line_starts.begin() ? 0 : *std::prev(after);
  if (position - start <= kParagraphWindowBytes) return start;
  std::size_t begin = position - kParagraphWindowBytes;
  while (begin < position && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  return begin;
}

const EntityMention* AnnotatedDocument::last_mention(std::size_t floor, std::size_t end,
                                                     bool skip_scope) const {
  auto it = std::lower_bound(
      mentions.begin(), mentions.end(), end,
      [](const EntityMention& m, std::size_t position) { return m.span.begin < position; });
  while (it != mentions.begin()) {
    --it;
    if (it->span.begin < floor) return nullptr;
    if (it->span.end <= end && it->may_be_subject() && !(skip_scope && it->scope)) return &*it;
  }
  return nullptr;
}

const EntityMention* AnnotatedDocument::last_open_mention(std::size_t floor, std::size_t end,
                                                          bool skip_scope) const {
  const EntityMention* m = last_mention(floor, end, skip_scope);
  while (m && closes_a_parenthesis(slice(text, m->span.end, end)))
    m = last_mention(floor, m->span.begin, skip_scope);
  return m;
}

const EntityMention* AnnotatedDocument::first_mention(std::size_t begin, std::size_t end,
                                                      bool skip_scope) const {
  auto it = std::lower_bound(
      mentions.begin(), mentions.end(), begin,
      [](const EntityMention& m, std::size_t position) { return m.span.begin < position; });
  for (; it != mentions.end() && it->span.end <= end; ++it) {
    if (it->may_be_subject() && !(skip_scope && it->scope)) return &*it;
  }
  return nullptr;
}

std::size_t AnnotatedDocument::first_mention_from(std::size_t position) const {
  const auto it =
      std::lower_bound(mentions.begin(), mentions.end(), position,
                       [](const EntityMention& m, std::size_t at) { return m.span.begin < at; });
  return static_cast<std::size_t>(it - mentions.begin());
}

const EntityMention* AnnotatedDocument::last_place(std::size_t floor, std::size_t end) const {
  for (const EntityMention* m = last_mention(floor, end, true); m;
       m = last_mention(floor, m->span.begin, true)) {
    if (m->level != EntityLevel::organisation) return m;
  }
  return nullptr;
}

const TimeMark* AnnotatedDocument::last_mark(std::size_t end) const {
  auto it = std::lower_bound(
      marks.begin(), marks.end(), end,
      [](const TimeMark& m, std::size_t position) { return m.span.end <= position; });
  return it == marks.begin() ? nullptr : &*std::prev(it);
}

const TimeMark* AnnotatedDocument::mark_before(const TimeMark* mark) const {
  return mark == marks.data() ? nullptr : mark - 1;
}

std::span<const Claim> AnnotatedDocument::earlier_in_sentence(std::size_t index) const {
  std::size_t first = index;
  while (first > 0 && claims[first - 1].sentence.begin == claims[index].sentence.begin) --first;
  return std::span<const Claim>(claims).subspan(first, index - first);
}

const Claim& AnnotatedDocument::first_in_sentence(std::size_t index) const {
  const std::span<const Claim> earlier = earlier_in_sentence(index);
  return earlier.empty() ? claims[index] : earlier.front();
}

std::size_t AnnotatedDocument::first_claim_from(std::size_t position) const {
  const auto it =
      std::lower_bound(claims.begin(), claims.end(), position,
                       [](const Claim& c, std::size_t at) { return c.span.begin < at; });
  return static_cast<std::size_t>(it - claims.begin());
}

std::size_t AnnotatedDocument::last_among(ByteSpan sentence, std::size_t floor,
                                          std::size_t end) const {
  return among_.last_before(text, sentence, floor, end);
}

std::string_view AnnotatedDocument::last_holiday(std::size_t begin, std::size_t end) const {
  return holidays_.last_in(text, line_starts, begin, end);
}

}  // namespace figcheck::parser
