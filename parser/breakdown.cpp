#include "parser/breakdown.hpp"

#include <algorithm>
#include <array>

#include "parser/byte_match.hpp"

namespace figcheck::parser {

namespace {

constexpr std::string_view kFullWidthOpen = "（";
constexpr std::string_view kFullWidthClose = "）";
// What ends the clause a 其中 opens.
constexpr auto kClauseBreaks = std::to_array<std::string_view>({"，", "；", "：", ",", ";", ":"});
// A breakdown is a list of places or kinds, a line or two, not a paragraph.
constexpr std::size_t kMaxBreakdownBytes = 900;

// A breakdown may run over several sentences (上海22例；广东5例), never past a full stop or a
// line break.
bool ends_a_statement(std::string_view text, std::size_t at) {
  return text[at] == '\n' || starts_with_at(text, at, "。");
}
bool statement_ends_before(std::string_view text, std::size_t at) {
  return text[at - 1] == '\n' || ends_with_at(text, at, "。");
}

// Where the parenthesis opening at `open` closes (the byte after it); nullopt when it does not
// close in its statement.
std::optional<std::size_t> closing_after(std::string_view text, std::size_t open) {
  const std::size_t end = std::min(text.size(), open + kMaxBreakdownBytes);
  int depth = 0;
  for (std::size_t at = open; at < end && !ends_a_statement(text, at);) {
    if (starts_with_at(text, at, kFullWidthOpen) || text[at] == '(') {
      ++depth;
    } else if (starts_with_at(text, at, kFullWidthClose) || text[at] == ')') {
      if (--depth == 0) return at + (text[at] == ')' ? 1 : kFullWidthClose.size());
    }
    at += starts_with_at(text, at, kFullWidthOpen) || starts_with_at(text, at, kFullWidthClose)
              ? kFullWidthOpen.size()
              : 1;
  }
  return std::nullopt;
}

// Where the innermost parenthesis still open at `position` opens, in its statement.
std::optional<std::size_t> open_parenthesis_before(std::string_view text, std::size_t position) {
  const std::size_t floor = position > kMaxBreakdownBytes ? position - kMaxBreakdownBytes : 0;
  int closed = 0;
  for (std::size_t at = position; at > floor && !statement_ends_before(text, at);) {
    if (ends_with_at(text, at, kFullWidthClose) || text[at - 1] == ')') {
      ++closed;
    } else if (ends_with_at(text, at, kFullWidthOpen) || text[at - 1] == '(') {
      const std::size_t length = text[at - 1] == '(' ? 1 : kFullWidthOpen.size();
      if (closed == 0) return at - length;
      --closed;
    }
    at -= ends_with_at(text, at, kFullWidthOpen) || ends_with_at(text, at, kFullWidthClose)
              ? kFullWidthOpen.size()
              : 1;
  }
  return std::nullopt;
}

bool same_measure(const Claim& a, const Claim& b) {
  return a.kind == b.kind && a.unit == b.unit && a.classifier == b.classifier &&
         a.per_unit == b.per_unit;
}

// Counts, amounts and measures add up; rates, shares and multiples do not.
bool may_have_parts(const Claim& c) {
  return c.kind == ClaimKind::count || c.kind == ClaimKind::money || c.kind == ClaimKind::measure;
}

bool names_a_time(std::string_view words) {
  static constexpr auto kTimeWords =
      std::to_array<std::string_view>({"年", "月", "季度", "同期", "以前", "以来"});
  return std::any_of(kTimeWords.begin(), kTimeWords.end(), [&](std::string_view word) {
    return words.find(word) != std::string_view::npos;
  });
}

// The figure ending where the parenthesis at `open` opens, among claims[0, before).
std::optional<std::size_t> figure_ending_at(std::span<const Claim> claims, std::size_t before,
                                            std::size_t open) {
  for (std::size_t j = before; j-- > 0;) {
    if (claims[j].span.end == open) return j;
    if (claims[j].span.end < open) break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> breakdown_whole(std::string_view text, std::span<const Claim> claims,
                                           std::size_t index) {
  const Claim& part = claims[index];
  const auto open = open_parenthesis_before(text, part.span.begin);
  if (!open) return std::nullopt;
  // （北京6例，其中丰台区4例、房山区1例；河北3例）: in the clause of a 其中 the parts are the
  // Beijing figure's; after it (河北3例) they are the breakdown's again.
  const std::string_view before = text.substr(*open, part.span.begin - *open);
  if (const std::size_t among = before.rfind("其中"); among != std::string_view::npos) {
    const std::string_view after_among = before.substr(among);
    const bool clause_closed = std::any_of(
        kClauseBreaks.begin(), kClauseBreaks.end(),
        [&](std::string_view mark) { return after_among.find(mark) != std::string_view::npos; });
    if (!clause_closed) return std::nullopt;
  }
  const auto whole = figure_ending_at(claims, index, *open);
  if (!whole || !same_measure(claims[*whole], part)) return std::nullopt;
  return whole;
}

void mark_breakdown_parts(std::string_view text, std::vector<Claim>& claims) {
  for (std::size_t w = 0; w < claims.size(); ++w) {
    const Claim& whole = claims[w];
    const std::size_t open = whole.span.end;
    if (!may_have_parts(whole) ||
        !(starts_with_at(text, open, kFullWidthOpen) || starts_with_at(text, open, "(")))
      continue;
    const auto close = closing_after(text, open);
    if (!close) continue;
    std::vector<std::size_t> parts;
    bool only_parts = true;
    for (std::size_t j = w + 1; j < claims.size() && claims[j].span.begin < *close; ++j) {
      if (breakdown_whole(text, claims, j) != w) continue;  // nested deeper, or after 其中
      // A breakdown inside a 其中 clause (其中境外输入病例39例（上海22例，…）) has parts already
      // read as subsets of the outer whole.
      if (claims[j].role != Role::value && claims[j].role != Role::subset) only_parts = false;
      parts.push_back(j);
    }
    if (parts.size() < 2 || !only_parts || names_a_time(text.substr(open, *close - open))) continue;
    for (std::size_t j : parts) claims[j].role = Role::subset;
  }
}

}  // namespace figcheck::parser
