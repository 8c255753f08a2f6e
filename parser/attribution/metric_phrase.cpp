#include "parser/attribution/metric_phrase.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "parser/attribution/word_buckets.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

bool is_quote(char32_t c) {
  return c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'"' || c == U'\'' ||
         c == U'「' || c == U'」' || c == U'《' || c == U'》';
}

using words::WordClass;

const WordBuckets& leading_fillers() {
  static const WordBuckets words(words::words_of(WordClass::leading_filler),
                                 WordBuckets::Side::start);
  return words;
}
const WordBuckets& trailing_words() {
  static const WordBuckets words(words::words_of(WordClass::trailing_word), WordBuckets::Side::end);
  return words;
}
const WordBuckets& verb_starts() {
  static const WordBuckets words(words::words_of(WordClass::verb_after_count),
                                 WordBuckets::Side::start);
  return words;
}
const WordBuckets& neutral_modifiers() {
  static const WordBuckets words(words::words_of(WordClass::neutral_modifier),
                                 WordBuckets::Side::start);
  return words;
}

// 面积扩至, 覆盖率提升到: a verb of change before 至 or 到 (or holding it: 增至) says that the
// figure is the level reached; what is measured comes before the verb.
bool strip_level_reached(std::string_view& s) {
  std::string_view base = s;
  for (std::string_view to : {"至", "到"}) {
    if (base.ends_with(to)) base.remove_suffix(to.size());
  }
  for (const WordClass change : {WordClass::up_word, WordClass::down_word}) {
    const std::string_view verb = words::word_ending(change, base);
    if (!verb.empty() && verb.size() < base.size() &&
        (base.size() < s.size() || verb.ends_with("至"))) {
      s = base.substr(0, base.size() - verb.size());
      return true;
    }
  }
  return false;
}

// Keeps the last `limit` code points: the head of a Chinese noun phrase is at its end. Counts
// the bytes that start a character (the text is well-formed UTF-8 by now), no decoding.
std::string_view last_code_points(std::string_view s, std::size_t limit) {
  std::size_t begin = s.size();
  for (std::size_t n = 0; n < limit && begin > 0;) {
    --begin;
    if ((static_cast<unsigned char>(s[begin]) & 0xC0) != 0x80) ++n;
  }
  return s.substr(begin);
}

// Whether `s` may hold a quotation mark: its ASCII forms, or the lead bytes of “”‘’ and 「」《》.
bool may_hold_quote(std::string_view s) {
  // A plain loop: find_first_of calls memchr once per byte of `s`.
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c == '"' || c == '\'' || c == '\xE2' || c == '\xE3'; });
}

}  // namespace

std::string trim_metric_phrase(std::string_view phrase) {
  constexpr std::size_t kMaxMetricCharacters = 14;
  // Only the end of a long lead can reach the result; this keeps room for every word stripped
  // from it, and saves copying and scanning whole clauses.
  constexpr std::size_t kConsideredCharacters = 48;
  phrase = last_code_points(phrase, kConsideredCharacters);
  std::string cleaned;
  if (may_hold_quote(phrase)) {
    cleaned.reserve(phrase.size());
    for (std::size_t at = 0; at < phrase.size();) {
      const utf8::Decoded d = utf8::decode(phrase, at);
      const std::size_t length = static_cast<std::size_t>(std::max(d.length, 1));
      if (!d.valid() || !is_quote(d.code_point)) cleaned.append(phrase.substr(at, length));
      at += length;
    }
    phrase = cleaned;
  }
  std::string_view s = phrase;
  // Spaces and tabs at the ends are layout (a tab between a name and its figure), never part
  // of the name.
  auto trim_blanks = [&s] {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  };
  trim_blanks();
  // A lead cut from after an earlier figure or a name may open with the punctuation that closed
  // it (a lead cut after the name inside 车辆（某某市）平均车速 opens with ）).
  for (std::string_view mark : {"；", "，", "、", "：", "）", ";", ",", ":", ")"}) {
    if (s.starts_with(mark)) s.remove_prefix(mark.size());
  }
  while (leading_fillers().strip(s)) {
  }
  while (trailing_words().strip(s) || strip_level_reached(s)) {
  }
  // 入境人数（3月1日）: a parenthesis whose words were a time or a figure, now cut out,
  // or one opened after the words, is no part of the name.
  for (std::string_view mark : {"（）", "()", "（", "("}) {
    if (s.ends_with(mark)) s.remove_suffix(mark.size());
  }
  trim_blanks();
  return std::string(last_code_points(s, kMaxMetricCharacters));
}

