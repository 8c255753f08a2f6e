// Accepted findings, by fingerprint: `figcheck baseline` writes them, `check --baseline` leaves
// them out. The file is JSON: {"version": 1, "fingerprints": ["…", …]}, sorted.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "checker/finding.hpp"

namespace figcheck::checker {

struct Baseline {
  std::set<std::string> fingerprints;
};

// Empty string on success, else the error to show.
std::string read_baseline(const std::string& path, Baseline& baseline);
std::string baseline_json(const std::vector<Finding>& findings);

}  // namespace figcheck::checker
