// Accepted findings: `figcheck baseline` writes them, `check --baseline` leaves them out. The file
// is JSON a reviewer can read in a pull request: {"version": 2, "findings": [{"fingerprint",
// "rule", "files", "figures", "excerpt", "status", "reason"}, …]}, by file. The fingerprint
// decides; the rest says what was accepted. A status (accepted, false-positive, intentional, as
// CodeChecker's review statuses) and a reason are the reviewer's and are kept when the file is
// written again. Version 2 fingerprints reckon paths from the corpus root; version 1 ones held
// the paths as spelled, and such a file is refused.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/finding.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::checker {

inline constexpr int kBaselineVersion = 2;

// The review of one accepted finding.
struct BaselineReview {
  std::string status = "accepted";  // accepted, false-positive, intentional
  std::string reason;
  std::vector<std::string> files;  // the articles of the finding, as the file lists them
};

struct Baseline {
  std::set<std::string> fingerprints;
  std::map<std::string, BaselineReview> reviews;  // by fingerprint
};

// Reads the baseline file at `path`. Every problem (not a regular file, larger than
// kMaxBaselineBytes, not JSON, not a figcheck baseline) is an error in `diagnostics`, at its line
// and column when it has one; the entries read before it are kept.
void read_baseline(const std::string& path, Baseline& baseline, parser::Diagnostics& diagnostics);

// The same for a baseline's text; `path` names it in diagnostics.
void parse_baseline(std::string_view text, const std::string& path, Baseline& baseline,
                    parser::Diagnostics& diagnostics);

// Far above the largest baseline seen (an entry takes a few hundred bytes).
constexpr std::uintmax_t kMaxBaselineBytes = std::uintmax_t{256} << 20;

// The baseline file for `findings`, the reviews of `previous` kept.
std::string baseline_json(const std::vector<Finding>& findings, const Baseline& previous = {});

}  // namespace figcheck::checker
