#include "parser/attribution/respectively_list.hpp"

#include <algorithm>
#include <array>

#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

bool names_a_measure(std::string_view item) {
  // 销售额同比分别下降: the comparison is not part of the item.
  for (std::string_view comparison : words::words_of(words::WordClass::comparison_word)) {
    if (item.ends_with(comparison)) item.remove_suffix(comparison.size());
  }
  return !words::word_ending(words::WordClass::measure_ending, item).empty();
}

}  // namespace

// 甲、乙和丙: with 、 in the list only 、 separates (文化和旅游服务业 is one item);
// without it, 和/与/及 do.
std::vector<std::string_view> split_list(std::string_view list) {
  const bool enumerated = list.find("、") != std::string_view::npos;
  std::vector<std::string_view> items;
  std::size_t begin = 0;
  for (std::size_t at = 0; at < list.size();) {
    const utf8::Decoded d = utf8::decode(list, at);
    const std::size_t length = static_cast<std::size_t>(std::max(d.length, 1));
    const bool separator =
        d.valid() &&
        (d.code_point == U'、' || (!enumerated && (d.code_point == U'和' || d.code_point == U'与' ||
                                                   d.code_point == U'及')));
    if (separator) {
      if (at > begin) items.push_back(list.substr(begin, at - begin));
      begin = at + length;
    }
    at += length;
  }
  if (begin < list.size()) items.push_back(list.substr(begin));
  return items;
}

// `values` is how many figures follow 分别: with 、 in the list, the last item is split at its
// 和/及/与 only when that makes the subjects as many as the figures (甲、乙和丙 … 三个数字),
// so an item that holds 和 (文化和旅游服务业) stays whole otherwise.
std::vector<std::string_view> split_list(std::string_view list, std::size_t values) {
  std::vector<std::string_view> items = split_list(list);
  if (list.find("、") == std::string_view::npos || items.size() + 1 != values) return items;
  const std::string_view last = items.back();
  for (std::string_view joiner : {"和", "及", "与"}) {
    const std::size_t at = last.find(joiner);
    if (at == std::string_view::npos || at == 0 || at + joiner.size() >= last.size()) continue;
    items.back() = last.substr(0, at);
    items.push_back(last.substr(at + joiner.size()));
    break;
  }
  return items;
}

// 甲类、乙类企业数量在全市占比分别为: the list ends where its scope (在全市) begins, and a share
// word after the scope goes with every item. 在全省两类县分别达到: the items come after the
// scope, and the list stays whole.
ScopedList cut_at_scope(std::string_view listed) {
  constexpr std::size_t kScopeCharacterBytes = 3;  // 省, 国, 市, 区 …
  for (std::string_view scope : {"在全", "于全"}) {
    const std::size_t at = listed.find(scope);
    if (at == std::string_view::npos || at == 0) continue;
    const std::size_t scope_end = at + scope.size() + kScopeCharacterBytes;
    if (scope_end > listed.size()) continue;
    const std::string_view after = listed.substr(scope_end);
    if (after.empty() || after == "占比" || after == "比重") return {listed.substr(0, at), after};
  }
  return {listed, {}};
}

// 甲类、乙类企业 → 甲类企业, 乙类企业: short items borrow the head noun of the last one.
std::vector<std::string> complete_list(const std::vector<std::string_view>& items) {
  std::vector<std::string> subjects(items.begin(), items.end());
  if (items.size() < 2) return subjects;
  const std::size_t first_chars = utf8::count_code_points(items.front());
  std::string_view last = items.back();
  if (utf8::count_code_points(last) < first_chars + 2 || first_chars > 3) return subjects;
  std::size_t head = 0;
  for (std::size_t n = 0; n < first_chars; ++n) {
    head += static_cast<std::size_t>(std::max(utf8::decode(last, head).length, 1));
  }
  const std::string_view noun = last.substr(head);
  for (std::size_t i = 0; i + 1 < subjects.size(); ++i) {
    if (!subjects[i].ends_with(noun)) subjects[i] += noun;
  }
  return subjects;
}

// The items that stand for the figures when the list has more: a leading item with a verb is a
// clause of its own (2028年实现产量翻番、2029年、2030年产量分别增长…), and measures after
// items that are none are measured on them (30个商业街区客流量、销售额分别增长a、b).
std::vector<std::string_view> subjects_of(std::vector<std::string_view> items, std::size_t values,
                                          std::span<const std::string_view> verbs) {
  const auto has_a_verb = [verbs](std::string_view item) {
    return std::any_of(verbs.begin(), verbs.end(), [&](std::string_view verb) {
      return item.find(verb) != std::string_view::npos;
    });
  };
  while (values >= 2 && items.size() > values && has_a_verb(items.front()))
    items.erase(items.begin());
  if (values < 2 || items.size() <= values) return items;
  const auto tail = items.end() - static_cast<std::ptrdiff_t>(values);
  if (std::all_of(tail, items.end(), names_a_measure) &&
      std::none_of(items.begin(), tail, names_a_measure))
    items.erase(items.begin(), tail);
  return items;
}

}  // namespace figcheck::parser
