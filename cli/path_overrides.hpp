// .figcheck.yaml's overrides (ruff's per-file-ignores, ESLint's overrides): rule levels for the
// findings reported in the files that globs match.
#pragma once

#include <vector>

#include "checker/finding.hpp"
#include "checker/rule_pack.hpp"
#include "cli/project_config.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::cli {

// For each finding reported (its first evidence) in a file an override's globs match: `off`
// drops it, a severity replaces its rule's (as capped by the finding's precision). Ids no loaded
// rule has are errors in `diagnostics`, where they stand.
void apply_path_overrides(const std::vector<PathOverride>& overrides, const checker::RulePack& pack,
                          std::vector<checker::Finding>& findings,
                          parser::Diagnostics& diagnostics);

}  // namespace figcheck::cli
