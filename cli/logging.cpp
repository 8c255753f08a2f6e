#include "cli/logging.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace figcheck::cli {

void setup_logging(bool verbose, bool quiet) {
  auto logger = spdlog::stderr_color_mt("figcheck");
  logger->set_pattern("figcheck: %^%l%$: %v");
  logger->set_level(verbose ? spdlog::level::debug
                            : (quiet ? spdlog::level::err : spdlog::level::warn));
  spdlog::set_default_logger(logger);
}

bool is_shown(parser::DiagnosticSeverity severity) {
  // The logger's level is the one setting: --quiet raised it to errors.
  return severity == parser::DiagnosticSeverity::error ||
         spdlog::default_logger_raw()->should_log(spdlog::level::warn);
}

}  // namespace figcheck::cli
