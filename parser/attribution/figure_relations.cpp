// The relations pass: which figure of its article each figure divides, is a share of, or
// multiplies, read from the words between them (其中, a parenthesis, 占, 是…的), so that the rules
// compare figures without reading the text again.
#include <algorithm>
#include <array>
#include <string_view>

#include "parser/attribution/passes.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/breakdown.hpp"
#include "parser/byte_match.hpp"

namespace figcheck::parser {

namespace {

bool same_unit(const Claim& a, const Claim& b) {
  return a.unit == b.unit && a.per_unit == b.per_unit;
}

bool holds_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

// 新增2例确诊病例和1例阳性者，其中2例确诊病例在海淀区: the figure before 其中 ends a list
// of wholes joined in its clause, and 其中 may divide any of them.
bool lists_one_of_several_wholes(const AnnotatedDocument& document, std::size_t whole) {
  if (whole == 0) return false;
  const Claim& c = document.claims[whole];
  const Claim& before = document.claims[whole - 1];
  if (!same_unit(before, c) || before.classifier != c.classifier || before.span.end > c.span.begin)
    return false;
  const std::string_view between = slice(document.text, before.span.end, c.span.begin);
  return !holds_any(between, {"，", "；", "。", ",", ";"}) &&
         holds_any(between, {"和", "及", "与", "、"});
}

// The figure the claim at `index` is a part of: the one before the parenthesis that lists it
// (境外输入病例39例（上海22例，…）), an increase too; else the last figure before the 其中 that
// refers back to it, with the same unit, in the same or the previous sentence, when it is a
// plain value. When that figure is an increase (新增公路63.9万公里), which of the two 其中 divides
// is unclear, and a figure further back belongs to another list: no whole.
std::optional<std::uint32_t> whole_divided(const AnnotatedDocument& document, std::size_t index) {
  const Claim& part = document.claims[index];
  const std::string_view text = document.text;
  if (const auto whole = breakdown_whole(text, document.claims, index)) {
    const Claim& c = document.claims[*whole];
    const bool divisible =
        c.role == Role::value || c.role == Role::subset || c.role == Role::change;
    if (adds_up(c) && divisible) return static_cast<std::uint32_t>(*whole);
    return std::nullopt;
  }
  constexpr std::size_t kMarkerReach = 600;  // bytes back to the 其中
  constexpr std::size_t kWholeReach = 300;   // bytes back from the 其中 to its whole
  const std::size_t marker = text.rfind("其中", part.span.begin);
  if (marker == std::string_view::npos || marker + kMarkerReach < part.span.begin)
    return std::nullopt;
  // “其中，…” opening a sentence divides something of the sentences before, often not their
  // last figure: no whole.
  if (marker <= part.sentence.begin + 3) return std::nullopt;
  for (std::size_t j = index; j-- > 0;) {
    const Claim& c = document.claims[j];
    if (c.span.end > marker) continue;
    if (marker - c.span.end > kWholeReach) return std::nullopt;
    if (!same_unit(c, part) || c.classifier != part.classifier) continue;
    // 年均超收2040亿元: an average has no parts.
    if (c.role != Role::value || !adds_up(c) || c.averaged) return std::nullopt;
    if (lists_one_of_several_wholes(document, j)) return std::nullopt;
    return static_cast<std::uint32_t>(j);
  }
  return std::nullopt;
}

// Where the statement holding `position` ends: its full stop or line break. Positions are asked
// in increasing order: the scan goes on from where it stopped, once over the text in all.
class StatementEnds {
 public:
  explicit StatementEnds(std::string_view text) : text_(text) {}
  std::size_t after(std::size_t position) {
    if (end_ >= position && scanned_) return end_;
    for (std::size_t at = std::max(position, scanned_to_); at < text_.size(); ++at) {
      if (text_[at] == '\n' || starts_with_at(text_, at, "。")) {
        scanned_to_ = at;
        scanned_ = true;
        return end_ = at;
      }
    }
    scanned_to_ = text_.size();
    scanned_ = true;
    return end_ = text_.size();
  }

