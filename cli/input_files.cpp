#include "cli/input_files.hpp"

#include <iostream>

#include "cli/corpus_root.hpp"
#include "cli/logging.hpp"
#include "parser/folder_walk.hpp"
#include "reports/terminal_text.hpp"

namespace figcheck::cli {

std::vector<parser::InputFile> input_files(const std::vector<std::string>& paths,
                                           const std::filesystem::path& root,
                                           parser::Diagnostics& diagnostics) {
  std::vector<parser::InputFile> files;
  for (const auto& path : parser::collect_input_files(paths, diagnostics))
    files.push_back({path, path.string(), path_in_corpus(path, root)});
  return files;
}

bool report_diagnostics(const parser::Diagnostics& diagnostics) {
  bool error = false;
  for (parser::Diagnostic d : diagnostics) {
    // File names and quoted article text could otherwise act on the terminal or forge a line.
    d.path = reports::terminal_safe(d.path);
    d.message = reports::terminal_safe(d.message);
    if (is_shown(d.severity)) std::cerr << parser::format_diagnostic(d) << '\n';
    error = error || d.severity == parser::DiagnosticSeverity::error;
  }
  return error;
}

}  // namespace figcheck::cli
