#include "cli/pack_loading.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

namespace {

void apply_levels(const std::vector<RuleLevel>& levels, checker::RulePack& pack,
                  parser::Diagnostics& diagnostics) {
  report_unknown_levels(levels, pack, diagnostics);
  auto& rules = pack.rules;
  for (const RuleLevel& level : levels) {
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto& loaded) {
      return loaded->settings().id == level.id;
    });
    if (rule == rules.end()) continue;
    if (level.level == "off") {
      pack.switched_off.insert(level.id);
      rules.erase(rule);
    } else {
      (*rule)->set_severity(*checker::severity_from(level.level));
    }
  }
}

}  // namespace

void report_unknown_levels(const std::vector<RuleLevel>& levels, const checker::RulePack& pack,
                           parser::Diagnostics& diagnostics) {
  const std::vector<std::string> ids = pack.known_rule_ids();
  for (const RuleLevel& level : levels) {
    if (std::find(ids.begin(), ids.end(), level.id) != ids.end()) continue;
    parser::Diagnostic unknown = level.at;
    unknown.message =
        checker::with_nearest(fmt::format("no rule '{}' is loaded", level.id), level.id, ids);
    diagnostics.push_back(std::move(unknown));
  }
}

checker::RulePack load_rule_pack(const PackChoice& choice, parser::Diagnostics& diagnostics) {
  checker::RulePack pack;
  if (!choice.no_default_rules) checker::add_default_pack(pack, diagnostics);
  for (const std::string& path : choice.rules) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      diagnostics.push_back(
          {path, 0, 0, parser::DiagnosticSeverity::error, "rule pack not found", "config"});
      continue;
    }
    checker::add_pack_path(pack, path, diagnostics);
  }
  apply_levels(choice.levels, pack, diagnostics);
  return pack;
}

}  // namespace figcheck::cli