 private:
  std::string_view text_;
  std::size_t scanned_to_ = 0;
  std::size_t end_ = 0;
  bool scanned_ = false;
};

bool is_amount(const Claim& c) {
  return (c.kind == ClaimKind::money || c.kind == ClaimKind::count ||
          c.kind == ClaimKind::measure) &&
         c.value && (c.role == Role::value || c.role == Role::subset);
}

// A share's part (the amount before it in its sentence) and, when written, its whole: a figure
// of the same unit between 占 and the share; for 其中汽车产值2900亿元，占比68% the whole its part
// divides; for 占总产值的40% the figure earlier on that the whole's name names.
void share_figures(const AnnotatedDocument& document, std::size_t index) {
  Claim& share = document.claims[index];
  const std::string_view text = document.text;
  constexpr std::string_view kShareMark = "占";
  const std::size_t in_sentence =
      slice(text, share.sentence.begin, share.span.begin + kShareMark.size()).rfind(kShareMark);
  const bool has_marker = in_sentence != std::string_view::npos;
  const std::size_t marker =
      has_marker ? share.sentence.begin + in_sentence : std::string_view::npos;
  std::optional<std::uint32_t> part;
  std::optional<std::uint32_t> whole;
  for (std::size_t j = index; j-- > 0;) {
    const Claim& c = document.claims[j];
    if (!(c.sentence == share.sentence)) break;
    if (!is_amount(c)) continue;
    if (has_marker && c.span.begin > marker) {
      if (!whole) whole = static_cast<std::uint32_t>(j);
      continue;
    }
    part = static_cast<std::uint32_t>(j);
    break;
  }
  if (part && whole && !same_unit(document.claims[*part], document.claims[*whole])) whole.reset();
  share.share_part = part;
  share.share_whole = whole;
  if (!part || whole) return;
  const Claim& the_part = document.claims[*part];
  const std::string_view after_part = slice(text, the_part.span.end, marker);
  if (has_marker && the_part.role == Role::subset && (after_part == "，" || after_part == ",") &&
      text.substr(marker).starts_with("占比") && the_part.whole_figure) {
    share.share_whole = the_part.whole_figure;
    return;
  }
  if (!share.whole) return;
  const ShareWhole& named = *share.whole;
  for (std::size_t j = index; j-- > 0;) {
    const Claim& c = document.claims[j];
    if (!(c.sentence == share.sentence)) break;
    if (j == *part || !is_amount(c) || c.metric.empty() || !same_unit(c, the_part) ||
        c.metric == the_part.metric)
      continue;
    if (named.metric == c.metric && (named.entity.empty() || named.entity == c.entity)) {
      share.share_whole = static_cast<std::uint32_t>(j);
      return;
    }
  }
}

// 收入8亿元，是2020年的3倍: the figure right before a multiple in its sentence, with 是…的
// between them, is the one it multiplies.
std::optional<std::uint32_t> figure_multiplied(const AnnotatedDocument& document,
                                               std::size_t index) {
  if (index == 0) return std::nullopt;
  const Claim& times = document.claims[index];
  const Claim& now = document.claims[index - 1];
  if (!(now.sentence == times.sentence)) return std::nullopt;
  const std::string_view between = slice(document.text, now.span.end, times.span.begin);
  if (between.find("是") == std::string_view::npos || !between.ends_with("的")) return std::nullopt;
  return static_cast<std::uint32_t>(index - 1);
}

}  // namespace

void relate_figures(AnnotatedDocument& document) {
  std::vector<Claim>& claims = document.claims;
  StatementEnds statement_ends(document.text);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& claim = claims[i];
    claim.statement_end = statement_ends.after(claim.span.end);
    if (claim.role == Role::subset) claim.whole_figure = whole_divided(document, i);
    if (claim.kind == ClaimKind::multiple) claim.multiplied = figure_multiplied(document, i);
  }
  // A share's whole may be the whole its part divides: parts first.
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].role == Role::share && claims[i].kind == ClaimKind::percent && claims[i].value)
      share_figures(document, i);
  }
}

}  // namespace figcheck::parser
