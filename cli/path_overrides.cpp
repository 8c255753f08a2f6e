#include "cli/path_overrides.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

namespace {

// The level the last matching override gives the rule in `path`; nullptr when none does.
const RuleLevel* level_in(const std::vector<PathOverride>& overrides, const std::string& path,
                          const std::string& rule_id) {
  const RuleLevel* found = nullptr;
  for (const PathOverride& o : overrides) {
    if (!is_excluded(path, o.paths)) continue;
    for (const RuleLevel& level : o.levels)
      if (level.id == rule_id) found = &level;
  }
  return found;
}

void report_unknown_ids(const std::vector<PathOverride>& overrides, const checker::RulePack& pack,
                        parser::Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  for (const auto& rule : pack.rules) ids.push_back(rule->settings().id);
  for (const PathOverride& o : overrides) {
    for (const RuleLevel& level : o.levels) {
      if (std::find(ids.begin(), ids.end(), level.id) != ids.end()) continue;
      parser::Diagnostic unknown = level.at;
      unknown.message = fmt::format("no rule '{}' is loaded", level.id);
      if (const std::string near = checker::closest_match(level.id, ids); !near.empty())
        unknown.message += fmt::format(" (did you mean '{}'?)", near);
      diagnostics.push_back(std::move(unknown));
    }
  }
}

}  // namespace

void apply_path_overrides(const std::vector<PathOverride>& overrides, const checker::RulePack& pack,
                          std::vector<checker::Finding>& findings,
                          parser::Diagnostics& diagnostics) {
  if (overrides.empty()) return;
  report_unknown_ids(overrides, pack, diagnostics);
  std::erase_if(findings, [&](checker::Finding& f) {
    const std::string& corpus_path = f.evidence.front().document->corpus_path();
    const RuleLevel* level =
        level_in(overrides, corpus_path.substr(0, corpus_path.find('#')), f.rule_id);
    if (level == nullptr) return false;
    if (level->level == "off") return true;
    f.severity = checker::severity_at(*checker::severity_from(level->level), f.precision);
    return false;
  });
}

}  // namespace figcheck::cli
