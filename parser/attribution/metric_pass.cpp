// The metric pass: what each claim's figure measures, by its role, then narrowed by the 其中
// whole it is part of, the batch it is of and the topic of its sentence or paragraph.
#include <fmt/format.h>

#include <algorithm>

#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/passes.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/topic.hpp"
#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser {

namespace {

constexpr std::string_view kAmong = "其中";

// The measure of the last figure before `position` in its paragraph: the whole 其中 divides.
std::string whole_before(const AnnotatedDocument& document, std::size_t position) {
  const std::size_t floor = document.line_begin(position);
  for (std::size_t i = document.first_claim_from(position); i-- > 0;) {
    const Claim& c = document.claims[i];
    if (c.span.begin < floor) break;
    if (c.role != Role::share && c.role != Role::respectively && !c.metric.empty())
      return measure_of(c.metric);
  }
  return {};
}

// 外贸总额500亿元…其中，出口300亿元: a part named by a word of its whole's name is that kind of
// part (the region's exports in that trade, not all exports). `metric` unchanged otherwise.
void of_the_whole(const AnnotatedDocument& document, std::size_t index, std::size_t clause,
                  MetricName& metric) {
  std::string& head = metric.head;
  const Claim& claim = document.claims[index];
  // 其中 opens the figure's clause or the one before it: a few dozen characters back at most
  // (a sentence may run for kilobytes).
  constexpr std::size_t kReachBytes = 96;
  const std::size_t floor = std::max<std::size_t>(
      claim.sentence.begin,
      std::min(clause, claim.span.begin - std::min(claim.span.begin, kReachBytes)));
  const std::size_t among = document.last_among(claim.sentence, floor, claim.span.begin);
  if (among == std::string_view::npos) return;
  const std::size_t words_begin = std::max(clause, among + kAmong.size());
  const std::string_view words = slice(document.text, words_begin, claim.span.begin);
  const std::string_view tail = after_last_inner_verb(words);
  const std::string part = trim_metric_phrase(tail);
  const std::string measure = measure_of(head);
  if (part.empty() || named(document.metrics, part) != measure) return;
  const std::string whole = whole_before(document, among);
  // 交通固定资产投资…其中，铁路完成投资: a part named by the last words of its whole's name, and
  // naming no statistic of its own (as 出口 does), is that measure, of the part's own subject
  // (its population).
  if (document.metrics.find(part).empty() && document.metrics.named_ending_in(whole, part)) {
    head = whole + head.substr(measure.size());
    metric.population = trim_metric_phrase(words.substr(0, words.size() - tail.size()));
    return;
  }
  std::size_t at = whole.find("进" + part);
  if (at == std::string::npos) at = whole.find(part);
  // 团员总数…其中，团员: a part that is the whole's head names the same kind of thing.
  if (at == std::string::npos || at == 0 || whole.substr(at) == part) return;
  head = named(document.metrics, whole.substr(0, at) + part) + head.substr(measure.size());
}

// 首批5个项目, 第二批12家企业: the batch the figure counts, as a prefix ("首批:"); empty when none.
std::string scope_prefix(const AnnotatedDocument& document, std::size_t clause, std::size_t end) {
  const std::string_view lead = slice(document.text, clause, end);
  if (lead.find("首批") != std::string_view::npos) return "首批:";
  const std::size_t batch = lead.find("批");
  const std::size_t ordinal = lead.find("第");
  if (batch != std::string_view::npos && ordinal != std::string_view::npos && ordinal < batch &&
      batch - ordinal <= 9)
    return std::string(lead.substr(ordinal, batch + std::string_view("批").size() - ordinal)) + ":";
  return {};
}

// The sector or field the figure's sentence or paragraph is about, when the figure comes after
// the clause naming it. A sentence that states a figure in its opening clause is about that
// figure, and one that opens with a place about the place.
std::string_view topic_of(const AnnotatedDocument& document, std::size_t index,
                          std::size_t clause) {
  const Claim& claim = document.claims[index];
  if (const std::optional<Topic> topic =
          sentence_topic(document.text, claim.sentence, clause, document.marks);
      topic && document.first_in_sentence(index).span.begin >= topic->clause_end &&
      !document.last_mention(topic->name.begin, topic->name.end))
    return slice(document.text, topic->name.begin, topic->name.end);
  if (const std::optional<Topic> topic =
          heading_topic(document.text, document.line_begin(claim.sentence.begin));
      topic && claim.span.begin >= topic->clause_end)
    return slice(document.text, topic->name.begin, topic->name.end);
  return {};
}

bool names_a_composite_indicator(std::string_view name) {
  const std::string_view ending = words::word_ending(words::WordClass::composite_head, name);
  return !ending.empty() && ending.size() < name.size();
}

// Whether `later` stands in the paragraph of `earlier` or in the next one that holds any text:
// the parts of a survey's release follow its headline index closely.
bool in_the_next_paragraph_at_most(const AnnotatedDocument& document, std::size_t earlier,
                                   std::size_t later) {
  const auto& starts = document.line_starts;
  auto line = std::upper_bound(starts.begin(), starts.end(), earlier);
  const auto last = std::upper_bound(starts.begin(), starts.end(), later);
  int paragraphs = 0;
  for (; line != last; ++line) {
    const std::size_t end =
        std::next(line) == starts.end() ? document.text.size() : *std::next(line);
    if (end > *line + 1 && ++paragraphs > 1) return false;  // a line with text
  }
  return true;
}

// 新订单指数 after 制造业采购经理指数: a part of a composite indicator that names no sector of
// its own is a part of the indicator its article stated first (`headline`, at `headline_at`),
// when it follows in the same paragraph or the next.
bool is_part_of_headline(const AnnotatedDocument& document, std::size_t index,
                         std::string_view head, std::string_view headline,
                         std::size_t headline_at) {
  return !headline.empty() && head != headline && names_a_composite_indicator(head) &&
         !words::holds_word_of(words::WordClass::topic_sector, head) &&
         in_the_next_paragraph_at_most(document, headline_at, document.claims[index].span.begin);
}

// The metric by the claim's role, before narrowing.
MetricName metric_by_role(AnnotatedDocument& document, std::size_t index, std::size_t clause) {
  Claim& claim = document.claims[index];
  switch (claim.role) {
    case Role::share:
      return share_metric(document, index, clause);
    case Role::change:
    case Role::change_from:
      return change_metric(document, index, clause);
    case Role::respectively: {
      RespectivelyItem item = respectively_item(document, index, clause);
      claim.list_size = item.list_size;
      if (!item.period.empty()) {
        claim.period = std::move(item.period);
        claim.period_source = TimeSource::stated;
      }
      return {std::move(item.metric), Aspect::level, std::nullopt, {}};
    }
    case Role::value:
    case Role::subset:
      break;
  }
  return {base_metric(document, index, clause, claim.span.begin), Aspect::level, std::nullopt, {}};
}

// The metric narrowed by the 其中 whole, the batch and the headline indicator.
MetricName metric_of(AnnotatedDocument& document, std::size_t index, std::string_view headline,
                     std::size_t headline_at) {
  const std::size_t clause = document.clauses[index];
  MetricName metric = metric_by_role(document, index, clause);
  if (metric.empty()) return metric;
  const Claim& claim = document.claims[index];
  if (claim.role != Role::share && claim.role != Role::respectively)
    of_the_whole(document, index, clause, metric);
  // 首批5个项目: the batch is said once, as the prefix.
  const std::string scope = scope_prefix(document, clause, claim.span.begin);
  if (!scope.empty() && metric.head.starts_with(scope.substr(0, scope.size() - 1)))
    metric.head.erase(0, scope.size() - 1);
  metric.head = scope + metric.head;
  if (is_part_of_headline(document, index, metric.head, headline, headline_at))
    metric.head = fmt::format("{}:{}", headline, metric.head);
  return metric;
}

// The sector the figure's sentence or paragraph is about (机械工业…，出口增长8%), when `metric`
// does not name it already: a population, which the narrowing pass keeps where the figure's own
// words name none.
std::string topic_population(const AnnotatedDocument& document, std::size_t index,
                             const MetricName& metric) {
  if (metric.empty()) return {};
  const std::string_view topic = topic_of(document, index, document.clauses[index]);
  if (topic.empty()) return {};
  const std::string rendered = metric.rendered();
  if (rendered.find(without_field_word(topic)) != std::string::npos) return {};
  if (const std::string_view id = document.metrics.find(topic);
      !id.empty() && rendered.starts_with(id))
    return {};
  return std::string(topic);
}

}  // namespace

