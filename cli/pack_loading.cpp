#include "cli/pack_loading.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

namespace {

void apply_levels(const std::vector<RuleLevel>& levels, checker::RulePack& pack,
                  parser::Diagnostics& diagnostics) {
  auto& rules = pack.rules;
  for (const RuleLevel& level : levels) {
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto& loaded) {
      return loaded->settings().id == level.id;
    });
    if (rule == rules.end()) {
      std::vector<std::string> ids;
      for (const auto& loaded : rules) ids.push_back(loaded->settings().id);
      parser::Diagnostic unknown = level.at;
      unknown.message = fmt::format("no rule '{}' is loaded", level.id);
      if (const std::string near = checker::closest_match(level.id, ids); !near.empty())
        unknown.message += fmt::format(" (did you mean '{}'?)", near);
      diagnostics.push_back(std::move(unknown));
    } else if (level.level == "off") {
      rules.erase(rule);
    } else {
      (*rule)->set_severity(*checker::severity_from(level.level));
    }
  }
}

}  // namespace

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
