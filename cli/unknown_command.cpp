#include "cli/unknown_command.hpp"

#include <algorithm>
#include <vector>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  const auto first_word =
      std::find_if(argv + 1, argv + argc, [](const char* argument) { return argument[0] != '-'; });
  if (first_word == argv + argc) return std::nullopt;
  const std::string word = *first_word;
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(command->get_name());
  if (std::find(names.begin(), names.end(), word) != names.end()) return std::nullopt;
  std::string message = "unknown command '" + word + "'";
  if (const std::string near = checker::closest_match(word, names); !near.empty())
    message += "; did you mean '" + near + "'?";
  return message + " (commands: " + checker::joined(names, ", ") + ")";
}

}  // namespace figcheck::cli
