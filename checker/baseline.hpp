// Accepted findings, by fingerprint: `figcheck baseline` writes them, `check --baseline` leaves
// them out. The file is JSON: {"version": 2, "fingerprints": ["…", …]}, sorted. Version 2
// fingerprints reckon paths from the corpus root; version 1 ones held the paths as spelled.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/finding.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::checker {

inline constexpr int kBaselineVersion = 2;

struct Baseline {
  std::set<std::string> fingerprints;
};

// Reads the baseline file at `path`. Every problem (not a regular file, larger than
// kMaxBaselineBytes, not JSON, not a figcheck baseline) is an error in `diagnostics`, at its line
// and column when it has one; the fingerprints read before it are kept.
void read_baseline(const std::string& path, Baseline& baseline, parser::Diagnostics& diagnostics);

// The same for a baseline's text; `path` names it in diagnostics.
void parse_baseline(std::string_view text, const std::string& path, Baseline& baseline,
                    parser::Diagnostics& diagnostics);

// Far above the largest baseline seen (a fingerprint takes about 20 bytes).
constexpr std::uintmax_t kMaxBaselineBytes = std::uintmax_t{256} << 20;

std::string baseline_json(const std::vector<Finding>& findings);

}  // namespace figcheck::checker
