// One piece of evidence resolved for display: where it stands (1-based line and code-point
// column, end exclusive), the sentence cut around the figure, and the claim's key fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/finding.hpp"

namespace figcheck::reports {

struct EvidenceView {
  std::string_view file;
  std::size_t line = 0, column = 0, end_line = 0, end_column = 0;
  std::string_view before, text, after;  // the sentence: before + text + after
  std::string_view sentence;
  const parser::Claim* claim = nullptr;  // null for passages
};

EvidenceView view_of(const checker::Evidence& evidence);

}  // namespace figcheck::reports
