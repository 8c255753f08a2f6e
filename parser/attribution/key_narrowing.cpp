#include "parser/attribution/key_narrowing.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "parser/attribution/instance_markers.hpp"
#include "parser/attribution/metric_phrase.hpp"
#include "parser/attribution/narrowing_words.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/byte_match.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

// The time of a figure no words date, in an article with no date: the batch read together.
constexpr std::string_view kUndatedBatch = "undated";

bool holds_word_of(std::string_view phrase, NarrowingClass wanted) {
  const auto& words = words_of(wanted);
  return std::any_of(words.begin(), words.end(), [&](const NarrowingWord& w) {
    return phrase.find(w.word) != std::string_view::npos;
  });
}

Basis basis_of(const Claim& claim, std::string_view clause) {
  if (holds_word_of(clause, NarrowingClass::daily)) return Basis::daily;
  if (holds_word_of(clause, NarrowingClass::running_total) || claim.period.starts_with("since-"))
    return Basis::running_total;
  if (holds_word_of(clause, NarrowingClass::stock) || claim.period.starts_with("as-of-"))
    return Basis::stock;
  return claim.period.empty() ? Basis::unknown : Basis::flow;
}

std::string_view head_of(const Claim& claim) {
  if (!claim.metric_head.empty()) return claim.metric_head;
  return std::string_view(claim.metric).substr(0, std::string_view(claim.metric).find('/'));
}

}  // namespace

KeyNarrower::KeyNarrower(const AttributionLexicon& lexicon) {
  for (const MetricEntry& metric : lexicon.metrics) {
    metrics_by_id_.emplace(metric.id, &metric);
    for (const std::string& name : metric.names) metric_names_.insert(name);
  }
}

std::string_view KeyNarrower::population_inside(std::string_view phrase) const {
  if (metrics_by_id_.contains(phrase)) return {};
  for (std::size_t at = 0; at < phrase.size();) {
    at += static_cast<std::size_t>(std::max(utf8::decode(phrase, at).length, 1));
    if (at < phrase.size() && metric_names_.contains(phrase.substr(at)))
      return phrase.substr(0, at);
  }
  return {};
}

std::vector<std::string_view> KeyNarrower::names_of(std::string_view head) const {
  std::vector<std::string_view> names;
  const auto found = metrics_by_id_.find(head);
  if (found == metrics_by_id_.end()) {
    if (!head.empty()) names.push_back(head);
    return names;
  }
  // A gapped name (生物医药…产值) is looked for by its first part.
  for (const std::string& name : found->second->names)
    names.push_back(std::string_view(name).substr(0, name.find("…")));
  return names;
}

