// What every findings report is written from: the findings in report order, the run's counts,
// the files that were read and the rules that ran. One writer per format turns it into bytes.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "checker/finding.hpp"

namespace figcheck::reports {

struct RunSummary {
  std::size_t files = 0;
  std::size_t claims = 0;
  std::size_t suppressed = 0;
  std::size_t baselined = 0;
  std::size_t below_precision = 0;  // left out by --min-precision
};

// A rule as reports describe it (SARIF's tool.driver.rules, the HTML legend).
struct RuleInfo {
  std::string id;
  std::string kind;
  checker::Severity severity = checker::Severity::warning;
  std::string description;  // the rule's own, else its kind's summary
  std::string help_path;    // docs/rules/<kind>.md
};

struct Report {
  std::span<const checker::Finding> findings;
  RunSummary summary;
  std::vector<std::string> files;  // every article read, in the order shown to users
  std::vector<RuleInfo> rules;
  // Findings at or above this severity fail the run (JUnit failures); nullopt: none fail.
  std::optional<checker::Severity> fail_at = checker::Severity::error;
  bool colour = false;  // text on a terminal
  // The run, for reports that record it (SARIF's invocation and base URI): the command line, and
  // the corpus root, an absolute path (the files' corpus paths are from it); empty when unknown.
  std::string command_line;
  std::string root;
  bool execution_successful = true;  // false when an input or configuration error was reported
};

[[nodiscard]] bool fails(const Report& report, const checker::Finding& finding);

// Counts by severity, indexed by the Severity's value (info, warning, error).
[[nodiscard]] std::array<std::size_t, 3> count_by_severity(
    std::span<const checker::Finding> findings);

}  // namespace figcheck::reports
