// Surface names: bodies and places the lexicon does not know, read back from the word that
// ends them (某某药业, 某某新区, 安平市).
#include <algorithm>

#include "parser/attribution/entity_reading.hpp"
#include "parser/attribution/word_buckets.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

constexpr std::size_t kMaxNameCharacters = 20;

bool in_class(WordClass word_class, char32_t c) {
  return words::characters_of(word_class).find(c) != std::u32string_view::npos;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool is_numeral(char32_t c) {
  static const std::u32string_view numerals = words::characters_of(WordClass::numeral_character);
  return is_ascii_alnum(c) || numerals.find(c) != std::u32string_view::npos;
}

bool can_be_in_name(char32_t c) {
  static const std::u32string_view stops = words::characters_of(WordClass::name_stop);
  if (utf8::is_han(c)) return stops.find(c) == std::u32string_view::npos;
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == U'(' || c == U')' || c == U'（' ||
         c == U'）';
}

// Names of categories, not of bodies (重点实验室, 国家级研究院): a surface name needs a proper
// part.
bool is_category(std::string_view name_part) {
  if (words::is_word_of(WordClass::category_word, name_part)) return true;
  return name_part.ends_with("重点") || name_part.ends_with("级");
}

// A name may open with one city, province or country but runs back over no second one and
// over no zone or district named just before (某某新区|某某示范园 are two names).
std::size_t floor_after_mentions(std::size_t floor, std::span<const EntityMention> mentions) {
  if (mentions.empty()) return floor;
  const EntityLevel last = mentions.back().level;
  if (last == EntityLevel::zone || last == EntityLevel::district)
    floor = std::max(floor, mentions.back().span.end);
  if (mentions.size() >= 2) floor = std::max(floor, mentions[mentions.size() - 2].span.end);
  return floor;
}

// A parenthesis opened and not closed before the suffix is not the name's: 30例（某某市2例.
std::size_t after_open_parenthesis(std::string_view text, std::size_t begin,
                                   std::size_t suffix_begin) {
  const std::string_view run = text.substr(begin, suffix_begin - begin);
  const std::size_t ascii = run.rfind('(');
  const std::size_t wide = run.rfind("（");
  const std::size_t open = ascii == std::string_view::npos  ? wide
                           : wide == std::string_view::npos ? ascii
                                                            : std::max(ascii, wide);
  if (open == std::string_view::npos || run.find(')', open) != std::string_view::npos ||
      run.find("）", open) != std::string_view::npos)
    return begin;
  return begin + open + (run[open] == '(' ? 1 : std::string_view("（").size());
}

// A category being counted (8家重点实验室): a classifier right after a numeral.
bool counts_a_category(std::string_view text, std::size_t begin) {
  const utf8::Decoded before = utf8::decode_before(text, begin);
  const utf8::Decoded first = utf8::decode(text, begin);
  return first.valid() && in_class(WordClass::classifier, first.code_point) && before.valid() &&
         is_numeral(before.code_point);
}

// 2030年清溪县: a 年 (月, 日) after a numeral closes a date and opens no name.
std::size_t after_a_date(std::string_view text, std::size_t begin) {
  const utf8::Decoded before = utf8::decode_before(text, begin);
  const utf8::Decoded first = utf8::decode(text, begin);
  const bool after_number = before.valid() && is_numeral(before.code_point);
  if (after_number && first.valid() &&
      (first.code_point == U'年' || first.code_point == U'月' || first.code_point == U'日'))
    return begin + static_cast<std::size_t>(first.length);
  return begin;
}

// Where the run of name characters before the suffix starts, its leading verbs taken off.
std::size_t run_begin(std::string_view text, std::size_t suffix_begin, std::size_t floor,
                      std::optional<std::size_t>& counted_category) {
  std::size_t begin = suffix_begin;
  for (std::size_t characters = 0; begin > floor && characters < kMaxNameCharacters; ++characters) {
    const utf8::Decoded d = utf8::decode_before(text, begin);
    if (!d.valid() || !can_be_in_name(d.code_point)) break;
    begin -= static_cast<std::size_t>(d.length);
  }
  begin = after_open_parenthesis(text, begin, suffix_begin);
  if (begin > floor && counts_a_category(text, begin)) counted_category = begin;
  if (begin > floor && begin < suffix_begin) begin = after_a_date(text, begin);
  static const WordBuckets leading_verbs(words::words_of(WordClass::verb_before_name),
                                         WordBuckets::Side::start);
  for (std::string_view verb;
       !(verb = leading_verbs.match(text.substr(begin, suffix_begin - begin))).empty();)
    begin += verb.size();
  return begin;
}

// For 市, 省, 县: whether [begin, suffix_begin) with the suffix names one place, not a kind of
// place (农业大省, 百强县), the common noun 城市, or a word going on (市场, 省级).
bool names_one_place(std::string_view text, std::size_t begin, std::size_t suffix_begin,
                     std::size_t suffix_end, const words::NameSuffixRow& suffix) {
  const std::size_t name_characters =
      utf8::count_code_points(text.substr(begin, suffix_begin - begin));
  if (name_characters < 2 || name_characters > 4) return false;
  const std::string_view name = text.substr(begin, suffix_begin - begin);
  if (suffix.word == "市" && name.ends_with("城") &&
      words::word_ending(WordClass::city_ending_in_cheng, name).empty())
    return false;
  // The name and two characters before it (a kind of place after a verb was taken off).
  std::size_t window = begin;
  for (int n = 0; n < 2 && window > 0; ++n)
    window -= static_cast<std::size_t>(std::max(utf8::decode_before(text, window).length, 1));
  const std::string_view named = text.substr(window, suffix_begin - window);
  const auto kinds = words::words_of(WordClass::kind_of_place);
  if (std::any_of(kinds.begin(), kinds.end(), [&](std::string_view kind) {
        return named.find(kind) != std::string_view::npos;
      }))
    return false;
  const utf8::Decoded next = utf8::decode(text, suffix_end);
  return !(next.valid() && in_class(WordClass::place_word_continuation, next.code_point));
}

}  // namespace

