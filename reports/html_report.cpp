// One self-contained HTML page for editors: summary counts and a chart by rule, a findings table
// with filters, search, sorting and pages, each finding expanding to its evidence side by side.
// The findings travel as JSON inside a data block with < > & escaped, so article text can
// neither close the block nor become markup; the script writes it with textContent only.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "reports/claim_record.hpp"
#include "reports/evidence_view.hpp"
#include "reports/html_assets.hpp"
#include "reports/json_number.hpp"
#include "reports/markup_escape.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

namespace {

using nlohmann::ordered_json;

// Compact for large reports: files, rules and severities are listed once and referred to by
// index; each evidence item is an array [file, line, column, before, text, after, entity,
// metric, period, value, unit] (report.js reads it in that order).
ordered_json report_data(const Report& report) {
  const auto counts = count_by_severity(report.findings);
  ordered_json data;
  data["summary"] = {
      {"files", report.summary.files},
      {"claims", report.summary.claims},
      {"findings", {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}}},
      {"suppressed", report.summary.suppressed},
      {"baselined", report.summary.baselined}};
  std::map<std::string_view, std::size_t> file_index, rule_index;
  ordered_json files = ordered_json::array(), rules = ordered_json::array();
  const auto index_of = [](auto& index, ordered_json& list, std::string_view name) {
    const auto [it, added] = index.try_emplace(name, list.size());
    if (added) list.push_back(name);
    return it->second;
  };
  ordered_json findings = ordered_json::array();
  for (const checker::Finding& f : report.findings) {
    ordered_json evidence = ordered_json::array();
    for (const checker::Evidence& e : f.evidence) {
      const EvidenceView v = view_of(e);
      const parser::Claim* c = v.claim;
      evidence.push_back(ordered_json::array(
          {index_of(file_index, files, v.file), v.line, v.column, v.before, v.text, v.after,
           c ? json_text_or_null(c->entity) : nullptr, c ? json_text_or_null(c->metric) : nullptr,
           c ? json_text_or_null(c->period) : nullptr, c ? json_number(c->value) : nullptr,
           c ? ordered_json(unit_text(*c)) : nullptr}));
    }
    findings.push_back(ordered_json::array({index_of(rule_index, rules, f.rule_id),
                                            static_cast<int>(f.severity), f.message, f.fingerprint,
                                            std::move(evidence), checker::to_string(f.precision)}));
  }
  data["files"] = std::move(files);
  data["rules"] = std::move(rules);
  data["findings"] = std::move(findings);
  return data;
}

// JSON that is safe inside <script>: the only places < > & can occur are strings, where the
// \u escapes mean the same. So are U+FFFE and U+FFFF, which an HTML parser flags as errors.
std::string script_safe_json(const ordered_json& data) {
  const std::string json = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t at = 0; at < json.size(); ++at) {
    const char c = json[at];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xEF' && at + 2 < json.size() && json[at + 1] == '\xBF' &&
               (json[at + 2] == '\xBE' || json[at + 2] == '\xBF')) {
      out += json[at + 2] == '\xBE' ? "\\ufffe" : "\\uffff";
      at += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void write_html_report(std::ostream& out, const Report& report) {
  const auto counts = count_by_severity(report.findings);
  const std::string title = fmt::format("figcheck：{} 个文件，{} 个错误，{} 个警告",
                                        report.summary.files, counts[2], counts[1]);
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
      << "<title>" << markup_escape(title) << "</title>\n<style>" << html_report_css()
      << "</style>\n</head>\n<body>\n"
      << "<h1>figcheck 数字核查报告 <span class=\"muted\">figure check report</span></h1>\n"
      << "<p class=\"muted\">" << markup_escape(title);
  if (report.summary.suppressed > 0)
    out << fmt::format("；{} 条已抑制 suppressed", report.summary.suppressed);
  if (report.summary.baselined > 0)
    out << fmt::format("；{} 条在基线中 in baseline", report.summary.baselined);
  out << "</p>\n<noscript><p>此报告需要启用 JavaScript。This report needs JavaScript; "
         "the same findings are in the text, CSV and JSON reports.</p></noscript>\n"
      << "<div id=\"cards\" class=\"cards\"></div>\n"
      << "<h2>按规则 By rule</h2>\n<div id=\"chart\" class=\"chart\"></div>\n"
      << "<h2>问题列表 Findings</h2>\n<div class=\"controls\">"
      << "<select id=\"severity\" aria-label=\"severity\"></select>"
      << "<select id=\"rule\" aria-label=\"rule\"></select>"
      << "<input id=\"file\" list=\"file-list\" placeholder=\"文件 file\" aria-label=\"file\">"
      << "<datalist id=\"file-list\"></datalist>"
      << "<input id=\"search\" type=\"search\" placeholder=\"搜索 search text, file, rule\" "
         "aria-label=\"search\"></div>\n"
      << "<table><thead><tr><th>#</th><th data-sort=\"severity\">级别 Severity</th>"
      << "<th data-sort=\"rule\">规则 Rule</th><th data-sort=\"location\">位置 Location</th>"
      << "<th data-sort=\"message\">说明 Message</th></tr></thead>\n"
      << "<tbody id=\"rows\"></tbody></table>\n"
      << "<div class=\"pager\"><button id=\"prev\" type=\"button\">上一页 Previous</button>"
      << "<span id=\"count\"></span><button id=\"next\" type=\"button\">下一页 Next</button>"
      << "</div>\n"
      << "<script type=\"application/json\" id=\"figcheck-data\">"
      << script_safe_json(report_data(report)) << "</script>\n<script>" << html_report_js()
      << "</script>\n</body>\n</html>\n";
}

}  // namespace figcheck::reports
