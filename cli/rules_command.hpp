// `figcheck rules list|explain|validate|test`: what a pack holds, what a rule does, whether
// pack files are valid, and whether each rule fires on its own examples.
#pragma once

#include <CLI/CLI.hpp>

namespace figcheck::cli {

void add_rules_command(CLI::App& app, int& exit_code);

}  // namespace figcheck::cli
