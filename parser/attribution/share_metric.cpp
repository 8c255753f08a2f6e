// Shares (占…的15%, 占比15%): the part measured and the whole it is of.
#include "parser/attribution/metric_reading.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/byte_match.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

constexpr std::string_view kShare = "占";

// 产值在全省占比15%, 增速为8%，在全市占比15%: with the noun 占比 the whole's entity is named
// before it, and the part is what the words before the whole (else the figure before) measure.
// Empty when 占 is no 占比 or names no place.
MetricName share_of_whole_named_before(const AnnotatedDocument& document, std::size_t index,
                                       std::size_t clause, std::size_t share) {
  if (!document.text.substr(share).starts_with("占比")) return {};
  // The last mention that begins in [clause, share), found by binary search: a document's
  // shares must not each walk its mentions from the start.
  const std::size_t after = document.first_mention_from(share);
  if (after == 0 || document.mentions[after - 1].span.begin < clause) return {};
  const EntityMention* whole = &document.mentions[after - 1];
  std::string_view between = slice(document.text, whole->span.end, share);
  if (between.starts_with("的")) between.remove_prefix(std::string_view("的").size());
  if (!between.empty()) return {};
  std::size_t lead_end = whole->span.begin;
  if (ends_with_at(document.text, lead_end, "在")) lead_end -= std::string_view("在").size();
  std::string base =
      lead_end > clause ? base_metric(document, index, clause, lead_end) : std::string();
  if (base.empty()) base = previous_measure(document, index);
  if (base.empty()) return {};
  return {std::move(base), Aspect::share, ShareWhole{std::string(whole->id), {}}, {}};
}

// The whole named between 占 and the share: the last entity named there, and the words after
// it (占全省工业产值的比重 → the province, 工业产值); what may be empty (占全省15%).
ShareWhole whole_after_share(const AnnotatedDocument& document, const Claim& claim,
                             std::size_t whole_begin) {
  ShareWhole whole;
  std::size_t what_begin = whole_begin;
  for (std::size_t i = document.first_mention_from(whole_begin);
       i < document.mentions.size() && document.mentions[i].span.begin < claim.span.begin; ++i) {
    const EntityMention& m = document.mentions[i];
    if (m.span.end <= claim.span.begin) {
      whole.entity = m.id;
      what_begin = m.span.end;
    }
  }
  whole.metric = trim_metric_phrase(slice(document.text, what_begin, claim.span.begin));
  for (std::string_view tail : words::words_of(WordClass::share_tail)) {
    if (whole.metric.ends_with(tail)) whole.metric.resize(whole.metric.size() - tail.size());
  }
  if (std::string_view id = document.metrics.find(whole.metric); !id.empty()) whole.metric = id;
  return whole;
}

}  // namespace

MetricName share_metric(const AnnotatedDocument& document, std::size_t index, std::size_t clause) {
  const Claim& claim = document.claims[index];
  const std::size_t share = rfind_in(document.text, kShare, clause, claim.span.begin);
  if (share == std::string_view::npos) {
    std::string base = base_metric(document, index, clause, claim.span.begin);
    if (base.empty()) base = previous_metric(document, index);
    if (base.empty()) return {};
    return {std::move(base), Aspect::share, std::nullopt, {}};
  }
  if (MetricName named_before = share_of_whole_named_before(document, index, clause, share);
      !named_before.empty())
    return named_before;
  // 其中出口额200亿元，占全市外贸的40%; 同比增长8%，占全省…的15%: with no words of its own the
  // part is the measure of the figure before (the part itself, or what its rate was of).
  std::string base = base_metric(document, index, clause, share);
  if (base.empty()) base = previous_measure(document, index);
  ShareWhole whole = whole_after_share(document, claim, share + kShare.size());
  // 占全省生物医药产值的15% says what 占全省15% leaves to the part: the same key.
  if (whole.metric == base) whole.metric.clear();
  return {base.empty() ? std::string("?") : std::move(base), Aspect::share, std::move(whole), {}};
}

}  // namespace figcheck::parser
