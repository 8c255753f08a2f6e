// Finds the names of a word list in text: the longest name starting at a position. A bitset of
// first characters rejects most positions before any lookup, so scanning a sentence costs
// about one table probe per character. Where a name may start, a second bitset over hashed pairs
// of first and second characters rejects most of the rest (中 starts 中国 but rarely a name);
// then one open-addressed probe finds the names sharing the first character, and their first
// eight bytes are compared as one word.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::parser {

class PhraseIndex {
 public:
  struct Match {
    std::size_t length = 0;  // bytes
    std::size_t entry = 0;   // what add() was given
  };

  void add(std::string_view name, std::size_t entry);

  // The longest name that starts at `offset` (a code point boundary).
  [[nodiscard]] std::optional<Match> match_at(std::string_view text, std::size_t offset) const;

  // The last match that starts in [begin, end) and ends by `end`, scanning forward so that
  // longer names win over names nested in them.
  [[nodiscard]] std::optional<std::pair<std::size_t, Match>> last_match(std::string_view text,
                                                                        std::size_t begin,
                                                                        std::size_t end) const;

  // The first match in `text` and where it starts: one bitset probe per character, a lookup
  // only where a name may start (the cue words of every figure are tested this way). `text` is
  // expected to be well-formed UTF-8 (ill-formed bytes may hide a match, never read past it).
  [[nodiscard]] std::optional<std::pair<std::size_t, Match>> first_match(
      std::string_view text) const;
  [[nodiscard]] bool occurs_in(std::string_view text) const {
    return first_match(text).has_value();
  }

  [[nodiscard]] bool empty() const { return buckets_.empty(); }

  // The characters names start with, each once.
  [[nodiscard]] std::vector<char32_t> first_characters() const {
    std::vector<char32_t> firsts;
    firsts.reserve(buckets_.size());
    for (const Bucket& bucket : buckets_) firsts.push_back(bucket.first);
    return firsts;
  }

  // Whether some name starts with `c`: a cheap test before match_at.
  [[nodiscard]] bool may_start(char32_t c) const {
    return c < 0x10000 ? first_in_bmp_.test(c) : find_bucket(c) != nullptr;
  }

 private:
  struct Name {
    std::string text;
    std::size_t entry;
    std::uint64_t head;       // the first (up to) eight bytes, as loaded by load_head
    std::uint64_t head_mask;  // which bytes of head belong to the name
  };
  struct Bucket {
    char32_t first;
    std::vector<Name> names;  // longest first; equal lengths in the order added
  };

  [[nodiscard]] std::int32_t bucket_index(char32_t first) const;  // -1 when none
  [[nodiscard]] const Bucket* find_bucket(char32_t first) const;
  void place(std::size_t bucket);  // puts a bucket into its slot

  // The pair of a name's first two code points, hashed; a one-character name pairs with 0.
  static std::size_t pair_slot(char32_t first, char32_t second);

  std::bitset<0x10000> first_in_bmp_;
  std::bitset<0x10000> pairs_;
  std::vector<Bucket> buckets_;
  std::vector<std::int32_t> slots_;  // open addressing: bucket index, or -1 for an empty slot
};

}  // namespace figcheck::parser
