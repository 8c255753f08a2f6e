// `figcheck check PATH...`: extract, attribute and cross-check the articles; and
// `figcheck baseline PATH... -o FILE`: record today's findings as accepted.
#pragma once

#include <CLI/CLI.hpp>

namespace figcheck::cli {

void add_check_command(CLI::App& app, int& exit_code);
void add_baseline_command(CLI::App& app, int& exit_code);

}  // namespace figcheck::cli