namespace {

// Where the last of `names` starts in [begin, end): the one that ends last, and of those the
// longest (地区生产总值, not the 生产总值 inside it); npos when none is there.
std::size_t last_name(std::string_view text, std::size_t begin, std::size_t end,
                      const std::vector<std::string_view>& names) {
  std::size_t best = std::string_view::npos;
  std::size_t best_end = 0;
  const std::string_view region = text.substr(begin, end - begin);
  for (std::string_view name : names) {
    if (name.empty()) continue;
    const std::size_t at = region.rfind(name);
    if (at == std::string_view::npos) continue;
    const std::size_t name_end = at + name.size();
    if (best == std::string_view::npos || name_end > best_end ||
        (name_end == best_end && at < best)) {
      best = at;
      best_end = name_end;
    }
  }
  return best == std::string_view::npos ? best : begin + best;
}

// Where the last of `items` that `counts` accepts ends in [begin, end); `begin` when none.
template <typename Marked, typename Counts>
std::size_t last_end_within(std::span<const Marked> items, std::size_t begin, std::size_t end,
                            Counts counts) {
  auto it = std::lower_bound(items.begin(), items.end(), end,
                             [](const Marked& m, std::size_t at) { return m.span.begin < at; });
  while (it != items.begin()) {
    --it;
    if (it->span.begin < begin) break;
    if (it->span.end <= end && counts(*it)) return it->span.end;
  }
  return begin;
}

template <typename Marked>
std::size_t last_end_within(std::span<const Marked> items, std::size_t begin, std::size_t end) {
  return last_end_within(items, begin, end, [](const Marked&) { return true; });
}

// The words in [begin, end) with the time marks among them, and the prepositions that introduce
// them (到2030年), left out: 规上纺织企业全年完成 is of 规上纺织企业, whatever year it speaks of.
std::string without_time_marks(std::string_view text, std::size_t begin, std::size_t end,
                               std::span<const TimeMark> marks) {
  std::string words;
  auto it = std::lower_bound(marks.begin(), marks.end(), begin,
                             [](const TimeMark& m, std::size_t at) { return m.span.begin < at; });
  std::size_t at = begin;
  for (; it != marks.end() && it->span.end <= end; ++it) {
    std::string_view before = text.substr(at, it->span.begin - at);
    for (const NarrowingWord& w : words_of(NarrowingClass::time_preposition)) {
      if (before.ends_with(w.word)) {
        before.remove_suffix(w.word.size());
        break;
      }
    }
    words.append(before);
    at = it->span.end;
  }
  words.append(text.substr(at, end - at));
  return words;
}

// 主要出口产品——半导体的: after a dash, a colon or an opening bracket the words name the thing
// itself; the population is what follows the last such break. Digits and Latin letters inside a
// name (5G基站) are no break.
std::string_view after_last_break(std::string_view words) {
  static constexpr std::array kBreaks{std::string_view("——"), std::string_view("—"),
                                      std::string_view("："), std::string_view(":"),
                                      std::string_view("（"), std::string_view("("),
                                      std::string_view("「"), std::string_view("【")};
  std::size_t begin = 0;
  for (const std::string_view mark : kBreaks) {
    const std::size_t at = words.rfind(mark);
    if (at != std::string_view::npos) begin = std::max(begin, at + mark.size());
  }
  return words.substr(begin);
}

// A population is a noun phrase of Han characters (规模以上文化企业), a list of them with 、 too;
// words with other punctuation, Latin letters or digits between the subject and the metric are
// no population, and are left out.
bool reads_as_a_population(std::string_view words) {
  constexpr std::size_t kMinCharacters = 2;   // 对, 在 alone are function words
  constexpr std::size_t kMaxCharacters = 20;  // 规模以上文化及相关产业企业 is 13
  std::size_t characters = 0;
  for (std::size_t at = 0; at < words.size(); ++characters) {
    const utf8::Decoded d = utf8::decode(words, at);
    // 商业、粮食和外贸方面: a list of categories inside the phrase is one population.
    const bool inside_a_list = d.code_point == U'、' && at > 0 && at + d.length < words.size();
    if (!d.valid() || !(utf8::is_han(d.code_point) || inside_a_list)) return false;
    at += static_cast<std::size_t>(d.length);
  }
  return characters >= kMinCharacters && characters <= kMaxCharacters;
}

// Whether a full stop or a line break stands in `between`: ；and ， do not end a statement.
bool ends_a_statement(std::string_view between) {
  return between.find("。") != std::string_view::npos ||
         between.find('\n') != std::string_view::npos ||
         between.find("！") != std::string_view::npos ||
         between.find("？") != std::string_view::npos;
}

// The population of the nearest claim before that has one, in the statement of `claim`: the
// items of a ；list (其中，甲…；乙…) share the list's topic.
std::string sibling_population(std::string_view text, std::span<const Claim> before,
                               const Claim& claim) {
  // A statement longer than a sentence may be is no list: the look back stops there, so that it
  // stays linear in a text without full stops.
  for (auto it = before.rbegin();
       it != before.rend() && claim.span.begin - it->span.end <= kMaxSentenceBytes; ++it) {
    if (it->sentence != claim.sentence &&
        ends_a_statement(text.substr(it->span.end, claim.span.begin - it->span.end)))
      break;
    if (!it->population.empty()) return it->population;
  }
  return {};
}

// The year the top of an article (its first kTopLines lines) states, when it states one and no
// other: 2030年，某区… dates the sections below that name no time of their own.
std::optional<std::string> top_year(std::string_view text, std::span<const TimeMark> marks) {
  constexpr int kTopLines = 3;
  constexpr std::size_t kTopBytes = 900;
  std::size_t top_end = 0;
  for (int lines = 0; lines < kTopLines && top_end < text.size(); ++lines) {
    const std::size_t line_end = text.find('\n', top_end);
    top_end = line_end == std::string_view::npos ? text.size() : line_end + 1;
  }
  top_end = std::min(top_end, kTopBytes);
  std::optional<std::string> year;
  for (const TimeMark& mark : marks) {
    if (mark.span.begin >= top_end) break;
    const bool whole_year =
        mark.canonical.size() == 4 && std::all_of(mark.canonical.begin(), mark.canonical.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
    if (!whole_year || mark.comparison_base || mark.names_an_edition) continue;
    if (year && *year != mark.canonical) return std::nullopt;
    year = mark.canonical;
  }
  return year;
}

// Whether a time that is meant but not known (目前 in an undated article) stands before the claim
// in its sentence: the figure is of the present, not of the year at the top.
bool follows_the_present(std::span<const TimeMark> marks, const Claim& claim) {
  auto it = std::lower_bound(marks.begin(), marks.end(), claim.sentence.begin,
                             [](const TimeMark& m, std::size_t at) { return m.span.begin < at; });
  for (; it != marks.end() && it->span.end <= claim.span.begin; ++it)
    if (it->canonical.empty()) return true;
  return false;
}

bool is_kind_of_figure(std::string_view words) {
  const auto& kinds = words_of(NarrowingClass::kind_of_figure);
  return std::any_of(kinds.begin(), kinds.end(),
                     [&](const NarrowingWord& w) { return words == w.word; });
}

// 资金, 企业, 历时…: a level whose head says what kind of figure, not of what; 连续… a span of
// time in any aspect. (The growth of 投资 is still a figure of investment.)
bool names_a_kind_only(const Claim& claim) {
  const std::string_view head = head_of(claim);
  const auto& openers = words_of(NarrowingClass::span_opener);
  const bool kind = claim.aspect == Aspect::level && is_kind_of_figure(head);
  return kind || std::any_of(openers.begin(), openers.end(),
                             [&](const NarrowingWord& w) { return head.starts_with(w.word); });
}

struct Lead {
  std::string population;
  bool names_an_entity = false;  // the clause names who, so it does not take a sibling's topic
};

// 轻工商品对某国出口: the words before the other party's 对 in the figure's clause, after its
// subject and without its time words, name who trades (the party itself is in the metric); empty
// when nothing stands there, nothing when no other party is named in the clause.
std::optional<std::string> trader_before_counterpart(std::string_view text,
                                                     std::span<const EntityMention> mentions,
                                                     std::span<const TimeMark> marks,
                                                     std::size_t clause, std::size_t end) {
  auto it =
      std::lower_bound(mentions.begin(), mentions.end(), clause,
                       [](const EntityMention& m, std::size_t at) { return m.span.begin < at; });
  for (; it != mentions.end() && it->span.end <= end; ++it) {
    if (!it->qualifier) continue;
    std::string_view before = text.substr(clause, it->span.begin - clause);
    for (std::string_view quote : {"“", "\""})
      if (before.ends_with(quote)) before.remove_suffix(quote.size());
    const std::string_view lead = words::word_ending(words::WordClass::counterpart_lead, before);
    if (lead.empty()) continue;
    const std::size_t lead_at = clause + before.size() - lead.size();
    const std::size_t subject_end = last_end_within(
        mentions, clause, lead_at, [](const EntityMention& m) { return m.may_be_subject(); });
    return trim_metric_phrase(without_time_marks(text, subject_end, lead_at, marks));
  }
  return std::nullopt;
}

}  // namespace

void KeyNarrower::narrow(std::string_view text, std::span<Claim> claims,
                         std::span<const EntityMention> mentions, std::span<const TimeMark> marks,
                         const std::optional<std::string>& date) const {
  std::span<const Claim> all(claims.data(), claims.size());
  // In a dated article, what its words leave undated is as of its day (news of the day); in an
  // undated one, the year its top states is the best there is.
  const std::optional<std::string> top = date ? std::nullopt : top_year(text, marks);
  SentenceInstances instances;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& claim = claims[i];
    if (claim.period.empty() && top && !follows_the_present(marks, claim)) {
      claim.period = *top;
      claim.period_source = TimeSource::article_top;
    } else if (claim.period.empty()) {
      claim.period = date ? "as-of-" + *date : std::string(kUndatedBatch);
      claim.period_source = TimeSource::article_date;
    }
    const std::size_t clause = clause_start(text, claim.span.begin, claim.sentence.begin);
    claim.basis = basis_of(claim, text.substr(clause, claim.span.begin - clause));
    claim.event = std::string(instances.last_before(text, claim.sentence, claim.span.begin));
    Lead lead;
    const std::size_t name =
        last_name(text, claim.sentence.begin, claim.span.begin, names_of(head_of(claim)));
    if (name != std::string_view::npos) {
      const std::size_t begin = clause_start(text, name, claim.sentence.begin);
      // The other party of an exchange (对某国) is part of what is counted, not who counts.
      const std::size_t subject_end = last_end_within(
          mentions, begin, name, [](const EntityMention& m) { return m.may_be_subject(); });
      lead.names_an_entity = subject_end > begin;
      const std::size_t anchor = std::max(subject_end, last_end_within(all.first(i), begin, name));
      lead.population =
          trim_metric_phrase(after_last_break(without_time_marks(text, anchor, name, marks)));
      if (!reads_as_a_population(lead.population)) lead.population.clear();
    }
    if (const auto trader =
            trader_before_counterpart(text, mentions, marks, clause, claim.span.begin)) {
      lead.population =
          reads_as_a_population(*trader) ? *trader : sibling_population(text, all.first(i), claim);
    } else {
      if (lead.population.empty()) lead.population = std::move(claim.population);  // the topic
      if (lead.population.empty()) lead.population = population_inside(head_of(claim));
      if (lead.population.empty() && !lead.names_an_entity)
        lead.population = sibling_population(text, all.first(i), claim);
    }
    // 企业实现营业收入: a kind of actor alone narrows nothing; the firms' revenue is the revenue.
    if (words::is_word_of(words::WordClass::firm_noun, lead.population)) lead.population.clear();
    claim.population = std::move(lead.population);
    claim.names_a_kind_only = names_a_kind_only(claim);
  }
}

}  // namespace figcheck::parser
