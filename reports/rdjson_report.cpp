// reviewdog's Diagnostic Format (rdjson): a DiagnosticResult with one Diagnostic per finding,
// located by line and UTF-8 byte column, the other evidence as related locations, the rule id as
// its code.
#include <nlohmann/json.hpp>

#include "reports/ci_location.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

namespace {

using nlohmann::ordered_json;

std::string_view rd_severity(checker::Severity severity) {
  switch (severity) {
    case checker::Severity::error:
      return "ERROR";
    case checker::Severity::warning:
      return "WARNING";
    case checker::Severity::info:
      return "INFO";
  }
  return "INFO";
}

ordered_json location(const CiLocation& at) {
  return {{"path", at.path},
          {"range",
           {{"start", {{"line", at.line}, {"column", at.byte_column}}},
            {"end", {{"line", at.end_line}, {"column", at.end_byte_column}}}}}};
}

}  // namespace

void write_rdjson_report(std::ostream& out, const Report& report) {
  ordered_json diagnostics = ordered_json::array();
  for (const checker::Finding& f : report.findings) {
    ordered_json d{{"message", f.message},
                   {"location", location(ci_location(f.evidence.front()))},
                   {"severity", rd_severity(f.severity)},
                   {"code", {{"value", f.rule_id}, {"url", rule_page(f.kind)}}}};
    ordered_json related = ordered_json::array();
    for (std::size_t i = 1; i < f.evidence.size(); ++i)
      related.push_back({{"location", location(ci_location(f.evidence[i]))}});
    if (!related.empty()) d["related_locations"] = std::move(related);
    diagnostics.push_back(std::move(d));
  }
  const ordered_json result{{"source", {{"name", "figcheck"}}}, {"diagnostics", diagnostics}};
  out << result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace figcheck::reports
