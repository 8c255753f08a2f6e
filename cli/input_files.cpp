#include "cli/input_files.hpp"

#include <iostream>

#include "cli/logging.hpp"
#include "parser/folder_walk.hpp"

namespace figcheck::cli {

std::vector<parser::InputFile> input_files(const std::vector<std::string>& paths,
                                           parser::Diagnostics& diagnostics) {
  std::vector<parser::InputFile> files;
  for (const auto& path : parser::collect_input_files(paths, diagnostics))
    files.push_back({path, path.string()});
  return files;
}

bool report_diagnostics(const parser::Diagnostics& diagnostics) {
  bool error = false;
  for (const parser::Diagnostic& d : diagnostics) {
    if (is_shown(d.severity)) std::cerr << parser::format_diagnostic(d) << '\n';
    error = error || d.severity == parser::DiagnosticSeverity::error;
  }
  return error;
}

}  // namespace figcheck::cli
