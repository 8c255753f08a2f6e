// Where a finding stands, as CI systems want it: the file by its path from the corpus root, the
// 1-based line, and the column in code points and in UTF-8 bytes (reviewdog counts bytes); an
// archive's article as its line of the archive file.
#pragma once

#include <string>

#include "checker/finding.hpp"

namespace figcheck::reports {

struct CiLocation {
  std::string path;
  std::size_t line = 0, column = 0, end_line = 0, end_column = 0;
  std::size_t byte_column = 0, end_byte_column = 0;
};

CiLocation ci_location(const checker::Evidence& evidence);

// The page that documents a rule kind, as the binary's reports name it.
std::string rule_page(const std::string& kind);

}  // namespace figcheck::reports
