#include "parser/phrase_index.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

constexpr std::size_t kHeadBytes = sizeof(std::uint64_t);

// Up to eight bytes of `text` from `offset`, zero-padded: one unaligned load in the common case.
std::uint64_t load_head(std::string_view text, std::size_t offset) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + offset, std::min(kHeadBytes, text.size() - offset));
  return word;
}

// Fibonacci hashing: the high bits of a multiplication spread neighbouring code points.
std::size_t slot_of(char32_t c, std::size_t slot_count) {
  return (static_cast<std::uint64_t>(c) * 0x9E3779B97F4A7C15ULL) >>
         (64 - std::countr_zero(slot_count));
}

}  // namespace

std::int32_t PhraseIndex::bucket_index(char32_t first) const {
  if (slots_.empty()) return -1;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = slot_of(first, slots_.size());; slot = (slot + 1) & mask) {
    const std::int32_t bucket = slots_[slot];
    if (bucket < 0 || buckets_[static_cast<std::size_t>(bucket)].first == first) return bucket;
  }
}

std::size_t PhraseIndex::pair_slot(char32_t first, char32_t second) {
  const std::uint64_t mixed = static_cast<std::uint64_t>(first) * 0x9E3779B97F4A7C15ULL ^
                              static_cast<std::uint64_t>(second) * 0xC2B2AE3D27D4EB4FULL;
  return static_cast<std::size_t>(mixed >> 48);  // 16 bits: the size of pairs_
}

const PhraseIndex::Bucket* PhraseIndex::find_bucket(char32_t first) const {
  const std::int32_t bucket = bucket_index(first);
  return bucket < 0 ? nullptr : &buckets_[static_cast<std::size_t>(bucket)];
}

void PhraseIndex::place(std::size_t bucket) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = slot_of(buckets_[bucket].first, slots_.size());
  while (slots_[slot] >= 0) slot = (slot + 1) & mask;
  slots_[slot] = static_cast<std::int32_t>(bucket);
}

void PhraseIndex::add(std::string_view name, std::size_t entry) {
  if (name.empty()) return;
  const utf8::Decoded first = utf8::decode(name, 0);
  if (!first.valid()) return;
  if (first.code_point < 0x10000) first_in_bmp_.set(first.code_point);
  const bool one_character = static_cast<std::size_t>(first.length) >= name.size();
  pairs_.set(
      pair_slot(first.code_point, one_character ? 0 : utf8::decode(name, first.length).code_point));
  std::int32_t index = bucket_index(first.code_point);
  if (index < 0) {
    index = static_cast<std::int32_t>(buckets_.size());
    buckets_.push_back({first.code_point, {}});
    // At most half the slots in use keeps probe chains short.
    if (buckets_.size() * 2 > slots_.size()) {
      slots_.assign(std::max<std::size_t>(16, slots_.size() * 2), -1);
      for (std::size_t b = 0; b < buckets_.size(); ++b) place(b);
    } else {
      place(buckets_.size() - 1);
    }
  }
  Bucket* bucket = &buckets_[static_cast<std::size_t>(index)];
  std::uint64_t mask = 0;
  std::memset(&mask, 0xFF, std::min(kHeadBytes, name.size()));
  Name added{std::string(name), entry, load_head(name, 0), mask};
  const auto longer = [](const Name& a, const Name& b) { return a.text.size() > b.text.size(); };
  bucket->names.insert(std::upper_bound(bucket->names.begin(), bucket->names.end(), added, longer),
                       std::move(added));
}

std::optional<PhraseIndex::Match> PhraseIndex::match_at(std::string_view text,
                                                        std::size_t offset) const {
  if (offset >= text.size()) return std::nullopt;
  const utf8::Decoded first = utf8::decode(text, offset);
  if (!first.valid()) return std::nullopt;
  if (first.code_point < 0x10000 && !first_in_bmp_.test(first.code_point)) return std::nullopt;
  const std::size_t second_at = offset + static_cast<std::size_t>(first.length);
  const char32_t second = second_at < text.size() ? utf8::decode(text, second_at).code_point : 0;
  if (!pairs_.test(pair_slot(first.code_point, second)) &&
      !pairs_.test(pair_slot(first.code_point, 0)))
    return std::nullopt;
  const Bucket* bucket = find_bucket(first.code_point);
  if (bucket == nullptr) return std::nullopt;
  const std::uint64_t head = load_head(text, offset);
  const std::size_t available = text.size() - offset;
  for (const Name& name : bucket->names) {
    if ((head & name.head_mask) != name.head || name.text.size() > available) continue;
    if (name.text.size() <= kHeadBytes ||
        std::memcmp(text.data() + offset + kHeadBytes, name.text.data() + kHeadBytes,
                    name.text.size() - kHeadBytes) == 0)
      return Match{name.text.size(), name.entry};
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, PhraseIndex::Match>> PhraseIndex::first_match(
    std::string_view text) const {
  for (std::size_t at = 0; at < text.size();) {
    // The scan does not re-validate (most of its cost otherwise): the texts searched are
    // documents, repaired to well-formed UTF-8 on load; a match is checked by match_at.
    const utf8::Decoded d = utf8::decode_scanning(text, at);
    if (d.valid() && may_start(d.code_point)) {
      if (auto match = match_at(text, at)) return std::pair{at, *match};
    }
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, PhraseIndex::Match>> PhraseIndex::last_match(
    std::string_view text, std::size_t begin, std::size_t end) const {
  std::optional<std::pair<std::size_t, Match>> last;
  end = std::min(end, text.size());
  const std::string_view bounded = text.substr(0, end);
  for (std::size_t at = begin; at < end;) {
    if (auto match = match_at(bounded, at)) {
      last = {at, *match};
      at += match->length;
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, at);
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return last;
}

}  // namespace figcheck::parser