namespace {

// `noun` cut after the last head noun it holds, when one is followed by more words: one pass
// over its characters, testing only the head nouns that share a byte with each position.
std::string_view up_to_head_noun(std::string_view noun) {
  static const WordBuckets heads(words::words_of(WordClass::head_noun), WordBuckets::Side::start);
  std::size_t end = 0;
  for (std::size_t at = 0; at < noun.size();) {
    if (const std::string_view head = heads.match(noun.substr(at)); !head.empty())
      end = std::max(end, at + head.size());
    at += static_cast<std::size_t>(std::max(utf8::decode(noun, at).length, 1));
  }
  return end > 0 ? noun.substr(0, end) : noun;
}

}  // namespace

namespace {

// Where the noun starting at `begin` ends: at a verb, a particle, punctuation or its length cap.
std::size_t noun_run_end(std::string_view text, std::size_t begin, std::size_t clause_end) {
  constexpr std::size_t kMaxNounCharacters = 12;
  std::size_t at = begin;
  std::size_t characters = 0;
  while (at < clause_end && characters < kMaxNounCharacters) {
    const utf8::Decoded d = utf8::decode(text, at);
    if (!d.valid()) break;
    // 省级B类园区, 校（企）联合实验室: letters and a one-character aside inside the noun.
    const bool letter =
        at > begin && d.code_point < 0x80 && std::isalpha(static_cast<int>(d.code_point));
    if (at > begin && d.code_point == U'（') {
      const std::size_t inside = at + static_cast<std::size_t>(d.length);
      const utf8::Decoded aside = utf8::decode(text, inside);
      const std::size_t close = inside + static_cast<std::size_t>(std::max(aside.length, 1));
      if (aside.valid() && utf8::is_han(aside.code_point) && close < clause_end &&
          text.substr(close).starts_with("）")) {
        at = close + std::string_view("）").size();
        characters += 3;
        continue;
      }
    }
    if (!(utf8::is_han(d.code_point) || is_quote(d.code_point) || letter)) break;
    if (d.code_point == U'、' || d.code_point == U'的') break;
    // 8个项目|将开工, 3家企业|已投产, 9部作品|是首次…: an adverb or 是 ends the noun.
    static const std::u32string_view adverbs = words::characters_of(WordClass::adverb_ending_noun);
    if (at > begin && adverbs.find(d.code_point) != std::u32string_view::npos) break;
    // 9家规模以上企业|实现营收: the noun ends where a verb begins.
    if (at > begin && !verb_starts().match(text.substr(at)).empty()) break;
    at += static_cast<std::size_t>(d.length);
    ++characters;
  }
  return at;
}

}  // namespace

std::string_view noun_after_classifier(std::string_view text, std::size_t figure_end,
                                       std::size_t clause_end) {
  std::size_t begin = figure_end;
  if (text.substr(begin).starts_with("的")) begin += std::string_view("的").size();
  std::size_t end = noun_run_end(text, begin, clause_end);
  std::string_view noun = text.substr(begin, end - begin);
  // 三个承接着外地订单的加工基地: a verb with 着 right after the classifier opens words that
  // describe the noun after 的 (5家企业的产值 counts the firms; 5个城市举行了…的活动 too).
  constexpr std::string_view kOf = "的";
  const std::size_t progressive = noun.find("着");
  constexpr std::size_t kMaxVerbBytes = 9;  // a verb of up to two characters, then 着
  if (text.substr(end).starts_with(kOf) && progressive != std::string_view::npos &&
      progressive <= kMaxVerbBytes - std::string_view("着").size()) {
    const std::size_t head_begin = end + kOf.size();
    const std::size_t head_end = noun_run_end(text, head_begin, clause_end);
    if (head_end > head_begin) noun = text.substr(head_begin, head_end - head_begin);
  }
  if (!verb_starts().match(noun).empty()) return {};
  return up_to_head_noun(noun);
}

