// GitHub Actions workflow commands: one annotation line per finding, on the file and line it is
// reported at (::error file=…,line=…,col=…,title=…::message).
#include <fmt/format.h>

#include "reports/ci_location.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

namespace {

// The escapes of the workflow commands: % and line breaks in the message, , and : too in a
// property.
std::string escaped(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view command_of(checker::Severity severity) {
  switch (severity) {
    case checker::Severity::error:
      return "error";
    case checker::Severity::warning:
      return "warning";
    case checker::Severity::info:
      return "notice";
  }
  return "notice";
}

}  // namespace

void write_github_report(std::ostream& out, const Report& report) {
  for (const checker::Finding& f : report.findings) {
    const CiLocation at = ci_location(f.evidence.front());
    out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                       command_of(f.severity), escaped(at.path, true), at.line, at.column,
                       at.end_line, at.end_column, escaped(f.rule_id, true),
                       escaped(f.message, false));
  }
}

}  // namespace figcheck::reports
