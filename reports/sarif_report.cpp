// SARIF 2.1.0 for code-scanning views: the rules that ran in tool.driver.rules, one result per
// finding with its first evidence as the location and the others as related locations.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "reports/evidence_view.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::reports {

namespace {

using nlohmann::ordered_json;

std::string_view level_of(checker::Severity s) {
  switch (s) {
    case checker::Severity::error:
      return "error";
    case checker::Severity::warning:
      return "warning";
    case checker::Severity::info:
      return "note";
  }
  return "none";
}

// A relative URI reference: unreserved characters and '/' as they are, the rest (Chinese file
// names included) percent-encoded as UTF-8, as RFC 3986 requires.
std::string uri_of(std::string_view path) {
  std::string uri;
  if (!path.empty() && path.front() == '/') uri = "file://";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += ch;
    } else {
      uri += fmt::format("%{:02X}", c);
    }
  }
  return uri;
}

// Where the documentation is once installed (cmake --install, the .deb), as a file URI.
const std::string& installed_docs() {
  static const std::string uri = uri_of(FIGCHECK_DOC_DIR) + "/";
  return uri;
}

// The artifact: by its path from the corpus root (uriBaseId CORPUSROOT) when the report knows
// the root, else as shown.
ordered_json artifact(const checker::Evidence& e, const Report& report) {
  if (report.root.empty()) return {{"uri", uri_of(e.document->path())}};
  const std::string& file = e.document->corpus_file();
  // A file outside the corpus root keeps its absolute path, a URI of its own.
  if (file.starts_with('/')) return {{"uri", uri_of(file)}};
  return {{"uri", uri_of(file)}, {"uriBaseId", "CORPUSROOT"}};
}

ordered_json physical_location(const EvidenceView& v, const checker::Evidence& e,
                               const Report& report) {
  return {{"artifactLocation", artifact(e, report)},
          {"region",
           {{"startLine", v.line},
            {"startColumn", v.column},
            {"endLine", v.end_line},
            {"endColumn", v.end_column},
            {"snippet", {{"text", v.text}}}}}};
}

ordered_json driver_rule(const RuleInfo& rule) {
  ordered_json r;
  r["id"] = rule.id;
  r["name"] = rule.kind;
  r["shortDescription"] = {{"text", rule.description}};
  r["fullDescription"] = {{"text", rule.description}};
  r["help"] = {{"text", fmt::format("{} — see {}", rule.description, rule.help_path)},
               {"markdown", fmt::format("{}\n\nSee [{}]({}).", rule.description, rule.help_path,
                                        rule.help_path)}};
  r["helpUri"] =
      fmt::format("{}{}", installed_docs(), rule.help_path.substr(rule.help_path.find('/') + 1));
  r["defaultConfiguration"] = {{"level", level_of(rule.severity)}};
  r["properties"] = {{"kind", rule.kind}};
  return r;
}

}  // namespace

void write_sarif_report(std::ostream& out, const Report& report) {
  std::map<std::string, std::size_t, std::less<>> rule_index;
  ordered_json rules = ordered_json::array();
  for (const RuleInfo& rule : report.rules) {
    rule_index.emplace(rule.id, rules.size());
    rules.push_back(driver_rule(rule));
  }
  ordered_json results = ordered_json::array();
  for (const checker::Finding& f : report.findings) {
    ordered_json result;
    result["ruleId"] = f.rule_id;
    if (const auto it = rule_index.find(f.rule_id); it != rule_index.end())
      result["ruleIndex"] = it->second;
    result["level"] = level_of(f.severity);
    result["message"] = {{"text", f.message}};
    result["locations"] = ordered_json::array(
        {{{"physicalLocation",
           physical_location(view_of(f.evidence.front()), f.evidence.front(), report)}}});
    if (f.evidence.size() > 1) {
      ordered_json related = ordered_json::array();
      for (std::size_t i = 1; i < f.evidence.size(); ++i) {
        const EvidenceView v = view_of(f.evidence[i]);
        related.push_back({{"id", i},
                           {"physicalLocation", physical_location(v, f.evidence[i], report)},
                           {"message", {{"text", std::string(v.sentence)}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    result["partialFingerprints"] = {{"figcheck/v2", f.fingerprint}};
    result["properties"] = {{"precision", checker::to_string(f.precision)}};
    results.push_back(std::move(result));
  }
  ordered_json run;
  run["tool"] = {{"driver",
                  {{"name", "figcheck"},
                   {"version", "0.1.0"},
                   {"informationUri", fmt::format("{}README.md", installed_docs())},
                   {"rules", std::move(rules)}}}};
  ordered_json invocation{{"executionSuccessful", report.execution_successful}};
  if (!report.command_line.empty()) invocation["commandLine"] = report.command_line;
  run["invocations"] = ordered_json::array({std::move(invocation)});
  if (!report.root.empty())
    run["originalUriBaseIds"] = {
        {"CORPUSROOT",
         {{"uri", uri_of(report.root.ends_with('/') ? report.root : report.root + "/")}}}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  ordered_json sarif;
  sarif["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  sarif["version"] = "2.1.0";
  sarif["runs"] = ordered_json::array({std::move(run)});
  out << sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace figcheck::reports
