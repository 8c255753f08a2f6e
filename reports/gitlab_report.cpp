// GitLab Code Quality: a JSON array of issues (description, check_name, fingerprint, severity,
// location.path and location.lines.begin), as a merge request's widget reads it.
#include <nlohmann/json.hpp>

#include "reports/ci_location.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

namespace {

std::string_view code_quality_severity(checker::Severity severity) {
  switch (severity) {
    case checker::Severity::error:
      return "major";
    case checker::Severity::warning:
      return "minor";
    case checker::Severity::info:
      return "info";
  }
  return "info";
}

}  // namespace

void write_gitlab_report(std::ostream& out, const Report& report) {
  nlohmann::ordered_json issues = nlohmann::ordered_json::array();
  for (const checker::Finding& f : report.findings) {
    const CiLocation at = ci_location(f.evidence.front());
    issues.push_back({{"description", f.message},
                      {"check_name", f.rule_id},
                      {"fingerprint", f.fingerprint},
                      {"severity", code_quality_severity(f.severity)},
                      {"location", {{"path", at.path}, {"lines", {{"begin", at.line}}}}}});
  }
  out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace figcheck::reports
