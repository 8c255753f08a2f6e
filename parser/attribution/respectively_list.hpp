// The subjects of a 分别 list: the words before 分别 split into items, matched to the figures
// after it. DocumentAttribution finds the list; these functions read its words.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::parser {

// 甲、乙和丙: with 、 in the list only 、 separates (文化和旅游服务业 is one item);
// without it, 和/与/及 do.
std::vector<std::string_view> split_list(std::string_view list);

// The same, for a list followed by `values` figures: with 、 in the list, the last item is split
// at its 和/及/与 only when that makes the subjects as many as the figures.
std::vector<std::string_view> split_list(std::string_view list, std::size_t values);

struct ScopedList {
  std::string_view items;
  std::string_view share_word;  // 占比 or 比重 after the scope, for every item; else empty
};

// 甲类、乙类企业数量在全市占比分别为: the list ends where its scope (在全市) begins, and a share
// word after the scope goes with every item.
ScopedList cut_at_scope(std::string_view listed);

// 甲类、乙类企业 → 甲类企业, 乙类企业: short items borrow the head noun of the last one.
std::vector<std::string> complete_list(const std::vector<std::string_view>& items);

// The items that stand for `values` figures when the list has more: a leading item holding one
// of `verbs` is a clause of its own, and measures after items that are none are measured on them.
std::vector<std::string_view> subjects_of(std::vector<std::string_view> items, std::size_t values,
                                          std::span<const std::string_view> verbs);

}  // namespace figcheck::parser
