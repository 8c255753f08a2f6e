#include "cli/project_config.hpp"

#include <fmt/format.h>

#include <fnmatch.h>
#include <algorithm>

#include "checker/mapping_reader.hpp"
#include "checker/yaml_source.hpp"
#include "parser/calendar_date.hpp"
#include "parser/file_reader.hpp"

namespace figcheck::cli {

namespace fs = std::filesystem;

ProjectConfig find_project_config(const fs::path& start, parser::Diagnostics& diagnostics) {
  std::error_code error;
  fs::path folder = fs::absolute(start, error);
  if (!fs::is_directory(folder, error)) folder = folder.parent_path();
  for (; !folder.empty(); folder = folder.parent_path()) {
    const fs::path candidate = folder / ".figcheck.yaml";
    if (fs::exists(candidate, error)) return read_project_config(candidate, diagnostics);
    if (folder == folder.parent_path()) break;
  }
  return {};
}

ProjectConfig load_project_config(const std::string& config_file, const fs::path& start,
                                  parser::Diagnostics& diagnostics) {
  if (config_file.empty()) return find_project_config(start, diagnostics);
  return read_project_config(fs::absolute(config_file), diagnostics);
}

ProjectConfig read_project_config(const fs::path& file, parser::Diagnostics& diagnostics) {
  ProjectConfig config;
  config.file = file;
  parser::FileBytes read = parser::read_file_bytes(file, checker::YamlSource::kMaxBytes);
  if (!read.read()) {
    diagnostics.push_back(
        {file.string(), 0, 0, parser::DiagnosticSeverity::error,
         "cannot read configuration: " + parser::read_failure(read, checker::YamlSource::kMaxBytes),
         "config"});
    return config;
  }
  const checker::YamlSource source(file.string(), std::move(read.bytes));
  return parse_project_config(source, file.parent_path(), diagnostics);
}

namespace {

// levels: {duplicated-passage: off, conflicting-figures: warning}
void read_levels(const checker::YamlSource& source, const YAML::Node& levels,
                 std::vector<RuleLevel>& read, parser::Diagnostics& diagnostics) {
  if (!levels.IsMap()) {
    diagnostics.push_back(
        source.error_at(levels.Mark(), "levels must map rule ids to off, info, warning or error"));
    return;
  }
  const std::vector<std::string> valid{"off", "info", "warning", "error"};
  for (const auto& entry : levels) {
    const std::string id = entry.first.Scalar();
    const std::string level = entry.second.IsScalar() ? entry.second.Scalar() : std::string();
    if (std::find(valid.begin(), valid.end(), level) == valid.end()) {
      diagnostics.push_back(source.error_at(
          entry.second.Mark(), fmt::format("'{}' is not a level of rule '{}'; use one of: {}",
                                           level, id, checker::joined(valid))));
      continue;
    }
    read.push_back({id, level, source.error_at(entry.first.Mark(), "")});
  }
}

// overrides: [{paths: ["archive/*"], levels: {duplicated-passage: off}}]
void read_overrides(const checker::YamlSource& source, const YAML::Node& overrides,
                    ProjectConfig& config, parser::Diagnostics& diagnostics) {
  if (!overrides.IsSequence()) {
    diagnostics.push_back(source.error_at(
        overrides.Mark(), "overrides must be a list of {paths: [GLOB…], levels: {RULE: LEVEL}}"));
    return;
  }
  for (const YAML::Node& item : overrides) {
    checker::MappingReader r(source, item, "override", diagnostics);
    PathOverride override;
    override.paths = r.texts("paths", true).value_or(std::vector<std::string>{});
    if (const auto levels = r.node("levels", true))
      read_levels(source, *levels, override.levels, diagnostics);
    r.finish();
    if (!override.paths.empty()) config.overrides.push_back(std::move(override));
  }
}

// suppress: [{file: a.txt, figure: 3200吨, rule: conflicting-figures, reason: …}]
void read_suppressions(const checker::YamlSource& source, const YAML::Node& entries,
                       ProjectConfig& config, parser::Diagnostics& diagnostics) {
  if (!entries.IsSequence()) {
    diagnostics.push_back(
        source.error_at(entries.Mark(), "suppress must be a list of {file, figure, rule, reason}"));
    return;
  }
  for (const YAML::Node& item : entries) {
    checker::MappingReader r(source, item, "suppression", diagnostics);
    const auto file = r.text("file", true);
    const auto figure = r.text("figure", true);
    const auto rule = r.text("rule", false);
    const auto reason = r.text("reason", false);
    r.finish();
    if (!file || !figure) continue;
    config.suppressions.push_back({fs::path(*file).lexically_normal().generic_string(), *figure,
                                   rule.value_or(""), reason.value_or(""),
                                   source.error_at(item.Mark(), "")});
  }
}

void read_settings(const checker::YamlSource& source, const fs::path& base, ProjectConfig& config,
                   parser::Diagnostics& diagnostics) {
  checker::MappingReader r(source, *source.root(), ".figcheck.yaml", diagnostics);
  const auto relative = [&](std::vector<std::string> items) {
    for (std::string& item : items) item = (base / item).lexically_normal().string();
    return items;
  };
  config.paths = relative(r.texts("paths", false).value_or(std::vector<std::string>{}));
  config.exclude = r.texts("exclude", false).value_or(std::vector<std::string>{});
  config.rules = relative(r.texts("rules", false).value_or(std::vector<std::string>{}));
  config.no_default_rules = r.flag("no_default_rules", false);
  config.fail_on = r.choice("fail_on", {"error", "warning", "info", "none"}, false);
  if (const auto levels = r.node("levels", false))
    read_levels(source, *levels, config.levels, diagnostics);
  if (const auto overrides = r.node("overrides", false))
    read_overrides(source, *overrides, config, diagnostics);
  if (const auto entries = r.node("suppress", false))
    read_suppressions(source, *entries, config, diagnostics);
  if (const auto baseline = r.text("baseline", false))
    config.baseline = (base / *baseline).lexically_normal().string();
  config.date = r.text("date", false);
  if (config.date && !parser::is_calendar_date(*config.date)) {
    r.error((*source.root())["date"], fmt::format("'{}' is not a day YYYY-MM-DD", *config.date));
    config.date.reset();
  }
  r.finish();
}

}  // namespace

ProjectConfig parse_project_config(const checker::YamlSource& source, const fs::path& base,
                                   parser::Diagnostics& diagnostics) {
  ProjectConfig config;
  config.file = source.name();
  diagnostics.insert(diagnostics.end(), source.diagnostics().begin(), source.diagnostics().end());
  if (!source.root() || source.root()->IsNull()) return config;
  try {
    read_settings(source, base, config, diagnostics);
  } catch (const YAML::Exception& e) {
    // Not expected (every node is checked before it is read), but an error of the file all the
    // same, not of the run.
    diagnostics.push_back(source.error_at(e.mark, e.msg));
  }
  return config;
}

bool is_excluded(const std::string& path, const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    if (fnmatch(pattern.c_str(), path.c_str(), 0) == 0) return true;
    // A pattern without a folder matches the file name anywhere.
    const std::string name = fs::path(path).filename().string();
    if (pattern.find('/') == std::string::npos && fnmatch(pattern.c_str(), name.c_str(), 0) == 0)
      return true;
  }
  return false;
}

}  // namespace figcheck::cli
