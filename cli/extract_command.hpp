// `figcheck extract`: prints every numeric claim of the given articles.
#pragma once

#include <CLI/CLI.hpp>

namespace figcheck::cli {

// Adds the subcommand to `app`; `exit_code` is set when it runs.
void add_extract_command(CLI::App& app, int& exit_code);

}  // namespace figcheck::cli
