// `figcheck chek`: a first word that names no command, told as such, with the nearest command.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace figcheck::cli {

// The message for a command line whose first word (the first argument not an option) names none
// of `app`'s subcommands: "unknown command 'chek'; did you mean 'check'?"; nullopt when it names
// one, or when there is no such word.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv);

}  // namespace figcheck::cli
