#include "checker/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "parser/file_reader.hpp"
#include "parser/json_reader.hpp"
#include "parser/source_map.hpp"
#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

class BaselineReader {
 public:
  BaselineReader(std::string_view text, const std::string& path, parser::Diagnostics& diagnostics)
      : text_(text), path_(path), diagnostics_(diagnostics) {}

  void read(Baseline& baseline) {
    const parser::ParsedJson parsed = parser::parse_json(text_);
    if (parsed.error) {
      error_at(parsed.error->offset, fmt::format("not JSON: {}", parsed.error->message));
      return;
    }
    const nlohmann::json& json = parsed.value;
    if (!json.is_object()) {
      error_at(0, "not a figcheck baseline: expected {\"version\": 2, \"findings\": [...]}");
      return;
    }
    const auto version = json.find("version");
    const auto findings = json.find("findings");
    if (version != json.end() && version->is_number_unsigned() && *version == 1) {
      error_at(offset_of(parsed, "version"),
               "a baseline of version 1, whose fingerprints hold the paths as they were spelled; "
               "write it again with `figcheck baseline` (version 2 reckons paths from the corpus "
               "root)");
      return;
    }
    if (version == json.end() || !version->is_number_unsigned() || *version != kBaselineVersion) {
      error_at(offset_of(parsed, "version"), "not a figcheck baseline: expected \"version\": 2");
      return;
    }
    if (findings == json.end() || !findings->is_array()) {
      error_at(offset_of(parsed, "findings"),
               "not a figcheck baseline: expected \"findings\": [...]");
      return;
    }
    for (std::size_t i = 0; i < findings->size(); ++i) {
      if (!read_entry((*findings)[i], i + 1, offset_of(parsed, "findings"), baseline)) return;
    }
  }

 private:
  // One accepted finding: its fingerprint, and the review (status, reason) when given.
  bool read_entry(const nlohmann::json& entry, std::size_t number, std::size_t offset,
                  Baseline& baseline) {
    const auto fail = [&](std::string message) {
      error_at(offset, fmt::format("finding {}: {}", number, message));
      return false;
    };
    if (!entry.is_object()) return fail("not an object");
    const auto fingerprint = entry.find("fingerprint");
    if (fingerprint == entry.end() || !fingerprint->is_string())
      return fail("no \"fingerprint\" string");
    BaselineReview review;
    if (const auto status = entry.find("status"); status != entry.end()) {
      if (!status->is_string() || !is_review_status(status->get<std::string>()))
        return fail("\"status\" is one of accepted, false-positive, intentional");
      review.status = status->get<std::string>();
    }
    if (const auto reason = entry.find("reason"); reason != entry.end()) {
      if (!reason->is_string()) return fail("\"reason\" is not a string");
      review.reason = reason->get<std::string>();
    }
    if (const auto files = entry.find("files"); files != entry.end()) {
      if (!files->is_array() ||
          !std::all_of(files->begin(), files->end(), [](const auto& f) { return f.is_string(); }))
        return fail("\"files\" is not a list of paths");
      for (const auto& file : *files) review.files.push_back(file.get<std::string>());
    }
    baseline.fingerprints.insert(fingerprint->get<std::string>());
    baseline.reviews[fingerprint->get<std::string>()] = std::move(review);
    return true;
  }

  static bool is_review_status(std::string_view status) {
    return status == "accepted" || status == "false-positive" || status == "intentional";
  }

  // The member's value, else the start of the object.
  static std::size_t offset_of(const parser::ParsedJson& parsed, std::string_view member) {
    const auto at = parsed.member_offsets.find(member);
    return at == parsed.member_offsets.end() ? 0 : at->second;
  }

  void error_at(std::size_t offset, std::string message) {
    const parser::SourcePosition at = parser::SourceMap(text_).position(offset);
    diagnostics_.push_back({path_, at.line, at.column, parser::DiagnosticSeverity::error,
                            std::move(message), "config"});
  }

  std::string_view text_;
  const std::string& path_;
  parser::Diagnostics& diagnostics_;
};

}  // namespace

void read_baseline(const std::string& path, Baseline& baseline, parser::Diagnostics& diagnostics) {
  const parser::FileBytes file = parser::read_file_bytes(path, kMaxBaselineBytes);
  if (!file.read()) {
    diagnostics.push_back({path, 0, 0, parser::DiagnosticSeverity::error,
                           "cannot read baseline: " + parser::read_failure(file, kMaxBaselineBytes),
                           "config"});
    return;
  }
  parse_baseline(file.bytes, path, baseline, diagnostics);
}

void parse_baseline(std::string_view text, const std::string& path, Baseline& baseline,
                    parser::Diagnostics& diagnostics) {
  BaselineReader(text, path, diagnostics).read(baseline);
}

std::string baseline_json(const std::vector<Finding>& findings, const Baseline& previous) {
  constexpr std::size_t kExcerptCharacters = 40;
  std::vector<const Finding*> sorted;
  std::set<std::string_view> seen;
  for (const Finding& f : findings)
    if (seen.insert(f.fingerprint).second) sorted.push_back(&f);
  const auto first_file = [](const Finding* f) -> const std::string& {
    return f->evidence.front().document->corpus_path();
  };
  std::sort(sorted.begin(), sorted.end(), [&](const Finding* a, const Finding* b) {
    return std::tie(first_file(a), a->rule_id, a->fingerprint) <
           std::tie(first_file(b), b->rule_id, b->fingerprint);
  });
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const Finding* f : sorted) {
    std::vector<std::string> files;
    std::vector<std::string> figures;
    for (const Evidence& e : f->evidence) {
      const std::string& file = e.document->corpus_path();
      if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
      if (e.claim) figures.emplace_back(e.document->text().substr(e.span.begin, e.span.size()));
    }
    const Evidence& first = f->evidence.front();
    const std::string_view sentence = first.document->text().substr(
        first.sentence.begin, first.sentence.end - first.sentence.begin);
    const auto review = previous.reviews.find(f->fingerprint);
    const BaselineReview kept =
        review == previous.reviews.end() ? BaselineReview{} : review->second;
    nlohmann::ordered_json entry{
        {"fingerprint", f->fingerprint},
        {"rule", f->rule_id},
        {"files", files},
        {"figures", figures},
        {"excerpt", parser::utf8::first_code_points(sentence, kExcerptCharacters)},
        {"status", kept.status}};
    if (!kept.reason.empty()) entry["reason"] = kept.reason;
    entries.push_back(std::move(entry));
  }
  nlohmann::ordered_json json;
  json["version"] = kBaselineVersion;
  json["findings"] = std::move(entries);
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace figcheck::checker
