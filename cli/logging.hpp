// What figcheck says on stderr: spdlog messages and the diagnostics about its input. Default:
// errors, warnings and notes. --verbose adds progress and debug messages. --quiet keeps errors
// only (the report itself, on stdout or in its file, is the same).
#pragma once

#include "parser/diagnostic.hpp"

namespace figcheck::cli {

void setup_logging(bool verbose, bool quiet);

// Whether a diagnostic of this severity is printed: errors always, others unless --quiet.
bool is_shown(parser::DiagnosticSeverity severity);

}  // namespace figcheck::cli
