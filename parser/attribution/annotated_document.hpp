// One article as the attribution passes read it, computed once: its text and claims, the
// entities and times it names, where its lines (paragraphs) start, each claim's clause, the
// article's subject and date; and the look-ups the passes share. The passes write the claims'
// key fields; everything else here is read-only once built (the two memos of 其中 and holiday
// positions fill as figures ask for them).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/attribution/article_subject.hpp"
#include "parser/attribution/entity_mentions.hpp"
#include "parser/attribution/key_narrowing.hpp"
#include "parser/attribution/line_memos.hpp"
#include "parser/attribution/metric_phrase.hpp"
#include "parser/attribution/time_marks.hpp"
#include "parser/attribution/word_starts.hpp"
#include "parser/claim.hpp"

namespace figcheck::parser {

struct AnnotatedDocument {
  AnnotatedDocument(std::string_view text, std::vector<Claim>& claims,
                    std::vector<EntityMention> mentions, std::vector<TimeMark> marks,
                    std::span<const WordStart> starts, const MetricLexicon& metrics,
                    const KeyNarrower& narrower, const std::optional<std::string>& date);

  std::string_view text;
  std::vector<Claim>& claims;  // in text order
  std::vector<EntityMention> mentions;
  std::vector<TimeMark> marks;
  std::vector<std::size_t> line_starts;  // offsets just after each line break
  std::vector<std::size_t> clauses;      // where the clause of each claim starts
  ArticleSubject subject;
  const MetricLexicon& metrics;     // the pack's metric names, for naming phrases
  const KeyNarrower& narrower;      // the pack's words that narrow a key
  std::optional<std::string> date;  // the article's date (YYYY-MM-DD); empty when not known
  std::optional<int> year;          // from the article's date; empty when not known

  // Where the line (paragraph) holding `position` starts, at most a paragraph window back.
  [[nodiscard]] std::size_t line_begin(std::size_t position) const;

  // The last entity that may be a subject named in [floor, end); scopes (全省) skipped on ask.
  [[nodiscard]] const EntityMention* last_mention(std::size_t floor, std::size_t end,
                                                  bool skip_scope = false) const;
  // The same, not inside a parenthesis closed before `end`.
  [[nodiscard]] const EntityMention* last_open_mention(std::size_t floor, std::size_t end,
                                                       bool skip_scope = false) const;
  [[nodiscard]] const EntityMention* first_mention(std::size_t begin, std::size_t end,
                                                   bool skip_scope = false) const;
  // The index of the first mention (of any kind) that begins at or after `position`;
  // mentions.size() when none.
  [[nodiscard]] std::size_t first_mention_from(std::size_t position) const;
  // The last mention in [floor, end) that is no body (a place or zone), scopes skipped.
  [[nodiscard]] const EntityMention* last_place(std::size_t floor, std::size_t end) const;

  // The last time mark that ends by `end`; null when none.
  [[nodiscard]] const TimeMark* last_mark(std::size_t end) const;
  // The mark before `mark` in text order; null at the first.
  [[nodiscard]] const TimeMark* mark_before(const TimeMark* mark) const;

  // The claims before claim `index` in its sentence, in text order.
  [[nodiscard]] std::span<const Claim> earlier_in_sentence(std::size_t index) const;
  [[nodiscard]] const Claim& first_in_sentence(std::size_t index) const;
  // The first claim that starts at or after `position`; claims.size() when none.
  [[nodiscard]] std::size_t first_claim_from(std::size_t position) const;

  // Where the last 其中 in [floor, end) of `sentence` starts; npos when none.
  [[nodiscard]] std::size_t last_among(ByteSpan sentence, std::size_t floor, std::size_t end) const;
  // The last holiday named in [begin, end), which lie in one line; empty when none.
  [[nodiscard]] std::string_view last_holiday(std::size_t begin, std::size_t end) const;

 private:
  mutable SubsetMarkers among_;
  mutable HolidayMarkers holidays_;
};

}  // namespace figcheck::parser
