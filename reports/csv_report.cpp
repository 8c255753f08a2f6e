// One row per evidence item, numbered by finding, so a spreadsheet can filter and sort by any
// column and still group a finding's rows (docs/output.md).
#include "reports/claim_record.hpp"
#include "reports/csv.hpp"
#include "reports/evidence_view.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

void write_csv_report(std::ostream& out, const Report& report) {
  CsvWriter csv(out);
  for (const char* column : {"finding", "fingerprint", "rule", "kind", "severity", "precision",
                             "message", "evidence", "file", "line", "column", "text", "sentence",
                             "value", "unit", "entity", "metric", "period"})
    csv.text(column);
  csv.end_row();
  std::size_t number = 0;
  for (const checker::Finding& f : report.findings) {
    ++number;
    for (std::size_t i = 0; i < f.evidence.size(); ++i) {
      const EvidenceView v = view_of(f.evidence[i]);
      csv.number(std::to_string(number)).text(f.fingerprint).text(f.rule_id).text(f.kind);
      csv.text(checker::to_string(f.severity)).text(checker::to_string(f.precision));
      csv.text(f.message).number(std::to_string(i + 1));
      csv.text(v.file).number(std::to_string(v.line)).number(std::to_string(v.column));
      csv.text(v.text).text(v.sentence);
      const parser::Claim* c = v.claim;
      if (c && c->value) {
        csv.number(number_text(*c->value));
      } else {
        csv.empty();
      }
      csv.text(c ? unit_text(*c) : "").text(c ? c->entity : "").text(c ? c->metric : "");
      csv.text(c ? c->period : "");
      csv.end_row();
    }
  }
}

}  // namespace figcheck::reports
