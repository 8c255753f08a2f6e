#include "checker/rules/subset_whole.hpp"

#include <string_view>

#include "checker/claim_key.hpp"
#include "checker/rule.hpp"
#include "parser/breakdown.hpp"

namespace figcheck::checker {

namespace {

// 新增2例确诊病例和1例阳性者，其中2例确诊病例在海淀区: the figure before 其中 ends a list
// of wholes joined in its clause, and 其中 may divide any of them.
bool lists_one_of_several_wholes(const Article& article, std::size_t whole) {
  if (whole == 0) return false;
  const parser::Claim& c = article.claims[whole];
  const parser::Claim& before = article.claims[whole - 1];
  if (unit_family(before) != unit_family(c) || before.classifier != c.classifier ||
      before.span.end > c.span.begin)
    return false;
  const std::string_view between =
      article.document->text().substr(before.span.end, c.span.begin - before.span.end);
  return !mentions_any(between, {"，", "；", "。", ",", ";"}) &&
         mentions_any(between, {"和", "及", "与", "、"});
}

}  // namespace

bool additive(const parser::Claim& c) {
  return (c.kind == parser::ClaimKind::count || c.kind == parser::ClaimKind::money ||
          c.kind == parser::ClaimKind::measure) &&
         !c.signed_sum && c.unit != "age";
}

// The last figure before 其中 with the same unit, in the same or the previous sentence, when it
// is a plain value. When that figure is an increase (新增公路63.9万公里, 比上年增加4000亿元),
// which of the two 其中 divides is unclear, and a figure further back belongs to another list
// (铁路新线1.6万公里): no whole.
const parser::Claim* whole_of_subset(const Article& article, std::size_t index) {
  const parser::Claim& part = article.claims[index];
  const std::string_view text = article.document->text();
  // 境外输入病例39例（上海22例，广东5例）: the figure before the breakdown, an increase too
  // (新增本土病例20例（长春市9例，…）): the parenthesis says which figure it divides.
  if (const auto whole = parser::breakdown_whole(text, article.claims, index)) {
    const parser::Claim& c = article.claims[*whole];
    const bool divisible = c.role == parser::Role::value || c.role == parser::Role::subset ||
                           c.role == parser::Role::change;
    return additive(c) && divisible ? &c : nullptr;
  }
  const std::size_t marker = text.rfind("其中", part.span.begin);
  if (marker == std::string_view::npos || marker + 600 < part.span.begin) return nullptr;
  // “其中，…” opening a sentence divides something of the sentences before, often not their
  // last figure: no whole.
  if (marker <= part.sentence.begin + 3) return nullptr;
  for (std::size_t j = index; j-- > 0;) {
    const parser::Claim& c = article.claims[j];
    if (c.span.end > marker) continue;
    if (marker - c.span.end > 300) return nullptr;
    if (unit_family(c) != unit_family(part) || c.classifier != part.classifier) continue;
    // 年均超收2040亿元: an average has no parts.
    if (c.role != parser::Role::value || !additive(c) || c.averaged) return nullptr;
    return lists_one_of_several_wholes(article, j) ? nullptr : &c;
  }
  return nullptr;
}

}  // namespace figcheck::checker
