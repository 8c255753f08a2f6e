#include "checker/rules/subset_whole.hpp"

#include <string_view>

#include "checker/claim_key.hpp"
#include "checker/rule.hpp"

namespace figcheck::checker {

namespace {

// Balances add up with signs: a goods surplus may exceed the current-account surplus it is part
// of (货物贸易顺差6080亿美元 within 经常账户顺差2642亿美元).
bool is_balance(const parser::Claim& c) {
  return mentions_any(c.metric, {"顺差", "逆差", "差额", "净"});
}

}  // namespace

bool additive(const parser::Claim& c) {
  return (c.kind == parser::ClaimKind::count || c.kind == parser::ClaimKind::money ||
          c.kind == parser::ClaimKind::measure) &&
         !is_balance(c) && c.unit != "age";
}

// The last figure before 其中 with the same unit, in the same or the previous sentence, when it
// is a plain value. When that figure is an increase (新增公路63.9万公里, 比上年增加4000亿元),
// which of the two 其中 divides is unclear, and a figure further back belongs to another list
// (铁路新线1.6万公里): no whole.
const parser::Claim* whole_of_subset(const Article& article, std::size_t index) {
  const parser::Claim& part = article.claims[index];
  const std::string_view text = article.document->text();
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
    const std::string_view lead = text.substr(c.sentence.begin, c.span.begin - c.sentence.begin);
    const bool average = lead.find("均") != std::string_view::npos;
    return c.role == parser::Role::value && additive(c) && !average ? &c : nullptr;
  }
  return nullptr;
}

}  // namespace figcheck::checker
