// spdlog on stderr: --verbose shows debug messages, --quiet only errors.
#pragma once

namespace figcheck::cli {

void setup_logging(bool verbose, bool quiet);

}  // namespace figcheck::cli
