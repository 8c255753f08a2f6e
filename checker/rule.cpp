#include "checker/rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace figcheck::checker {

namespace {

bool admits(const std::vector<std::string>& allowed, std::string_view value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

std::string value_text(const parser::Claim& claim) {
  if (!claim.value) return "?";
  const double v = *claim.value;
  if (std::fabs(v) < 1e15 && v == std::trunc(v)) return fmt::format("{:.0f}", v);
  return fmt::format("{}", v);
}

void add_evidence_values(std::map<std::string, std::string>& values, const std::string& prefix,
                         const Evidence& e) {
  const std::string_view text = e.document->text();
  const parser::SourcePosition at = e.document->position(e.span.begin);
  values.try_emplace(prefix + "text", std::string(text.substr(e.span.begin, e.span.size())));
  values.try_emplace(prefix + "file", e.document->path());
  values.try_emplace(prefix + "line", std::to_string(at.line));
  values.try_emplace(prefix + "sentence",
                     std::string(text.substr(e.sentence.begin, e.sentence.size())));
  if (!e.claim) return;
  values.try_emplace(prefix + "value", value_text(*e.claim));
  values.try_emplace(prefix + "unit", std::string(e.claim->unit));
  values.try_emplace(prefix + "entity", e.claim->entity.empty() ? "?" : e.claim->entity);
  values.try_emplace(prefix + "metric", e.claim->metric.empty() ? "?" : e.claim->metric);
  values.try_emplace(prefix + "period", e.claim->period.empty() ? "?" : e.claim->period);
}

}  // namespace

bool ClaimFilter::accepts(const parser::Claim& claim) const {
  return admits(kinds, to_string(claim.kind)) && admits(units, claim.unit) &&
         admits(modalities, to_string(claim.modality)) && admits(roles, to_string(claim.role)) &&
         admits(entities, claim.entity) && admits(metrics, claim.metric);
}

Evidence evidence_of(const ClaimRef& ref) {
  return {ref.document, ref.claim->span, ref.claim->sentence, ref.claim};
}

const std::vector<std::string>& evidence_placeholders() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out{"entity", "metric", "period", "count"};
    for (std::string prefix : {"a.", "b."}) {
      for (const char* field :
           {"text", "file", "line", "sentence", "value", "unit", "entity", "metric", "period"}) {
        out.push_back(prefix + field);
      }
    }
    return out;
  }();
  return names;
}

std::string fill_template(std::string_view pattern,
                          const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(pattern.size() + 64);
  for (std::size_t at = 0; at < pattern.size();) {
    const std::size_t open = pattern.find('{', at);
    if (open == std::string_view::npos) {
      out.append(pattern.substr(at));
      break;
    }
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) {
      out.append(pattern.substr(at));
      break;
    }
    out.append(pattern.substr(at, open - at));
    const std::string name(pattern.substr(open + 1, close - open - 1));
    const auto found = values.find(name);
    out.append(found != values.end() ? found->second
                                     : std::string(pattern.substr(open, close - open + 1)));
    at = close + 1;
  }
  return out;
}

Finding Rule::make_finding(std::vector<Evidence> evidence,
                           const std::map<std::string, std::string>& values,
                           Precision precision) const {
  std::map<std::string, std::string> all = values;
  all.try_emplace("count", std::to_string(evidence.size()));
  if (!evidence.empty()) {
    add_evidence_values(all, "a.", evidence[0]);
    for (const char* field : {"entity", "metric", "period"})
      all.try_emplace(field, all["a." + std::string(field)]);
  }
  if (evidence.size() > 1) add_evidence_values(all, "b.", evidence[1]);
  Finding finding;
  finding.rule_id = settings_.id;
  finding.kind = settings_.kind;
  finding.precision = precision;
  finding.severity = severity_at(settings_.severity, precision);
  finding.message = fill_template(settings_.message, all);
  finding.evidence = std::move(evidence);
  finding.fingerprint = fingerprint_of(finding);
  return finding;
}

bool by_place(const Evidence& a, const Evidence& b) {
  return std::tie(a.document->path(), a.span.begin) < std::tie(b.document->path(), b.span.begin);
}

void add_more_evidence(Finding& finding, std::vector<Evidence> more) {
  std::sort(more.begin(), more.end(), by_place);
  for (Evidence& e : more) {
    if (finding.evidence.size() >= kMaxEvidence) break;
    finding.evidence.push_back(std::move(e));
  }
}

}  // namespace figcheck::checker
