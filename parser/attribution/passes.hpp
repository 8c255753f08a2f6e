// The attribution passes, each over every claim of an annotated document in text order. They
// run in the order pipeline.cpp lists: each reads what the passes before it wrote.
#pragma once

#include "parser/attribution/annotated_document.hpp"

namespace figcheck::parser {

// entity: whose figure, from the names before it in its clause, sentence and paragraph, or the
// article's subject. Reads mentions; writes entity and entity_source.
void attribute_entities(AnnotatedDocument& document);

// period: when, from the time marks before it in its sentence or paragraph; a holiday's days,
// a running total's date, a multiple's base. Reads marks; writes period, period_source and
// base_period.
void attribute_periods(AnnotatedDocument& document);

// metric: what is measured, from the words of the figure's lead, its role (share, change,
// 分别 list) and the figures before it. Reads period and the metrics of earlier claims; writes
// metric with its typed parts (metric_head, aspect, whole; a change's base_period), a provisional
// population (the topic of its sentence, the subject of a 其中 part), and period and list_size
// for 分别 lists of years.
void attribute_metrics(AnnotatedDocument& document);

// modality: a figure dated after its article cannot have been measured yet: a target. Reads
// period; writes modality.
void attribute_modality(AnnotatedDocument& document);

// provenance: where a pass left a key's entity or period without its source, the source read
// back from where the names stand (key_provenance.cpp). Writes entity_source, period_source.
void infer_missing_provenance(AnnotatedDocument& document);

// narrowing: what narrows the key — population, event instance, basis — and the time of a
// figure no words date: the article's date, or the batch of undated articles
// (key_narrowing.cpp). Reads entity, metric, period, the provisional population; writes
// population, event, basis, names_a_kind_only, and period and period_source of undated figures.
void narrow_keys(AnnotatedDocument& document);

// traits: what kind of figure each claim is beyond its key — an average, a share of a plan, a
// balance, a statistic of constant prices, a count of things that come whole (trait_pass.cpp,
// words in trait_words.cpp), the direction a change's words say, the year before a growth
// rate's period, and the values of each 分别 list. Reads role, whole, metric_head, classifier,
// period; writes averaged, of_a_plan, signed_sum, constant_prices, indivisible, direction,
// year_before, period_form (the period read once, for the rules) and list_values.
void attribute_traits(AnnotatedDocument& document);

// relations: which figure of the article each one divides (其中, a breakdown in a parenthesis),
// is a share of (the part before it, the whole between 占 and it or named before), or multiplies
// (是…的N倍), and where its statement ends (figure_relations.cpp). Reads role, kind, unit, the
// traits averaged and signed_sum, metric, entity and a share's whole; writes whole_figure,
// share_part, share_whole, multiplied and statement_end.
void relate_figures(AnnotatedDocument& document);

}  // namespace figcheck::parser
