// A word list bucketed by one byte, so testing a phrase's start or end against the list looks
// only at the few words that can match: words matched at the end by their last byte, words
// matched at the start by the last byte of their first character. Within a bucket the longest
// word comes first, so the word matched is the longest that fits (长达 before 达); words of one
// length keep the list's order.
#pragma once

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "parser/utf8.hpp"

namespace figcheck::parser {

class WordBuckets {
 public:
  enum class Side { start, end };

  WordBuckets(std::span<const std::string_view> words, Side side) : side_(side) { add(words); }

  void add(std::span<const std::string_view> words) {
    for (std::string_view w : words) {
      if (w.empty()) continue;
      std::vector<std::string_view>& bucket = buckets_[key(w)];
      const auto longer = [](std::string_view a, std::string_view b) {
        return a.size() > b.size();
      };
      bucket.insert(std::upper_bound(bucket.begin(), bucket.end(), w, longer), w);
    }
  }

  // The longest listed word that `s` starts (ends) with; empty when none does.
  [[nodiscard]] std::string_view match(std::string_view s) const {
    if (s.empty()) return {};
    for (std::string_view w : buckets_[key(s)])
      if (side_ == Side::end ? s.ends_with(w) : s.starts_with(w)) return w;
    return {};
  }

  // Strips that word from `s`; false when there is none.
  bool strip(std::string_view& s) const {
    const std::string_view w = match(s);
    if (w.empty()) return false;
    side_ == Side::end ? s.remove_suffix(w.size()) : s.remove_prefix(w.size());
    return true;
  }

 private:
  [[nodiscard]] unsigned char key(std::string_view s) const {
    if (side_ == Side::end) return static_cast<unsigned char>(s.back());
    const utf8::Decoded first = utf8::decode(s, 0);
    const auto length =
        std::min<std::size_t>(static_cast<std::size_t>(std::max(first.length, 1)), s.size());
    return static_cast<unsigned char>(s[length - 1]);
  }

  Side side_;
  std::array<std::vector<std::string_view>, 256> buckets_;
};

}  // namespace figcheck::parser
