#include "reports/ci_location.hpp"

#include "reports/evidence_view.hpp"

namespace figcheck::reports {

CiLocation ci_location(const checker::Evidence& evidence) {
  const EvidenceView v = view_of(evidence);
  const std::string& path = evidence.document->corpus_file();
  const std::string_view text = evidence.document->text();
  const auto byte_column = [&](std::size_t offset) {
    const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    return offset - (line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1) + 1;
  };
  // An archive's article stands on one line of the archive: CI systems annotate that line.
  if (const std::size_t line = evidence.document->archive_line(); line > 0)
    return {path, line, 1, line, 1, 1, 1};
  return {path,
          v.line,
          v.column,
          v.end_line,
          v.end_column,
          byte_column(evidence.span.begin),
          byte_column(evidence.span.end)};
}

std::string rule_page(const std::string& kind) {
  return "docs/rules/" + kind + ".md";
}

}  // namespace figcheck::reports
