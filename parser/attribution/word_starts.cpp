#include "parser/attribution/word_starts.hpp"

#include <algorithm>

#include "parser/utf8.hpp"

namespace figcheck::parser {

void WordStartTable::mark(char32_t first, std::uint8_t kinds) {
  if (first < kBasicPlane) {
    basic_plane_[first] |= kinds;
    return;
  }
  const auto it = std::find_if(outside_basic_plane_.begin(), outside_basic_plane_.end(),
                               [first](const auto& entry) { return entry.first == first; });
  if (it != outside_basic_plane_.end())
    it->second |= kinds;
  else
    outside_basic_plane_.emplace_back(first, kinds);
}

std::uint8_t WordStartTable::kinds_outside_basic_plane(char32_t c) const {
  for (const auto& [first, kinds] : outside_basic_plane_)
    if (first == c) return kinds;
  return 0;
}

std::vector<WordStart> WordStartTable::find(std::string_view text) const {
  std::vector<WordStart> starts;
  starts.reserve(text.size() / 16);
  for (std::size_t at = 0; at < text.size();) {
    const utf8::Decoded d = utf8::decode_scanning(text, at);
    if (d.valid()) {
      if (const std::uint8_t kinds = kinds_of(d.code_point); kinds != 0)
        starts.push_back({at, kinds});
    }
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return starts;
}

}  // namespace figcheck::parser
