#include "reports/report_formats.hpp"

#include <algorithm>

namespace figcheck::reports {

const std::vector<ReportFormat>& report_formats() {
  static const std::vector<ReportFormat> formats{
      {"text", "compiler-style lines with the sentence and a caret under the figure",
       write_text_report},
      {"json", "the findings contract of docs/output.md", write_json_report},
      {"csv", "one row per evidence item, UTF-8 with BOM for Excel", write_csv_report},
      {"sarif", "SARIF 2.1.0 for code-scanning views", write_sarif_report},
      {"junit", "JUnit XML: one test case per file, a failure per failing finding",
       write_junit_report},
      {"html", "one self-contained page for editors", write_html_report},
      {"github", "GitHub Actions annotations (workflow commands)", write_github_report},
      {"gitlab", "GitLab Code Quality report", write_gitlab_report},
      {"rdjson", "reviewdog Diagnostic Format (JSON)", write_rdjson_report},
  };
  return formats;
}

const ReportFormat* find_report_format(std::string_view name) {
  const auto& formats = report_formats();
  const auto it = std::find_if(formats.begin(), formats.end(),
                               [&](const ReportFormat& f) { return f.name == name; });
  return it == formats.end() ? nullptr : &*it;
}

std::vector<std::string> report_format_names() {
  std::vector<std::string> names;
  for (const ReportFormat& f : report_formats()) names.push_back(f.name);
  return names;
}

}  // namespace figcheck::reports
