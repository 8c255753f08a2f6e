// `figcheck config [PATH] [--config FILE]`: the settings a check of PATH would use, each with
// where it comes from (the .figcheck.yaml found, --config, or the default).
#pragma once

#include <CLI/CLI.hpp>

namespace figcheck::cli {

void add_config_command(CLI::App& app, int& exit_code);

}  // namespace figcheck::cli