std::optional<std::size_t> surface_name_begin(std::string_view text, std::size_t suffix_begin,
                                              std::size_t suffix_end,
                                              const words::NameSuffixRow& suffix, std::size_t floor,
                                              std::span<const EntityMention> mentions) {
  floor = floor_after_mentions(floor, mentions);
  std::optional<std::size_t> counted_category;
  const std::size_t begin = run_begin(text, suffix_begin, floor, counted_category);
  if (counted_category) return std::nullopt;
  if (is_category(text.substr(begin, suffix_begin - begin))) return std::nullopt;
  if (!suffix.single_character) {
    const std::size_t characters =
        utf8::count_code_points(text.substr(begin, suffix_begin - begin));
    return characters >= 2 ? std::optional(begin) : std::nullopt;
  }
  if (!names_one_place(text, begin, suffix_begin, suffix_end, suffix)) return std::nullopt;
  return begin;
}

std::optional<std::string_view> defined_alias(std::string_view text, std::size_t name_end) {
  std::string_view rest = text.substr(name_end, 64);
  for (std::string_view open : {"(", "（"}) {
    if (!rest.starts_with(open)) continue;
    rest.remove_prefix(open.size());
    for (std::string_view lead : words::words_of(WordClass::alias_lead)) {
      if (!rest.starts_with(lead)) continue;
      rest.remove_prefix(lead.size());
      if (rest.starts_with("“")) rest.remove_prefix(std::string_view("“").size());
      const std::size_t close = rest.find("”");
      if (close == std::string_view::npos || close == 0) return std::nullopt;
      return rest.substr(0, close);
    }
  }
  return std::nullopt;
}

}  // namespace figcheck::parser
