#include "checker/baseline.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "parser/file_reader.hpp"
#include "parser/json_reader.hpp"
#include "parser/source_map.hpp"

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
      error_at(0, "not a figcheck baseline: expected {\"version\": 2, \"fingerprints\": [...]}");
      return;
    }
    const auto version = json.find("version");
    const auto fingerprints = json.find("fingerprints");
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
    if (fingerprints == json.end() || !fingerprints->is_array()) {
      error_at(offset_of(parsed, "fingerprints"),
               "not a figcheck baseline: expected \"fingerprints\": [...]");
      return;
    }
    for (std::size_t i = 0; i < fingerprints->size(); ++i) {
      const nlohmann::json& fingerprint = (*fingerprints)[i];
      if (!fingerprint.is_string()) {
        error_at(offset_of(parsed, "fingerprints"),
                 fmt::format("fingerprint {} is not a string", i + 1));
        return;
      }
      baseline.fingerprints.insert(fingerprint.get<std::string>());
    }
  }

 private:
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

std::string baseline_json(const std::vector<Finding>& findings) {
  std::set<std::string> sorted;
  for (const Finding& f : findings) sorted.insert(f.fingerprint);
  nlohmann::ordered_json json;
  json["version"] = kBaselineVersion;
  json["fingerprints"] = sorted;
  return json.dump(2) + "\n";
}

}  // namespace figcheck::checker
