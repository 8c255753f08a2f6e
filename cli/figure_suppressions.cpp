#include "cli/figure_suppressions.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checker/mapping_reader.hpp"

namespace figcheck::cli {

namespace {

bool covers(const FigureSuppression& entry, const checker::Finding& finding) {
  if (!entry.rule.empty() && entry.rule != finding.rule_id) return false;
  return std::any_of(finding.evidence.begin(), finding.evidence.end(), [&](const auto& e) {
    const std::string& path = e.document->corpus_path();
    return path.substr(0, path.find('#')) == entry.file &&
           e.document->text().substr(e.span.begin, e.span.size()) == entry.figure;
  });
}

}  // namespace

std::size_t apply_figure_suppressions(const std::vector<FigureSuppression>& entries,
                                      const checker::RulePack& pack,
                                      std::vector<checker::Finding>& findings,
                                      parser::Diagnostics& diagnostics) {
  if (entries.empty()) return 0;
  std::vector<std::string> ids;
  for (const auto& rule : pack.rules) ids.push_back(rule->settings().id);
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
      problem.message = fmt::format("suppress names no rule '{}'", rule);
      if (const std::string near = checker::closest_match(rule, ids); !near.empty())
        problem.message += fmt::format(" (did you mean '{}'?)", near);
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
