// Small operations on byte ranges of a document's text that every attribution pass uses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace figcheck::parser {

// The text in [begin, end); empty when the range is empty or reversed.
inline std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return begin < end ? text.substr(begin, end - begin) : std::string_view{};
}

// Where the last `word` in [begin, end) starts; npos when none.
inline std::size_t rfind_in(std::string_view text, std::string_view word, std::size_t begin,
                            std::size_t end) {
  const std::size_t found = slice(text, begin, end).rfind(word);
  return found == std::string_view::npos ? std::string_view::npos : begin + found;
}

// `s` without the spaces and tabs it ends with.
inline std::string_view without_trailing_blanks(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Whether `lead` ends with 、 or a comma (blanks aside): it closes an item of a list.
inline bool ends_a_list_item(std::string_view lead) {
  lead = without_trailing_blanks(lead);
  return lead.ends_with("、") || lead.ends_with("，") || lead.ends_with(",");
}

// Whether a claim's unit is a span of time.
inline bool is_time_unit(std::string_view unit) {
  return unit == "year" || unit == "month" || unit == "day" || unit == "hour" || unit == "week";
}

// Whether `between` closes more parentheses than it opens: a name before it is inside a
// parenthesis that is over.
bool closes_a_parenthesis(std::string_view between);

}  // namespace figcheck::parser
