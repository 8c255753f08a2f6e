#include "parser/attribution/instance_markers.hpp"

#include <algorithm>
#include <string>

#include "parser/attribution/narrowing_words.hpp"
#include "parser/byte_match.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

constexpr std::string_view kNumeralCharacters = "零〇一二三四五六七八九十百千两";

bool is_numeral_at(std::string_view text, std::size_t at, std::size_t& length) {
  if (at < text.size() && text[at] >= '0' && text[at] <= '9') {
    length = 1;
    return true;
  }
  const utf8::Decoded d = utf8::decode(text, at);
  if (!d.valid() || d.length != 3) return false;
  length = 3;
  return kNumeralCharacters.find(text.substr(at, 3)) != std::string_view::npos;
}

bool classifier_at(std::string_view text, std::size_t at, std::string_view opener,
                   std::size_t& length) {
  for (const NarrowingWord& c : words_of(NarrowingClass::instance_classifier)) {
    if (starts_with_at(text, at, c.word)) return (length = c.word.size()), true;
  }
  // 第四次 counts occasions; 本次 is this one; 首次 says "for the first time", of no instance.
  if (opener != "第" && opener != "本") return false;
  for (const NarrowingWord& c : words_of(NarrowingClass::ordinal_classifier)) {
    if (starts_with_at(text, at, c.word)) return (length = c.word.size()), true;
  }
  return false;
}

// 4时17分, 9点30分: the moment an occurrence (an earthquake, an accident) happened tells it from
// another of the same day; its length in bytes, 0 when none starts there.
std::size_t clock_time_at(std::string_view text, std::size_t at) {
  const auto numerals_from = [&](std::size_t from) {
    for (std::size_t length = 0; is_numeral_at(text, from, length);) from += length;
    return from;
  };
  std::size_t end = numerals_from(at);
  if (end == at) return 0;
  for (std::string_view hour : {"时", "点"}) {
    if (!starts_with_at(text, end, hour)) continue;
    const std::size_t minutes = end + hour.size();
    end = numerals_from(minutes);
    constexpr std::string_view kMinute = "分";
    return end > minutes && starts_with_at(text, end, kMinute) ? end + kMinute.size() - at : 0;
  }
  return 0;
}

// Whether an instance marker may start with the character at `at`: a digit, a numeral, or the
// first character of a season or an opener. Most characters of a sentence are none of these.
bool may_open_a_marker(std::string_view text, std::size_t at) {
  // By code point, over the Basic Multilingual Plane where every such character lies.
  static const std::vector<bool> first_characters = [] {
    std::vector<bool> characters(0x10000, false);
    const auto add_first = [&](std::string_view word) {
      const utf8::Decoded d = utf8::decode(word, 0);
      if (d.valid() && d.code_point < characters.size()) characters[d.code_point] = true;
    };
    for (std::size_t i = 0; i < kNumeralCharacters.size(); i += 3)
      add_first(kNumeralCharacters.substr(i, 3));
    for (const NarrowingWord& w : words_of(NarrowingClass::season)) add_first(w.word);
    for (const NarrowingWord& w : words_of(NarrowingClass::instance_opener)) add_first(w.word);
    return characters;
  }();
  const char c = text[at];
  if (c >= '0' && c <= '9') return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  const utf8::Decoded d = utf8::decode(text, at);
  return d.valid() && d.code_point < first_characters.size() && first_characters[d.code_point];
}

// An instance marker at `at`: an opener, numerals, a classifier (第二期, 首届, 本届), a season,
// or a clock time; its length in bytes, 0 when none starts there.
std::size_t instance_marker_at(std::string_view text, std::size_t at) {
  if (!may_open_a_marker(text, at)) return 0;
  if (const std::size_t clock = clock_time_at(text, at); clock > 0) return clock;
  for (const NarrowingWord& season : words_of(NarrowingClass::season))
    if (starts_with_at(text, at, season.word)) return season.word.size();
  for (const NarrowingWord& opener : words_of(NarrowingClass::instance_opener)) {
    if (!starts_with_at(text, at, opener.word)) continue;
    std::size_t end = at + opener.word.size();
    for (std::size_t length = 0; is_numeral_at(text, end, length);) end += length;
    if (std::size_t length = 0; classifier_at(text, end, opener.word, length))
      return end + length - at;
  }
  return 0;
}

}  // namespace

std::string_view SentenceInstances::last_before(std::string_view text, ByteSpan sentence,
                                                std::size_t end) {
  if (sentence.begin != sentence_.begin || sentence.end != sentence_.end) find(text, sentence);
  std::string_view found;
  for (const ByteSpan& marker : markers_) {
    if (marker.end > end) break;
    found = text.substr(marker.begin, marker.end - marker.begin);
  }
  return found;
}

void SentenceInstances::find(std::string_view text, ByteSpan sentence) {
  sentence_ = sentence;
  markers_.clear();
  for (std::size_t at = sentence.begin; at < sentence.end;) {
    if (const std::size_t length = instance_marker_at(text, at); length > 0) {
      markers_.push_back({at, at + length});
      at += length;
      continue;
    }
    at += static_cast<std::size_t>(std::max(utf8::decode(text, at).length, 1));
  }
}

}  // namespace figcheck::parser
