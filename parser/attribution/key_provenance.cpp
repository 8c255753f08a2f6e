#include "parser/attribution/key_provenance.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "parser/sentence.hpp"

namespace figcheck::parser {

namespace {

// Where each paragraph starts, found once: a search back from every figure would be quadratic in
// a long line.
std::vector<std::size_t> paragraph_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    starts.push_back(at + 1);
  return starts;
}

// Where the paragraph holding `position` starts.
std::size_t paragraph_start(const std::vector<std::size_t>& starts, std::size_t position) {
  return *std::prev(std::upper_bound(starts.begin(), starts.end(), position));
}

template <typename Marked, typename Matches>
bool any_within(std::span<const Marked> items, std::size_t begin, std::size_t end,
                Matches matches) {
  auto it = std::lower_bound(items.begin(), items.end(), begin,
                             [](const Marked& m, std::size_t at) { return m.span.begin < at; });
  for (; it != items.end() && it->span.begin < end; ++it)
    if (matches(*it)) return true;
  return false;
}

struct Reach {
  std::size_t clause, sentence_begin, sentence_end, paragraph, headline_end;
};

EntitySource entity_source_of(const Claim& claim, const Reach& reach,
                              std::span<const EntityMention> mentions) {
  // A place named as a comparison base or a qualifier (高出全国, 占全省) is not who the figure is
  // of.
  const auto names_it = [&](const EntityMention& m) {
    return m.id == claim.entity && m.may_be_subject();
  };
  if (any_within(mentions, reach.clause, claim.span.begin, names_it)) return EntitySource::clause;
  if (any_within(mentions, reach.sentence_begin, claim.span.begin, names_it))
    return EntitySource::sentence;
  // A clause's subject comes before its figure: a name only after it (增长22%，高出全国…) is
  // as weak a reading as one carried from an earlier sentence.
  if (any_within(mentions, reach.paragraph, reach.sentence_end, names_it))
    return EntitySource::paragraph;
  // The headline (an archive's title is the first line) names what the article is about.
  if (any_within(mentions, 0, reach.headline_end, names_it)) return EntitySource::subject;
  return EntitySource::prevailing;
}

TimeSource period_source_of(const Claim& claim, const Reach& reach,
                            std::span<const TimeMark> marks) {
  const auto dates_it = [&](const TimeMark& m) {
    return !m.canonical.empty() && claim.period.starts_with(m.canonical.substr(0, 4));
  };
  if (any_within(marks, reach.sentence_begin, reach.sentence_end, dates_it))
    return TimeSource::stated;
  if (any_within(marks, reach.paragraph, reach.sentence_begin, dates_it))
    return TimeSource::paragraph;
  return TimeSource::article_top;
}

}  // namespace

void infer_key_provenance(std::string_view text, std::span<Claim> claims,
                          std::span<const EntityMention> mentions,
                          std::span<const TimeMark> marks) {
  const std::size_t headline_end = std::min(text.find('\n'), text.size());
  std::vector<std::size_t> paragraphs;  // found when the first claim needs them
  for (Claim& claim : claims) {
    // The passes record where most keys came from: the reach is measured only for the rest.
    const bool entity_missing = claim.entity_source == EntitySource::none && !claim.entity.empty();
    const bool period_missing = claim.period_source == TimeSource::none && !claim.period.empty();
    if (!entity_missing && !period_missing) continue;
    if (paragraphs.empty()) paragraphs = paragraph_starts(text);
    const Reach reach{clause_start(text, claim.span.begin, claim.sentence.begin),
                      claim.sentence.begin, claim.sentence.end,
                      paragraph_start(paragraphs, claim.sentence.begin), headline_end};
    if (entity_missing) claim.entity_source = entity_source_of(claim, reach, mentions);
    if (period_missing) claim.period_source = period_source_of(claim, reach, marks);
  }
}

}  // namespace figcheck::parser
