// What a mention is doing where it stands: the subject of its sentence, or a base, a qualifier,
// an example, or the start of another name.
#include <algorithm>

#include "parser/attribution/entity_reading.hpp"
#include "parser/attribution/word_buckets.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/byte_match.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

bool is_name_stop(char32_t c) {
  static const std::u32string_view stops = words::characters_of(WordClass::name_stop);
  return stops.find(c) != std::u32string_view::npos;
}

// 甲公司、乙公司等一批企业: a body among the examples of a category (places listed with 等
// are more often the subjects together: 甲省、乙省等地).
bool is_listed_with_deng(std::string_view ahead) {
  // 甲汽车、…等: the item may go on for a brand or a plant after the name.
  constexpr int kMaxTailCharacters = 3;
  std::size_t item_end = 0;
  for (int tail = 0; tail < kMaxTailCharacters; ++tail) {
    const utf8::Decoded d = utf8::decode(ahead, item_end);
    if (!d.valid() || !utf8::is_han(d.code_point) || d.code_point == U'等') break;
    item_end += static_cast<std::size_t>(d.length);
  }
  const std::string_view item_rest = ahead.substr(item_end);
  if (!item_rest.starts_with("、") && !item_rest.starts_with("等")) return false;
  const std::size_t list_end = clause_end(ahead, 0, ahead.size());
  return ahead.substr(0, list_end).find("等") != std::string_view::npos;
}

// 以甲实验室、乙实验室为代表的…: a name among the examples before 为代表, in one clause.
bool is_an_example(std::string_view text, ByteSpan span, EntityLevel level,
                   std::size_t representative) {
  constexpr std::size_t kReachBytes = 240;
  const std::string_view ahead = text.substr(span.end, kReachBytes);
  if (level == EntityLevel::organisation && is_listed_with_deng(ahead)) return true;
  if (representative == std::string_view::npos || representative - span.end >= kReachBytes)
    return false;
  const std::size_t marker = representative - span.end;
  const std::size_t clause =
      clause_start(text, span.begin, span.begin - std::min(span.begin, kReachBytes));
  const std::string_view behind = text.substr(clause, span.begin - clause);
  if (behind.find("以") == std::string_view::npos) return false;
  const std::string_view between = ahead.substr(0, marker);
  return between.find("，") == std::string_view::npos &&
         between.find("。") == std::string_view::npos &&
         between.find(',') == std::string_view::npos;
}

// A name inside a quoted title (“某省十佳企业”评选) is a word of the title; a name quoted
// alone (“某某新区”) is still the name.
bool inside_a_quoted_title(std::string_view before, std::string_view after) {
  constexpr std::size_t kReachBytes = 24;  // eight characters before, sixteen after
  const std::string_view near = before.substr(before.size() - std::min(before.size(), kReachBytes));
  const std::size_t open = near.rfind("“");
  if (open == std::string_view::npos || near.find("”", open) != std::string_view::npos)
    return false;
  const std::size_t close = after.find("”");
  if (close == std::string_view::npos || after.substr(0, close).find("“") != std::string_view::npos)
    return false;
  return !(near.ends_with("“") && close == 0);
}

// Whether a run of up to `max_characters` name characters from `end` reaches a place where
// `accepts` finds the word that makes it a longer name (a trade, a medium); `test_at_end`
// tests right at `end` too.
template <typename Accepts>
bool opens_a_longer_name(std::string_view text, std::size_t end, int max_characters,
                         bool test_at_end, Accepts accepts) {
  std::size_t at = end;
  for (int n = 0; n <= max_characters; ++n) {
    if ((test_at_end || n > 0) && accepts(at)) return true;
    const utf8::Decoded d = utf8::decode(text, at);
    if (!d.valid() || !utf8::is_han(d.code_point) || is_name_stop(d.code_point)) return false;
    at += static_cast<std::size_t>(d.length);
  }
  return false;
}

