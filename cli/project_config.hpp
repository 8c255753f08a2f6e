// .figcheck.yaml: a corpus's own settings, found from the corpus root upward. Command-line
// options win over it. Keys: paths, exclude (glob patterns), rules (packs, relative to the
// file), no_default_rules, fail_on, date, baseline, levels (a rule's level by id), overrides
// (levels for the files that globs match).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "checker/yaml_source.hpp"
#include "cli/pack_loading.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::cli {

// overrides: [{paths: [GLOB…], levels: {RULE: LEVEL}}]: rule levels for the findings reported
// in the files the globs match (paths from the file's folder; a glob without / matches names).
struct PathOverride {
  std::vector<std::string> paths;
  std::vector<RuleLevel> levels;
};

// suppress: [{file, figure, rule, reason}]: a finding that has the figure (as written, 3200吨) in
// the file (from the config's folder) among its evidence is left out, for the rule given or all.
// For plain-text articles, where a marker line would be a line of the article.
struct FigureSuppression {
  std::string file;
  std::string figure;
  std::string rule;  // empty: every rule
  std::string reason;
  parser::Diagnostic at;
};

struct ProjectConfig {
  std::filesystem::path file;  // empty when none was found
  std::vector<std::string> paths;
  std::vector<std::string> exclude;
  std::vector<std::string> rules;
  std::optional<bool> no_default_rules;
  std::optional<std::string> fail_on;
  std::optional<std::string> date;
  std::optional<std::string> baseline;  // relative to the file's folder, as given
  std::vector<RuleLevel> levels;
  std::vector<PathOverride> overrides;
  std::vector<FigureSuppression> suppressions;
};

// Looks in `start` (a folder, or a file's folder) and each parent for .figcheck.yaml. One that
// is not a regular file (a FIFO, a device) or is larger than a rule pack may be is an error.
ProjectConfig find_project_config(const std::filesystem::path& start,
                                  parser::Diagnostics& diagnostics);

// Reads one configuration file.
ProjectConfig read_project_config(const std::filesystem::path& file,
                                  parser::Diagnostics& diagnostics);

// The configuration a run uses: `config_file` when given (--config), else the one found from
// `start` upward.
ProjectConfig load_project_config(const std::string& config_file,
                                  const std::filesystem::path& start,
                                  parser::Diagnostics& diagnostics);

// The settings of a configuration's YAML; `base` is the folder its paths are relative to.
ProjectConfig parse_project_config(const checker::YamlSource& source,
                                   const std::filesystem::path& base,
                                   parser::Diagnostics& diagnostics);

// Whether `path` matches one of the glob patterns (fnmatch, * may cross folders).
bool is_excluded(const std::string& path, const std::vector<std::string>& patterns);

}  // namespace figcheck::cli
