#include "cli/path_overrides.hpp"

#include <algorithm>

#include "cli/pack_loading.hpp"

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

}  // namespace

void apply_path_overrides(const std::vector<PathOverride>& overrides, const checker::RulePack& pack,
                          std::vector<checker::Finding>& findings,
                          parser::Diagnostics& diagnostics) {
  if (overrides.empty()) return;
  for (const PathOverride& o : overrides) report_unknown_levels(o.levels, pack, diagnostics);
  std::erase_if(findings, [&](checker::Finding& f) {
    const RuleLevel* level =
        level_in(overrides, f.evidence.front().document->corpus_file(), f.rule_id);
    if (level == nullptr) return false;
    if (level->level == "off") return true;
    f.severity = checker::severity_at(*checker::severity_from(level->level), f.precision);
    return false;
  });
}

}  // namespace figcheck::cli