// 对某国出口, 从某地进口: the other party of an exchange. 从某地看 frames a scope instead, and
// 从某地获悉 names where the news comes from: the place it is about.
bool is_counterpart(std::string_view before, std::string_view after) {
  static const auto leads = words::words_of(WordClass::counterpart_lead);
  static const auto perspective_ends = words::words_of(WordClass::perspective_end);
  static const auto source_ends = words::words_of(WordClass::news_source_end);
  if (words::word_ending(leads, before).empty()) return false;
  return words::word_starting(perspective_ends, after).empty() &&
         words::word_starting(source_ends, after).empty();
}

bool is_copula_complement(std::string_view before) {
  return !words::word_ending(WordClass::copula_lead, before).empty() &&
         words::word_ending(WordClass::not_a_copula, before).empty();
}

}  // namespace

bool is_comparison_base(std::string_view text, std::size_t at) {
  static const auto base_leads = words::words_of(WordClass::base_lead);
  for (std::string_view lead : base_leads) {
    if (ends_with_at(text, at, lead)) return true;
  }
  return false;
}

bool is_qualifier(std::string_view text, ByteSpan span, EntityLevel level, bool scope,
                  std::size_t representative) {
  const std::string_view before = text.substr(0, span.begin);
  const std::string_view after = text.substr(span.end, 16);
  static const auto scope_leads = words::words_of(WordClass::scope_lead);
  static const auto source_leads = words::words_of(WordClass::source_lead);
  static const auto labels = words::words_of(WordClass::label_after_place);
  if (scope && !words::word_ending(scope_leads, before).empty()) return true;
  if (!words::word_ending(source_leads, before).empty()) return true;
  if (!scope && is_counterpart(before, after)) return true;
  if (is_copula_complement(before)) return true;
  if (!words::word_starting(labels, after).empty()) return true;
  // 举办某省首届…, 是全国首个…: "first where" after a verb; 我国首条… opening a clause is the
  // subject.
  if (after.starts_with("首")) {
    const utf8::Decoded previous = utf8::decode_before(text, span.begin);
    if (previous.valid() && utf8::is_han(previous.code_point)) return true;
  }
  if (inside_a_quoted_title(before, text.substr(span.end, 48))) return true;
  return is_an_example(text, span, level, representative);
}

bool names_a_product(std::string_view text, std::size_t end) {
  const std::string_view after = text.substr(end, 12);
  const std::size_t mark = after.find("号");
  if (mark == std::string_view::npos || mark == 0 || mark > 9) return false;
  const utf8::Decoded first = utf8::decode(after, 0);
  if (!first.valid()) return false;
  const char32_t c = first.code_point;
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         words::characters_of(WordClass::numeral_character).find(c) != std::u32string_view::npos;
}

bool names_a_clock(std::string_view text, std::size_t end) {
  return !words::word_starting(WordClass::clock_after_place, text.substr(end)).empty();
}

bool names_a_company(std::string_view text, std::size_t end) {
  static const WordBuckets trades(words::words_of(WordClass::trade_word), WordBuckets::Side::start);
  constexpr int kMaxBrandCharacters = 3;
  return opens_a_longer_name(text, end, kMaxBrandCharacters, false, [&](std::size_t at) {
    return !trades.match(text.substr(at)).empty();
  });
}

bool names_a_medium(std::string_view text, std::size_t end) {
  // Most names are no medium's: none of the characters media names end with follows closely.
  constexpr std::size_t kReachBytes = 24;
  const std::string_view near = text.substr(end, kReachBytes);
  if (near.find("报") == std::string_view::npos && near.find("台") == std::string_view::npos &&
      near.find("网") == std::string_view::npos && near.find("社") == std::string_view::npos)
    return false;
  const auto ends_the_name = [&](std::size_t at) {
    const utf8::Decoded next = utf8::decode(text, at);
    return !next.valid() || !utf8::is_han(next.code_point) ||
           !words::word_starting(WordClass::medium_name_end, text.substr(at)).empty();
  };
  constexpr int kMaxTitleCharacters = 4;
  return opens_a_longer_name(text, end, kMaxTitleCharacters, true, [&](std::size_t at) {
    for (std::string_view medium : words::words_of(WordClass::medium_word)) {
      if (text.substr(at).starts_with(medium) && ends_the_name(at + medium.size())) return true;
    }
    return false;
  });
}

}  // namespace figcheck::parser
