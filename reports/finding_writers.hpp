// Writers for `figcheck check`: compiler-style text for terminals and the JSON contract of
// docs/output.md. Both print findings in the order given (the engine sorts them).
#pragma once

#include <ostream>
#include <span>
#include <string>

#include "checker/finding.hpp"

namespace figcheck::reports {

struct RunSummary {
  std::size_t files = 0;
  std::size_t claims = 0;
  std::size_t suppressed = 0;
  std::size_t baselined = 0;
};

struct TextStyle {
  bool colour = false;
};

void write_findings_text(std::ostream& out, std::span<const checker::Finding> findings,
                         const RunSummary& summary, const TextStyle& style);

void write_findings_json(std::ostream& out, std::span<const checker::Finding> findings,
                         const RunSummary& summary);

}  // namespace figcheck::reports