std::string MetricName::suffix() const {
  const std::string base = against.empty() ? std::string() : fmt::format("(较{})", against);
  switch (aspect) {
    case Aspect::level:
      return {};
    case Aspect::growth_rate:
      return "/增速" + base;
    case Aspect::change_pp:
      return "/变化" + base;
    case Aspect::change_amount:
      return "/增量" + base;
    case Aspect::start_value:
      return "/起点";
    case Aspect::share:
      return whole ? fmt::format("/占{}:{}", whole->entity, whole->metric) : "/占比";
  }
  return {};
}

void attribute_metrics(AnnotatedDocument& document) {
  std::string headline;  // the first composite indicator the article states
  std::size_t headline_at = 0;
  for (std::size_t i = 0; i < document.claims.size(); ++i) {
    MetricName metric = metric_of(document, i, headline, headline_at);
    Claim& claim = document.claims[i];
    if (headline.empty() && names_a_composite_indicator(metric.head)) {
      headline = metric.head;
      headline_at = claim.span.begin;
    }
    claim.population =
        metric.population.empty() ? topic_population(document, i, metric) : metric.population;
    claim.metric = metric.rendered();
    claim.metric_head = std::move(metric.head);
    claim.aspect = metric.aspect;
    claim.whole = std::move(metric.whole);
    if (claim.role == Role::change || claim.role == Role::change_from)
      claim.base_period = std::move(metric.against);
  }
}

}  // namespace figcheck::parser
