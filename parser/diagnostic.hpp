// A problem a user can fix, located in a file: printed as `path:line:col: severity: message`.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace figcheck::parser {

enum class DiagnosticSeverity { error, warning, note };

struct Diagnostic {
  std::string path;
  std::size_t line = 0;    // 1-based; 0 when the problem concerns the whole file
  std::size_t column = 0;  // 1-based, in code points; 0 when unknown
  DiagnosticSeverity severity = DiagnosticSeverity::error;
  std::string message;
  std::string category;  // "input", "config", ... shown as [category]
};

std::string format_diagnostic(const Diagnostic& diagnostic);

using Diagnostics = std::vector<Diagnostic>;

}  // namespace figcheck::parser
