// The findings report formats of `figcheck check`: each a name and a writer. `--format` and
// `--report FORMAT=FILE` look them up here.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "reports/report.hpp"

namespace figcheck::reports {

struct ReportFormat {
  std::string name;
  std::string summary;
  std::function<void(std::ostream&, const Report&)> write;
};

const std::vector<ReportFormat>& report_formats();
const ReportFormat* find_report_format(std::string_view name);
std::vector<std::string> report_format_names();

void write_text_report(std::ostream& out, const Report& report);
void write_json_report(std::ostream& out, const Report& report);
void write_csv_report(std::ostream& out, const Report& report);
void write_sarif_report(std::ostream& out, const Report& report);
void write_junit_report(std::ostream& out, const Report& report);
void write_html_report(std::ostream& out, const Report& report);
void write_github_report(std::ostream& out, const Report& report);
void write_gitlab_report(std::ostream& out, const Report& report);
void write_rdjson_report(std::ostream& out, const Report& report);

}  // namespace figcheck::reports
