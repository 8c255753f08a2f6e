// Two wordings of one statistic: news names a measure now in full and now in short
// (早稻总产量 and 早稻产量, 采购经理人指数 and 采购经理指数). The short name drops single
// characters inside the full one and keeps both its ends: the first character and the head noun.
// A word put in narrows the statistic instead: before the name (农村网络零售额 is a part of
// 网络零售额) or inside it (新设民营企业 of 新设企业), so a name with a whole word more is another
// statistic. A match of variants is never more than medium precision.
#pragma once

#include <string_view>

namespace figcheck::checker {

// Whether `a` and `b` (metric phrases of the text, not lexicon ids) may name one statistic:
// different, both of three characters or more, the same first one and last two, the shorter the
// longer with at most two single characters, not adjacent, left out.
bool may_name_one_statistic(std::string_view a, std::string_view b);

// The last two characters of a phrase: the head noun variants must share.
std::string_view head_noun(std::string_view phrase);

}  // namespace figcheck::checker
