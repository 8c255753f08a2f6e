#include "reports/finding_writers.hpp"

#include <fmt/format.h>

#include <array>
#include <nlohmann/json.hpp>

#include "checker/claim_key.hpp"
#include "parser/utf8.hpp"
#include "reports/claim_record.hpp"
#include "reports/display_width.hpp"
#include "reports/json_number.hpp"

namespace figcheck::reports {

namespace {

using checker::Evidence;
using checker::Finding;
using checker::Severity;

std::array<std::size_t, 3> count_by_severity(std::span<const Finding> findings) {
  std::array<std::size_t, 3> counts{};
  for (const Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
  return counts;
}

// Tabs and line breaks in an excerpt would break the caret's alignment.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
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

std::string location(const Evidence& e) {
  const parser::SourcePosition at = e.document->position(e.span.begin);
  return fmt::format("{}:{}:{}", e.document->path(), at.line, at.column);
}

void write_excerpt(std::ostream& out, const Evidence& e, const TextStyle& style) {
  const std::string_view text = e.document->text();
  const std::string before =
      one_line(text.substr(e.sentence.begin, e.span.begin - e.sentence.begin));
  const std::string marked = one_line(text.substr(e.span.begin, e.span.size()));
  const std::string after =
      one_line(text.substr(e.span.end, e.sentence.end - std::min(e.sentence.end, e.span.end)));
  const bool whole_sentence = e.span == e.sentence;
  out << "    " << before << marked << after << '\n';
  if (whole_sentence) return;
  const std::string carets(std::max<std::size_t>(1, display_width(marked)), '^');
  out << "    " << std::string(display_width(before), ' ') << (style.colour ? "\x1b[1;32m" : "")
      << carets << (style.colour ? "\x1b[0m" : "") << '\n';
}

nlohmann::ordered_json evidence_json(const Evidence& e) {
  const parser::SourcePosition begin = e.document->position(e.span.begin);
  const parser::SourcePosition end = e.document->position(e.span.end);
  const std::string_view text = e.document->text();
  nlohmann::ordered_json j;
  j["file"] = e.document->path();
  j["line"] = begin.line;
  j["column"] = begin.column;
  j["end_line"] = end.line;
  j["end_column"] = end.column;
  j["text"] = std::string(text.substr(e.span.begin, e.span.size()));
  j["sentence"] = std::string(text.substr(e.sentence.begin, e.sentence.size()));
  const auto text_or_null = [](const std::string& s) -> nlohmann::ordered_json {
    if (s.empty()) return nullptr;
    return s;
  };
  j["value"] = e.claim ? json_number(e.claim->value) : nullptr;
  j["unit"] = e.claim ? nlohmann::ordered_json(unit_text(*e.claim)) : nullptr;
  j["entity"] = e.claim ? text_or_null(e.claim->entity) : nullptr;
  j["metric"] = e.claim ? text_or_null(e.claim->metric) : nullptr;
  j["period"] = e.claim ? text_or_null(e.claim->period) : nullptr;
  return j;
}

}  // namespace

void write_findings_text(std::ostream& out, std::span<const Finding> findings,
                         const RunSummary& summary, const TextStyle& style) {
  for (const Finding& f : findings) {
    const Evidence& first = f.evidence.front();
    const std::string_view severity = checker::to_string(f.severity);
    out << (style.colour ? "\x1b[1m" : "") << location(first) << ": "
        << (style.colour ? colour_of(f.severity) : "") << severity
        << (style.colour ? "\x1b[0m\x1b[1m" : "") << ": " << one_line(f.message)
        << (style.colour ? "\x1b[0m" : "") << " [" << f.rule_id << "]\n";
    write_excerpt(out, first, style);
    for (std::size_t i = 1; i < f.evidence.size(); ++i) {
      const Evidence& other = f.evidence[i];
      out << location(other) << ": note: "
          << one_line(other.document->text().substr(other.span.begin, other.span.size())) << '\n';
      write_excerpt(out, other, style);
    }
  }
  const auto counts = count_by_severity(findings);
  out << fmt::format("{} files, {} claims: {} errors, {} warnings, {} infos", summary.files,
                     summary.claims, counts[2], counts[1], counts[0]);
  if (summary.suppressed > 0) out << fmt::format(", {} suppressed", summary.suppressed);
  if (summary.baselined > 0) out << fmt::format(", {} in baseline", summary.baselined);
  out << '\n';
}

void write_findings_json(std::ostream& out, std::span<const Finding> findings,
                         const RunSummary& summary) {
  const auto counts = count_by_severity(findings);
  nlohmann::ordered_json j;
  j["version"] = 1;
  j["tool"] = {{"name", "figcheck"}, {"version", "0.1.0"}};
  j["summary"] = {{"files", summary.files},
                  {"claims", summary.claims},
                  {"findings", {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}}},
                  {"suppressed", summary.suppressed},
                  {"baselined", summary.baselined}};
  j["findings"] = nlohmann::ordered_json::array();
  for (const Finding& f : findings) {
    nlohmann::ordered_json item;
    item["rule"] = f.rule_id;
    item["kind"] = f.kind;
    item["severity"] = checker::to_string(f.severity);
    item["message"] = f.message;
    item["fingerprint"] = f.fingerprint;
    item["evidence"] = nlohmann::ordered_json::array();
    for (const Evidence& e : f.evidence) item["evidence"].push_back(evidence_json(e));
    j["findings"].push_back(std::move(item));
  }
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace figcheck::reports
