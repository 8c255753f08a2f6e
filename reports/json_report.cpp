// The findings contract of docs/output.md (version 1).
#include <nlohmann/json.hpp>

#include "reports/evidence_json.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

void write_json_report(std::ostream& out, const Report& report) {
  const auto counts = count_by_severity(report.findings);
  const RunSummary& summary = report.summary;
  nlohmann::ordered_json j;
  j["version"] = 1;
  j["tool"] = {{"name", "figcheck"}, {"version", "0.1.0"}};
  j["summary"] = {{"files", summary.files},
                  {"claims", summary.claims},
                  {"findings", {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}}},
                  {"suppressed", summary.suppressed},
                  {"baselined", summary.baselined},
                  {"below_precision", summary.below_precision}};
  j["findings"] = nlohmann::ordered_json::array();
  for (const checker::Finding& f : report.findings) {
    nlohmann::ordered_json item;
    item["rule"] = f.rule_id;
    item["kind"] = f.kind;
    item["severity"] = checker::to_string(f.severity);
    item["precision"] = checker::to_string(f.precision);
    item["message"] = f.message;
    item["fingerprint"] = f.fingerprint;
    item["evidence"] = nlohmann::ordered_json::array();
    for (const checker::Evidence& e : f.evidence)
      item["evidence"].push_back(evidence_json(view_of(e)));
    j["findings"].push_back(std::move(item));
  }
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace figcheck::reports
