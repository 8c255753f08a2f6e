// Grouping of many items (every sentence of a corpus) by a 128-bit hash of their text, without a
// hash-map node and a vector per distinct key: the (key, item) pairs are sorted so that equal
// keys lie together. Memory stays two words per item and the work is a sort, where a node-based
// map of ten million sentences spends its time in cache misses, malloc and rehashing.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace figcheck::checker {

// Two independent 64-bit hashes (FNV-1a and multiply-rotate): a false match between two texts
// is below 1 in 10^30.
struct Hash128 {
  std::uint64_t a = 14695981039346656037ULL;
  std::uint64_t b = 0x9E3779B97F4A7C15ULL;

  void add(char32_t c);
  void add(std::string_view bytes);
  friend auto operator<=>(const Hash128&, const Hash128&) = default;
};

struct Hash128Hasher {
  std::size_t operator()(const Hash128& k) const { return k.a ^ (k.b * 0x100000001B3ULL); }
};

struct HashedItem {
  Hash128 key;
  std::uint32_t item = 0;  // what the caller numbers: a passage, a sentence
};

// Sorts `items` and returns the runs of equal keys, each run in item order, the runs in the
// order of their first item (first-seen order, so output is deterministic). With
// `repeated_only`, runs of one item are left out.
std::vector<std::span<const HashedItem>> group_by_key(std::vector<HashedItem>& items,
                                                      bool repeated_only);

}  // namespace figcheck::checker
