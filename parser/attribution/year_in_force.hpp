// The year a month written without one is in, as the marks of a text are read in order.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace figcheck::parser {

// The year a month without one (6月, 前三季度) is in: the year last written before it, in its
// paragraph when the article has a date of its own (an earlier paragraph may tell history), else
// the article's year, unless the months have not begun by the article's date and an earlier
// paragraph wrote a year (前三季度 in January, after a paragraph on the year before). Without a
// date, the year last written anywhere before.
class YearInForce {
 public:
  YearInForce(std::string_view text, const std::optional<std::string>& date);

  // A year (YYYY) written at byte `at`.
  void written(std::string_view year, std::size_t at);

  // The year for a mark at `position` that ends in month `last_month` (0 for none); nothing
  // when no year is known. Positions are asked in increasing order.
  std::optional<std::string> at(std::size_t position, int last_month);

 private:
  std::string_view text_;
  std::optional<int> article_year_;
  int article_month_ = 0;
  std::optional<std::string> year_;  // the year last written in the text
  bool in_paragraph_ = false;        // written in the paragraph of the mark asked about last
  std::size_t scanned_to_ = 0;
};

// The last month a canonical form with an unknown year names: 9 in XXXX-01..XXXX-09 and in
// XXXX-09-30; 0 when it names none.
int last_month_of(std::string_view canonical);

}  // namespace figcheck::parser
