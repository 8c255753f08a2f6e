#include "cli/unknown_command.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

namespace {

// Levenshtein distance: the fewest single-character edits from one word to the other.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  const auto first_word =
      std::find_if(argv + 1, argv + argc, [](const char* argument) { return argument[0] != '-'; });
  if (first_word == argv + argc) return std::nullopt;
  const std::string word = *first_word;
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(command->get_name());
  if (std::find(names.begin(), names.end(), word) != names.end()) return std::nullopt;
  // A slip of two characters at most is a typo; further off, the commands are listed only.
  constexpr std::size_t kMaxSlip = 2;
  const auto nearest =
      std::min_element(names.begin(), names.end(), [&](const auto& a, const auto& b) {
        return edit_distance(word, a) < edit_distance(word, b);
      });
  std::string message = "unknown command '" + word + "'";
  if (nearest != names.end() && edit_distance(word, *nearest) <= kMaxSlip)
    message += "; did you mean '" + *nearest + "'?";
  return message + " (commands: " + checker::joined(names, ", ") + ")";
}

}  // namespace figcheck::cli
