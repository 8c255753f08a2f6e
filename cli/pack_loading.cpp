#include "cli/pack_loading.hpp"

#include <filesystem>

namespace figcheck::cli {

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
  return pack;
}

}  // namespace figcheck::cli