MetricLexicon::MetricLexicon(const AttributionLexicon& lexicon) : lexicon_(lexicon) {
  for (const MetricEntry& metric : lexicon.metrics)
    if (metric.real_growth) constant_price_ids_.insert(metric.id);
  for (std::size_t i = 0; i < lexicon.metrics.size(); ++i) {
    for (const std::string& name : lexicon.metrics[i].names) {
      if (name.find("…") == std::string::npos) {
        names_.add(name, i);
        continue;
      }
      GappedName gapped{{}, i};
      std::string_view rest = name;
      for (std::size_t gap; (gap = rest.find("…")) != std::string_view::npos;) {
        if (gap > 0) gapped.parts.emplace_back(rest.substr(0, gap));
        rest.remove_prefix(gap + std::string_view("…").size());
      }
      if (!rest.empty()) gapped.parts.emplace_back(rest);
      if (!gapped.parts.empty()) gapped_.push_back(std::move(gapped));
    }
  }
}

std::string_view MetricLexicon::find(std::string_view phrase) const {
  if (phrase.empty()) return {};
  // 物流企业数量: the number of what the pack counts is that count.
  for (std::string_view number : words::words_of(WordClass::number_of_word)) {
    if (phrase.size() <= number.size() || !phrase.ends_with(number)) continue;
    const std::string_view counted = find(phrase.substr(0, phrase.size() - number.size()));
    if (counted.empty()) break;
    const auto entry = std::find_if(lexicon_.metrics.begin(), lexicon_.metrics.end(),
                                    [&](const MetricEntry& m) { return m.id == counted; });
    if (entry != lexicon_.metrics.end() && entry->kind == "count") return counted;
    break;
  }
  // A whole name beats a gapped one; among gapped ones, the one ending last.
  if (auto match = names_.last_match(phrase, 0, phrase.size())) {
    const auto [at, found] = *match;
    std::string_view rest = phrase.substr(0, at);
    if (at + found.length == phrase.size()) {
      while (neutral_modifiers().strip(rest)) {
      }
      if (rest.empty()) return lexicon_.metrics[found.entry].id;
    }
  }
  const GappedName* best = nullptr;
  std::size_t best_end = 0;
  for (const GappedName& gapped : gapped_) {
    std::size_t at = 0;
    bool found = true;
    for (const std::string& part : gapped.parts) {
      const std::size_t hit = phrase.find(part, at);
      if (hit == std::string_view::npos) {
        found = false;
        break;
      }
      at = hit + part.size();
    }
    if (found && (!best || at > best_end)) {
      best = &gapped;
      best_end = at;
    }
  }
  return best ? std::string_view(lexicon_.metrics[best->entry].id) : std::string_view{};
}

bool MetricLexicon::grows_at_constant_prices(std::string_view id) const {
  return constant_price_ids_.contains(id);
}

bool MetricLexicon::named_ending_in(std::string_view metric, std::string_view tail) const {
  const auto ends_in_tail = [&](std::string_view name) {
    return name.size() > tail.size() && name.ends_with(tail);
  };
  const auto entry = std::find_if(lexicon_.metrics.begin(), lexicon_.metrics.end(),
                                  [&](const MetricEntry& m) { return m.id == metric; });
  if (entry == lexicon_.metrics.end()) return ends_in_tail(metric);
  return std::any_of(entry->names.begin(), entry->names.end(),
                     [&](const std::string& name) { return ends_in_tail(name); });
}

}  // namespace figcheck::parser
