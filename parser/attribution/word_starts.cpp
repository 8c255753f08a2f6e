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
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t at = 0; at < text.size();) {
    // ASCII and the three-byte sequences of Chinese are decoded inline, without validation:
    // documents are repaired to well-formed UTF-8 on load.
    const unsigned char lead = bytes[at];
    if (lead < 0x80) {
      if (const std::uint8_t kinds = basic_plane_[lead]; kinds != 0) starts.push_back({at, kinds});
      ++at;
      continue;
    }
    if ((lead & 0xF0) == 0xE0 && at + 2 < text.size()) {
      const char32_t c = (static_cast<char32_t>(lead & 0x0F) << 12) |
                         (static_cast<char32_t>(bytes[at + 1] & 0x3F) << 6) |
                         static_cast<char32_t>(bytes[at + 2] & 0x3F);
      if (const std::uint8_t kinds = basic_plane_[c]; kinds != 0) starts.push_back({at, kinds});
      at += 3;
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, at);
    if (d.valid()) {
      if (const std::uint8_t kinds = kinds_of(d.code_point); kinds != 0)
        starts.push_back({at, kinds});
    }
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return starts;
}

}  // namespace figcheck::parser
