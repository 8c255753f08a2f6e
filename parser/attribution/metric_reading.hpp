// The functions of the metric pass, by concern: naming a phrase (metric_naming.cpp), the words
// of a figure's lead (metric_lead.cpp), figures whose lead names nothing (unnamed_metric.cpp),
// counted nouns and objects after the figure (counted_noun.cpp), spans of time
// (duration_metric.cpp), shares (share_metric.cpp), changes (change_metric.cpp), 分别 lists
// (respectively_item.cpp, listed_years.cpp). `index` is a claim's index in document.claims and
// `clause` where its clause starts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parser/attribution/annotated_document.hpp"

namespace figcheck::parser {

// A metric as the pass builds it: the measured head and the aspect of it the figure states.
// The rendered key string carries the aspect as a suffix of the head: gdp/增速, x/占全省:y.
struct MetricName {
  std::string head;
  Aspect aspect = Aspect::level;
  std::optional<ShareWhole> whole;  // a share whose words name its whole (占全省…)
  std::string against;              // a change's base period named in its sentence (较2000)
  std::string population{};  // the subject of a 其中 part (其中，工业完成投资: 工业)

  [[nodiscard]] bool empty() const { return head.empty() && aspect == Aspect::level; }
  [[nodiscard]] std::string suffix() const;
  [[nodiscard]] std::string rendered() const { return head + suffix(); }
};

// A metric without what a change or share adds to it: 死亡病例/增量 → 死亡病例.
std::string measure_of(std::string_view metric);

// metric_naming.cpp
// The lexicon id the phrase names, else the phrase trimmed to its head noun.
std::string named(const MetricLexicon& metrics, std::string_view phrase);
// named() for a trimmed phrase the lexicon does not know as a whole.
std::string head_named(const MetricLexicon& metrics, std::string_view trimmed);
// The head of a long lead: after its last lead verb or joining word.
std::string_view after_last_inner_verb(std::string_view phrase);

// metric_lead.cpp
// What the words before `end` in the clause name for figure `index`.
std::string base_metric(const AnnotatedDocument& document, std::size_t index, std::size_t clause,
                        std::size_t end);

// unnamed_metric.cpp
std::string unnamed_figure_metric(const AnnotatedDocument& document, std::size_t index,
                                  std::string_view lead);
// The metric of the value figure before this one in its sentence; empty when none.
std::string previous_metric(const AnnotatedDocument& document, std::size_t index);
// The measure of the figure before this one in its sentence, whatever its role.
std::string previous_measure(const AnnotatedDocument& document, std::size_t index);
// A bare total (总数) after a count of new things counts all of them.
std::string whole_of_previous(const AnnotatedDocument& document, std::size_t index);
bool is_bare_total(std::string_view phrase);

// counted_noun.cpp
// A count's modifiers before it and noun after it (某区9家规模以上企业); empty when no noun.
std::string counted_noun_metric(const AnnotatedDocument& document, std::size_t index,
                                std::string_view lead);
// A lead ending in a verb leaves the metric to the noun after the figure (发放3亿元补贴).
std::string object_metric(const AnnotatedDocument& document, std::size_t index,
                          std::string_view lead);

// duration_metric.cpp
// The size of the span verb `lead` ends with; 0 when none.
std::size_t span_verb_size(std::string_view lead);
// 历时3个月, 连续5年获评: a span of time, measured by its verb; empty when none.
std::string duration_metric(const AnnotatedDocument& document, std::size_t index,
                            std::string_view lead);

// share_metric.cpp
MetricName share_metric(const AnnotatedDocument& document, std::size_t index, std::size_t clause);

// change_metric.cpp
MetricName change_metric(const AnnotatedDocument& document, std::size_t index, std::size_t clause);

// respectively_item.cpp
struct RespectivelyItem {
  std::string metric;
  std::string period;  // set when the list names years
  std::uint8_t list_size = 0;
};
RespectivelyItem respectively_item(const AnnotatedDocument& document, std::size_t index,
                                   std::size_t clause);

}  // namespace figcheck::parser
