#include "cli/figure_suppressions.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

namespace {

bool covers(const FigureSuppression& entry, const checker::Finding& finding) {
  if (!entry.rule.empty() && entry.rule != finding.rule_id) return false;
  return std::any_of(finding.evidence.begin(), finding.evidence.end(), [&](const auto& e) {
    return e.document->corpus_file() == entry.file &&
           e.document->text().substr(e.span.begin, e.span.size()) == entry.figure;
  });
}

}  // namespace

std::size_t apply_figure_suppressions(const std::vector<FigureSuppression>& entries,
                                      const checker::RulePack& pack,
                                      std::vector<checker::Finding>& findings,
                                      parser::Diagnostics& diagnostics) {
  if (entries.empty()) return 0;
  const std::vector<std::string> ids = pack.known_rule_ids();
  std::vector<bool> used(entries.size(), false);
  const std::size_t before = findings.size();
  std::erase_if(findings, [&](const checker::Finding& f) {
    bool covered = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!covers(entries[i], f)) continue;
      used[i] = true;
      covered = true;
    }
    return covered;
  });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    parser::Diagnostic problem = entries[i].at;
    const std::string& rule = entries[i].rule;
    if (!rule.empty() && std::find(ids.begin(), ids.end(), rule) == ids.end()) {
      problem.message =
          checker::with_nearest(fmt::format("suppress names no rule '{}'", rule), rule, ids);
      diagnostics.push_back(std::move(problem));
    } else if (!used[i]) {
      problem.severity = parser::DiagnosticSeverity::warning;
      problem.message = fmt::format("suppress: no finding has {} in {}; remove the entry",
                                    entries[i].figure, entries[i].file);
      diagnostics.push_back(std::move(problem));
    }
  }
  return before - findings.size();
}

}  // namespace figcheck::cli
