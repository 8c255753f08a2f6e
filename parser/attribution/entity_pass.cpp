// The entity pass: whose figure each claim states.
#include <algorithm>

#include "parser/attribution/passes.hpp"
#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"
#include "parser/byte_match.hpp"
#include "parser/sentence.hpp"

namespace figcheck::parser {

namespace {

using words::WordClass;

struct EntityChoice {
  std::string id;
  EntitySource source = EntitySource::none;
};

// Where a name at `position` stands as seen from claim `claim` whose clause starts at `clause`.
EntitySource source_at(std::size_t position, const Claim& claim, std::size_t clause) {
  if (position >= clause) return EntitySource::clause;
  if (position >= claim.sentence.begin) return EntitySource::sentence;
  return EntitySource::paragraph;
}

EntityChoice subject_of(const AnnotatedDocument& document) {
  return {document.subject.id, document.subject.source};
}

// A count of firms (5家企业), which no one firm is the subject of.
bool counts_firms(const AnnotatedDocument& document, const Claim& claim) {
  if (claim.kind != ClaimKind::count) return false;
  return !words::word_starting(WordClass::firm_noun, document.text.substr(claim.span.end, 12))
              .empty();
}

// Whether the clause of a body named before the figure is over by the figure: closed by ；
// with no full stop since, or by a comma before a count of firms; a quoted brand is the
// subject of its own clause only.
bool body_clause_over(const AnnotatedDocument& document, const EntityMention& m,
                      const Claim& claim) {
  const std::string_view between = slice(document.text, m.span.end, claim.span.begin);
  const bool comma =
      between.find("，") != std::string_view::npos || between.find(',') != std::string_view::npos;
  const bool semicolon = between.find("；") != std::string_view::npos;
  const bool full_stop = between.find("。") != std::string_view::npos;
  const bool quoted_brand = ends_with_at(document.text, m.span.begin, "“") &&
                            starts_with_at(document.text, m.span.end, "”");
  return quoted_brand ? comma || semicolon || full_stop
                      : !full_stop && (semicolon || (comma && counts_firms(document, claim)));
}

// The entity of `claim` when `m` is the last named before it, `source` telling where: a
// place carries on; a body only while its clause lasts, after which the figure belongs to the
// place the paragraph is about.
EntityChoice carried_to(const AnnotatedDocument& document, const EntityMention& m,
                        const Claim& claim, std::size_t clause, EntitySource source) {
  if (m.level != EntityLevel::organisation || !body_clause_over(document, m, claim))
    return {std::string(m.id), source};
  if (const EntityMention* place =
          document.last_place(document.line_begin(claim.sentence.begin), m.span.begin))
    return {std::string(place->id), source_at(place->span.begin, claim, clause)};
  return subject_of(document);
}

EntityChoice entity_of(const AnnotatedDocument& document, std::size_t index) {
  const Claim& claim = document.claims[index];
  const std::size_t clause = document.clauses[index];
  std::size_t end = claim.span.begin;
  // A share's whole (占全省…) is no subject.
  if (claim.role == Role::share) {
    if (const std::size_t share = rfind_in(document.text, "占", clause, end);
        share != std::string_view::npos)
      end = share;
  }
  if (const EntityMention* m = document.last_open_mention(claim.sentence.begin, end))
    return carried_to(document, *m, claim, clause, source_at(m->span.begin, claim, clause));
  // Further away, 全省 and 全国 say where, not who (在全省推广, 占全国): they are skipped. A name
  // after the figure in its clause is its subject (50名志愿者服务于某某新区); one in a later clause
  // more often names a part or a counterpart (…开行1万列，其中某市的占四分之一), and stands for the
  // figure only where its paragraph names no one before it, as sure as a paragraph's name.
  const std::size_t own_clause_end = clause_end(document.text, claim.span.end, claim.sentence.end);
  if (const EntityMention* m = document.first_mention(claim.span.end, own_clause_end, true))
    return {std::string(m->id), EntitySource::clause};
  if (const EntityMention* m = document.last_open_mention(document.line_begin(claim.sentence.begin),
                                                          claim.sentence.begin, true))
    return carried_to(document, *m, claim, clause, EntitySource::paragraph);
  if (const EntityMention* m = document.first_mention(own_clause_end, claim.sentence.end, true))
    return {std::string(m->id), EntitySource::paragraph};
  return subject_of(document);
}

}  // namespace

void attribute_entities(AnnotatedDocument& document) {
  for (std::size_t i = 0; i < document.claims.size(); ++i) {
    EntityChoice choice = entity_of(document, i);
    Claim& claim = document.claims[i];
    claim.entity = std::move(choice.id);
    claim.entity_source = claim.entity.empty() ? EntitySource::none : choice.source;
  }
}

}  // namespace figcheck::parser
