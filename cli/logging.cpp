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

}  // namespace figcheck::cli
