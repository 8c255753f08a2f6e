// The HTML report's stylesheet and script, compiled in from reports/html/ so the report is one
// self-contained file.
#pragma once

#include <string_view>

namespace figcheck::reports {

std::string_view html_report_css();
std::string_view html_report_js();

}  // namespace figcheck::reports
