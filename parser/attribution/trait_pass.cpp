// The traits pass: what kind of figure each claim is beyond its key (an average, a share of a
// plan, a balance, a statistic of constant prices), from word tables, so that the rules read
// fields instead of words.
#include <algorithm>
#include <charconv>
#include <string>

#include "parser/attribution/passes.hpp"
#include "parser/attribution/respectively_values.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

// A share of a plan: its whole names one (占预算数的), or the words before it do (完成计划的).
bool of_a_plan(const Claim& claim, std::string_view lead) {
  if (claim.role != Role::share) return false;
  if (claim.whole && (words::holds_word_of(WordClass::plan_whole_word, claim.whole->entity) ||
                      words::holds_word_of(WordClass::plan_whole_word, claim.whole->metric)))
    return true;
  return words::holds_word_of(WordClass::plan_whole_word, lead);
}

// A date part YYYY or YYYY-MM one year earlier; empty when `part` is neither.
std::string a_year_earlier(std::string_view part) {
  constexpr std::size_t kYear = 4;
  constexpr std::size_t kYearMonth = 7;
  if (part.size() != kYear && !(part.size() == kYearMonth && part[kYear] == '-')) return {};
  int year = 0;
  const auto [end, error] = std::from_chars(part.data(), part.data() + kYear, year);
  if (error != std::errc() || end != part.data() + kYear) return {};
  const std::string_view month = part.substr(kYear);
  if (!month.empty() &&
      !std::all_of(month.begin() + 1, month.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return {};
  return std::to_string(year - 1) + std::string(month);
}

// The period one year before a growth rate's own (its base when it names none); empty else.
std::string year_before(const Claim& claim) {
  if (claim.role != Role::change || claim.aspect != Aspect::growth_rate ||
      !claim.base_period.empty())
    return {};
  const std::string_view period = claim.period;
  const std::size_t dots = period.find("..");
  if (dots == std::string_view::npos) return a_year_earlier(period);
  const std::string first = a_year_earlier(period.substr(0, dots));
  const std::string last = a_year_earlier(period.substr(dots + 2));
  return first.empty() || last.empty() ? std::string() : first + ".." + last;
}

// 每百户拥有汽车21.5辆，比上年增加15.5辆: the change of an average is an average too.
bool changes_an_average(const AnnotatedDocument& document, std::size_t index) {
  const Claim& claim = document.claims[index];
  if (index == 0 || (claim.role != Role::change && claim.role != Role::change_from)) return false;
  const Claim& before = document.claims[index - 1];
  return before.averaged && before.sentence == claim.sentence &&
         before.metric_head == claim.metric_head;
}

// 由8%提高到9%: which way the words between the starting value before figure `index` and the
// figure say it went.
Direction direction_after_start(const AnnotatedDocument& document, std::size_t index) {
  if (index == 0) return Direction::none;
  const Claim& from = document.claims[index - 1];
  const Claim& to = document.claims[index];
  if (from.role != Role::change_from || !(from.sentence == to.sentence)) return Direction::none;
  const std::string_view lead = slice(document.text, from.sentence.begin, from.span.begin);
  if (words::holds_word_of(WordClass::lower_is_better, lead) ||
      !words::word_ending(WordClass::fall_word, lead).empty())
    return Direction::none;
  const std::string_view between = slice(document.text, from.span.end, to.span.begin);
  const bool up = words::holds_word_of(WordClass::up_word, between);
  const bool down = words::holds_word_of(WordClass::down_word, between);
  if (up == down) return Direction::none;
  return up ? Direction::up : Direction::down;
}

}  // namespace

void attribute_traits(AnnotatedDocument& document) {
  for (std::size_t i = 0; i < document.claims.size(); ++i) {
    Claim& claim = document.claims[i];
    // The words of its clause before the figure: 平均每村1.5所，学校共40所 averages the first.
    const std::string_view lead = slice(document.text, document.clauses[i], claim.span.begin);
    claim.averaged =
        words::holds_word_of(WordClass::average_word, lead) || changes_an_average(document, i);
    claim.of_a_plan = of_a_plan(claim, lead);
    claim.signed_sum = words::holds_word_of(WordClass::signed_sum_word, claim.metric_head);
    claim.constant_prices = document.metrics.grows_at_constant_prices(claim.metric_head) ||
                            words::holds_word_of(WordClass::constant_price_word, claim.metric_head);
    claim.indivisible = words::is_word_of(WordClass::indivisible_classifier, claim.classifier);
    claim.year_before = year_before(claim);
    claim.direction = direction_after_start(document, i);
    claim.period_form = period_form(claim.period);
  }
  count_list_values(document.text, document.claims);
}

}  // namespace figcheck::parser
