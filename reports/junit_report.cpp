// JUnit XML for CI dashboards: one test case per file read; each finding at or above
// --fail-on is a failure of the test case of the file it is reported in, the others are listed
// in the case's system-out so a dashboard still shows them.
#include <fmt/format.h>

#include <map>

#include "reports/evidence_view.hpp"
#include "reports/markup_escape.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

namespace {

struct FileFindings {
  std::vector<const checker::Finding*> failing, other;
};

std::string finding_line(const checker::Finding& f) {
  const EvidenceView v = view_of(f.evidence.front());
  std::string line = fmt::format("{}:{}:{}: {}: {} [{}]\n  {}\n", v.file, v.line, v.column,
                                 checker::to_string(f.severity), f.message, f.rule_id, v.sentence);
  for (std::size_t i = 1; i < f.evidence.size(); ++i) {
    const EvidenceView other = view_of(f.evidence[i]);
    line += fmt::format("{}:{}:{}: note: {}\n  {}\n", other.file, other.line, other.column,
                        other.text, other.sentence);
  }
  return line;
}

}  // namespace

void write_junit_report(std::ostream& out, const Report& report) {
  std::map<std::string_view, FileFindings> by_file;
  for (const std::string& file : report.files) by_file[file];
  std::size_t failures = 0;
  for (const checker::Finding& f : report.findings) {
    FileFindings& entry = by_file[f.evidence.front().document->path()];
    if (fails(report, f)) {
      entry.failing.push_back(&f);
      ++failures;
    } else {
      entry.other.push_back(&f);
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"figcheck\" tests=\"{}\" failures=\"{}\">\n",
                     by_file.size(), failures);
  out << fmt::format(
      "  <testsuite name=\"figcheck check\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
      "skipped=\"0\">\n",
      by_file.size(), failures);
  for (const auto& [file, findings] : by_file) {
    out << fmt::format("    <testcase classname=\"figcheck\" name=\"{}\"", markup_escape(file));
    if (findings.failing.empty() && findings.other.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const checker::Finding* f : findings.failing) {
      out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                         markup_escape(f->rule_id), markup_escape(f->message),
                         markup_escape(finding_line(*f)));
    }
    if (!findings.other.empty()) {
      out << "      <system-out>";
      for (const checker::Finding* f : findings.other) out << markup_escape(finding_line(*f));
      out << "</system-out>\n";
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace figcheck::reports
