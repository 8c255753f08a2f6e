// Compiler-style lines for terminals and CI logs (docs/output.md).
#include <fmt/format.h>

#include "reports/display_width.hpp"
#include "reports/evidence_view.hpp"
#include "reports/report_formats.hpp"
#include "reports/terminal_text.hpp"

namespace figcheck::reports {

namespace {

using checker::Finding;
using checker::Severity;

// An excerpt of a sentence on one line: its tabs and line breaks as spaces (they would break the
// caret's alignment), everything else that could act on the terminal escaped.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return terminal_safe(out);
}

std::string_view colour_of(Severity s) {
  switch (s) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;35m";
    case Severity::info:
      return "\x1b[1;36m";
  }
  return "";
}

// A file name may hold a line break or an escape sequence too: `a\nb.txt:1:1: error:` must not
// show as a finding of its own.
std::string location(const EvidenceView& v) {
  return fmt::format("{}:{}:{}", terminal_safe(v.file), v.line, v.column);
}

void write_excerpt(std::ostream& out, const EvidenceView& v, bool colour) {
  const std::string before = one_line(v.before);
  const std::string marked = one_line(v.text);
  out << "    " << before << marked << one_line(v.after) << '\n';
  if (v.before.empty() && v.after.empty()) return;  // the whole sentence is the evidence
  const std::string carets(std::max<std::size_t>(1, display_width(marked)), '^');
  out << "    " << std::string(display_width(before), ' ') << (colour ? "\x1b[1;32m" : "") << carets
      << (colour ? "\x1b[0m" : "") << '\n';
}

}  // namespace

void write_text_report(std::ostream& out, const Report& report) {
  const bool colour = report.colour;
  for (const Finding& f : report.findings) {
    const EvidenceView first = view_of(f.evidence.front());
    out << (colour ? "\x1b[1m" : "") << location(first) << ": "
        << (colour ? colour_of(f.severity) : "") << checker::to_string(f.severity)
        << (colour ? "\x1b[0m\x1b[1m" : "") << ": " << one_line(f.message)
        << (colour ? "\x1b[0m" : "") << " [" << terminal_safe(f.rule_id) << "]\n";
    write_excerpt(out, first, colour);
    for (std::size_t i = 1; i < f.evidence.size(); ++i) {
      const EvidenceView other = view_of(f.evidence[i]);
      out << location(other) << ": note: " << one_line(other.text) << '\n';
      write_excerpt(out, other, colour);
    }
  }
  const auto counts = count_by_severity(report.findings);
  const RunSummary& summary = report.summary;
  out << fmt::format("{} files, {} claims: {} errors, {} warnings, {} infos", summary.files,
                     summary.claims, counts[2], counts[1], counts[0]);
  if (summary.suppressed > 0) out << fmt::format(", {} suppressed", summary.suppressed);
  if (summary.baselined > 0) out << fmt::format(", {} in baseline", summary.baselined);
  if (summary.below_precision > 0)
    out << fmt::format(", {} below --min-precision", summary.below_precision);
  out << '\n';
}

}  // namespace figcheck::reports
