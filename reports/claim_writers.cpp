#include "reports/claim_writers.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <string>

#include "parser/utf8.hpp"
#include "reports/csv.hpp"
#include "reports/display_width.hpp"
#include "reports/json_line.hpp"
#include "reports/json_number.hpp"
#include "reports/terminal_text.hpp"

namespace figcheck::reports {

namespace {

using parser::Claim;

// The columns, in order, shared by JSON Lines and CSV (DESIGN §4).
struct ClaimFields {
  std::string file;
  parser::SourcePosition begin;
  parser::SourcePosition end;
  std::string_view text;
  std::string_view sentence;
  std::optional<std::string> value;
  std::optional<std::string> low;
  std::optional<std::string> high;
  std::string whole;
};

std::optional<std::string> optional_number(const std::optional<double>& v) {
  if (!v) return std::nullopt;
  return number_text(*v);
}

// Claims come document by document in text order: their positions are counted on along each
// line with a cursor of the writer's own, instead of from the start of the line every time.
class ClaimPositions {
 public:
  parser::SourcePosition at(const parser::Document& document, std::size_t offset) {
    if (&document != document_) {
      document_ = &document;
      cursor_.emplace(document.source_map());
    }
    return cursor_->position(offset);
  }

 private:
  const parser::Document* document_ = nullptr;
  std::optional<parser::SourceCursor> cursor_;
};

ClaimFields fields_of(const ClaimRecord& record, ClaimPositions& positions) {
  const parser::Document& doc = *record.document;
  const Claim& c = *record.claim;
  return {doc.path(),
          positions.at(doc, c.span.begin),
          positions.at(doc, c.span.end),
          doc.text().substr(c.span.begin, c.span.size()),
          doc.text().substr(c.sentence.begin, c.sentence.size()),
          optional_number(c.value),
          optional_number(c.interval.low),
          optional_number(c.interval.high),
          parser::whole_text(c)};
}

}  // namespace

void write_claims_jsonl(std::ostream& out, std::span<const ClaimRecord> claims) {
  ClaimPositions positions;
  JsonLine j;
  // Fields as fields_of() gives them, read in place: millions of claims, no copies.
  for (const ClaimRecord& record : claims) {
    const parser::Document& doc = *record.document;
    const Claim& c = *record.claim;
    const parser::SourcePosition begin = positions.at(doc, c.span.begin);
    const parser::SourcePosition end = positions.at(doc, c.span.end);
    j.text("file", doc.path())
        .integer("line", static_cast<long long>(begin.line))
        .integer("column", static_cast<long long>(begin.column))
        .integer("end_line", static_cast<long long>(end.line))
        .integer("end_column", static_cast<long long>(end.column))
        .text("text", doc.text().substr(c.span.begin, c.span.size()))
        .text("kind", to_string(c.kind))
        .number("value", c.value)
        .text_or_null("unit", unit_text(c))
        .text_or_null("classifier", c.classifier)
        .text("qualifier", to_string(c.qualifier))
        .number("low", c.interval.low)
        .number("high", c.interval.high)
        .text("modality", to_string(c.modality))
        .text("role", to_string(c.role))
        .text_or_null("entity", c.entity)
        .text_or_null("metric", c.metric)
        .text_or_null("period", c.period)
        .text("entity_source", to_string(c.entity_source))
        .text("period_source", to_string(c.period_source))
        .text("aspect", to_string(c.aspect))
        .text_or_null("metric_head", c.metric_head)
        .text_or_null("whole", parser::whole_text(c))
        .text_or_null("base_period", c.base_period)
        .text_or_null("population", c.population)
        .text_or_null("event", c.event)
        .text("basis", to_string(c.basis));
    if (c.out_of_range) j.boolean("out_of_range", true);
    j.text("sentence", doc.text().substr(c.sentence.begin, c.sentence.size()));
    j.end_line(out);
  }
}

void write_claims_csv(std::ostream& out, std::span<const ClaimRecord> claims) {
  ClaimPositions positions;
  CsvWriter csv(out);
  for (const char* header :
       {"file",          "line",          "column", "end_line",    "end_column", "text",
        "kind",          "value",         "unit",   "classifier",  "qualifier",  "low",
        "high",          "modality",      "role",   "entity",      "metric",     "period",
        "entity_source", "period_source", "aspect", "metric_head", "whole",      "base_period",
        "population",    "event",         "basis",  "sentence"}) {
    csv.text(header);
  }
  csv.end_row();
  for (const ClaimRecord& record : claims) {
    const ClaimFields f = fields_of(record, positions);
    const Claim& c = *record.claim;
    csv.text(f.file)
        .number(std::to_string(f.begin.line))
        .number(std::to_string(f.begin.column))
        .number(std::to_string(f.end.line))
        .number(std::to_string(f.end.column))
        .text(f.text)
        .text(to_string(c.kind))
        .number(f.value.value_or(""))
        .text(unit_text(c))
        .text(c.classifier)
        .text(to_string(c.qualifier))
        .number(f.low.value_or(""))
        .number(f.high.value_or(""))
        .text(to_string(c.modality))
        .text(to_string(c.role))
        .text(c.entity)
        .text(c.metric)
        .text(c.period)
        .text(to_string(c.entity_source))
        .text(to_string(c.period_source))
        .text(to_string(c.aspect))
        .text(c.metric_head)
        .text(f.whole)
        .text(c.base_period)
        .text(c.population)
        .text(c.event)
        .text(to_string(c.basis))
        .text(f.sentence);
    csv.end_row();
  }
}

void write_claims_table(std::ostream& out, std::span<const ClaimRecord> claims) {
  // Article text and file names escaped for the terminal before they are measured.
  auto pad = [](std::string_view s, std::size_t width) {
    std::string safe = terminal_safe(s);
    const std::size_t shown = display_width(safe);
    return safe + std::string(width > shown ? width - shown : 1, ' ');
  };
  out << pad("where", 28) << pad("text", 20) << pad("kind", 17) << pad("value", 16)
      << pad("unit", 10) << pad("qualifier", 17) << pad("modality", 10) << pad("role", 13)
      << "key (entity | metric | period)\n";
  ClaimPositions positions;
  for (const ClaimRecord& record : claims) {
    const ClaimFields f = fields_of(record, positions);
    const Claim& c = *record.claim;
    const std::string where = fmt::format("{}:{}:{}", f.file, f.begin.line, f.begin.column);
    const std::string unit =
        c.classifier.empty() ? unit_text(c) : fmt::format("{}({})", unit_text(c), c.classifier);
    auto or_dash = [](std::string_view s) {
      return s.empty() ? std::string("-") : terminal_safe(s);
    };
    out << pad(where, 28) << pad(f.text, 20) << pad(to_string(c.kind), 17)
        << pad(f.value.value_or("?"), 16) << pad(unit, 10) << pad(to_string(c.qualifier), 17)
        << pad(to_string(c.modality), 10) << pad(to_string(c.role), 13) << or_dash(c.entity)
        << " | " << or_dash(c.metric) << " | " << or_dash(c.period) << '\n';
  }
}

}  // namespace figcheck::reports
