#include "cli/config_command.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "checker/mapping_reader.hpp"
#include "cli/corpus_root.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_files.hpp"
#include "cli/project_config.hpp"

namespace figcheck::cli {

namespace {

struct ConfigSettings {
  std::string path = ".";
  std::string config_file;
};

std::string list_of(const std::vector<std::string>& items) {
  return "[" + checker::joined(items, ", ") + "]";
}

std::string levels_of(const std::vector<RuleLevel>& levels) {
  std::vector<std::string> items;
  for (const RuleLevel& level : levels) items.push_back(level.id + ": " + level.level);
  return "{" + checker::joined(items, ", ") + "}";
}

// One setting: its value, and where it comes from.
void print_setting(std::ostream& out, std::string_view key, const std::string& value,
                   bool from_file, const ProjectConfig& config, std::string_view fallback) {
  out << fmt::format("{}: {}  # {}\n", key, value,
                     from_file ? config.file.string() : std::string(fallback));
}

int run_config(const ConfigSettings& settings) {
  parser::Diagnostics diagnostics;
  const ProjectConfig config =
      load_project_config(settings.config_file, settings.path, diagnostics);
  if (report_diagnostics(diagnostics)) return kExitError;
  std::ostream& out = std::cout;
  out << fmt::format("# the settings `figcheck check {}` uses\n", settings.path);
  out << fmt::format("config file: {}\n",
                     config.file.empty() ? std::string("none found") : config.file.string());
  out << fmt::format("corpus root: {}  # fingerprints name files from it\n",
                     corpus_root(config.file, settings.path).string());
  print_setting(
      out, "paths",
      list_of(config.paths.empty() ? std::vector<std::string>{settings.path} : config.paths),
      !config.paths.empty(), config, "the command line");
  print_setting(out, "exclude", list_of(config.exclude), !config.exclude.empty(), config,
                "default");
  print_setting(out, "rules", list_of(config.rules), !config.rules.empty(), config, "default");
  print_setting(out, "no_default_rules", config.no_default_rules.value_or(false) ? "true" : "false",
                config.no_default_rules.has_value(), config, "default");
  print_setting(out, "fail_on", config.fail_on.value_or("error"), config.fail_on.has_value(),
                config, "default");
  print_setting(out, "date", config.date.value_or("(the articles' own)"), config.date.has_value(),
                config, "default");
  print_setting(out, "baseline", config.baseline.value_or("(none)"), config.baseline.has_value(),
                config, "default");
  print_setting(out, "levels", levels_of(config.levels), !config.levels.empty(), config, "default");
  for (const PathOverride& o : config.overrides)
    print_setting(out, "override", list_of(o.paths) + " " + levels_of(o.levels), true, config, "");
  return kExitOk;
}

}  // namespace

void add_config_command(CLI::App& app, int& exit_code) {
  auto settings = std::make_shared<ConfigSettings>();
  CLI::App* command = app.add_subcommand(
      "config", "Print the settings a check would use, and where each comes from");
  command->add_option("path", settings->path, "The folder or file a check would read (default .)");
  command->add_option("--config", settings->config_file,
                      "Settings from FILE instead of the .figcheck.yaml found from the path");
  command->callback([settings, &exit_code] { exit_code = run_config(*settings); });
}

}  // namespace figcheck::cli
