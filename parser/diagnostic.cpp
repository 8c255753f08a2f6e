#include "parser/diagnostic.hpp"

#include <fmt/format.h>

namespace figcheck::parser {

namespace {
const char* severity_name(DiagnosticSeverity severity) {
  switch (severity) {
    case DiagnosticSeverity::error:
      return "error";
    case DiagnosticSeverity::warning:
      return "warning";
    case DiagnosticSeverity::note:
      return "note";
  }
  return "error";
}
}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string where = d.path;
  if (d.line > 0) where += fmt::format(":{}", d.line);
  if (d.line > 0 && d.column > 0) where += fmt::format(":{}", d.column);
  std::string out = fmt::format("{}: {}: {}", where, severity_name(d.severity), d.message);
  if (!d.category.empty()) out += fmt::format(" [{}]", d.category);
  return out;
}

}  // namespace figcheck::parser
