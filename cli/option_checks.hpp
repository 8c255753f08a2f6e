// Checks and shapes of command-line options that several commands share.
#pragma once

#include <CLI/CLI.hpp>

namespace figcheck::cli {

// A day YYYY-MM-DD that the calendar has: --date yesterday and --date 2024-13-45 are refused.
CLI::Validator calendar_date();

// A repeatable option that takes one value each time it is given: `--rules pack.yaml articles`
// leaves `articles` to the paths.
CLI::Option* one_value_each(CLI::Option* option);

}  // namespace figcheck::cli
