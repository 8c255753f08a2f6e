// .figcheck.yaml's suppress entries: findings left out by a figure of a file, for articles in
// which a marker line would be a line of the article (.txt, archives).
#pragma once

#include <cstddef>
#include <vector>

#include "checker/finding.hpp"
#include "checker/rule_pack.hpp"
#include "cli/project_config.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::cli {

// Leaves out the findings an entry covers (one of their figures is the entry's, in its file, for
// its rule or any); returns how many. An entry for a rule no pack loaded is an error, one that
// covers no finding a warning, both where the entry stands.
std::size_t apply_figure_suppressions(const std::vector<FigureSuppression>& entries,
                                      const checker::RulePack& pack,
                                      std::vector<checker::Finding>& findings,
                                      parser::Diagnostics& diagnostics);

}  // namespace figcheck::cli
