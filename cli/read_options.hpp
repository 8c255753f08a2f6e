// --encoding and --max-file-size, shared by `extract`, `check` and `baseline`.
#pragma once

#include <CLI/CLI.hpp>

#include "parser/document.hpp"

namespace figcheck::cli {

void add_read_options(CLI::App* command, parser::ReadOptions& options);

}  // namespace figcheck::cli
