// Positions of words that only some figures ask about, found once per sentence or line when the
// first figure there asks: 其中 (a part of the whole before it) and holidays.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "parser/claim.hpp"

namespace figcheck::parser {

class SubsetMarkers {
 public:
  // Where the last 其中 in [floor, end) of `sentence` starts; npos when none.
  std::size_t last_before(std::string_view text, ByteSpan sentence, std::size_t floor,
                          std::size_t end);

 private:
  std::size_t sentence_ = std::string_view::npos;  // the sentence offsets_ are of
  std::vector<std::size_t> offsets_;               // where 其中 starts in it
};

class HolidayMarkers {
 public:
  // The last holiday named in [begin, end), which lie in one line of `text`.
  std::string_view last_in(std::string_view text, std::span<const std::size_t> line_starts,
                           std::size_t begin, std::size_t end);

 private:
  struct HolidayAt {
    std::size_t offset;
    std::string_view word;
  };
  std::size_t line_ = std::string_view::npos;  // the line holidays_ were found in
  std::vector<HolidayAt> holidays_;
};

}  // namespace figcheck::parser
