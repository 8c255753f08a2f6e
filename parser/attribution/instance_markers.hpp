// Instance markers: the words that tell one occurrence of a recurring event from another (第二期,
// 首届, 本届, 春季, and the clock time of an occurrence, 4时17分).
#pragma once

#include <string_view>
#include <vector>

#include "parser/claim.hpp"

namespace figcheck::parser {

// The instance markers of one sentence, found once for all its figures: the last that ends
// before a figure is the figure's instance.
class SentenceInstances {
 public:
  std::string_view last_before(std::string_view text, ByteSpan sentence, std::size_t end);

 private:
  void find(std::string_view text, ByteSpan sentence);

  ByteSpan sentence_{std::string_view::npos, std::string_view::npos};
  std::vector<ByteSpan> markers_;
};

}  // namespace figcheck::parser
