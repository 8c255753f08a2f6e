#include "checker/baseline.hpp"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

namespace figcheck::checker {

std::string read_baseline(const std::string& path, Baseline& baseline) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fmt::format("{}: cannot read baseline", path);
  try {
    const nlohmann::json json = nlohmann::json::parse(in);
    if (!json.is_object() || json.value("version", 0) != 1 || !json.contains("fingerprints") ||
        !json["fingerprints"].is_array()) {
      return fmt::format("{}: not a figcheck baseline (expected version 1 and fingerprints)", path);
    }
    for (const auto& fingerprint : json["fingerprints"]) {
      if (!fingerprint.is_string()) return fmt::format("{}: fingerprints must be strings", path);
      baseline.fingerprints.insert(fingerprint.get<std::string>());
    }
  } catch (const nlohmann::json::parse_error& e) {
    return fmt::format("{}: invalid JSON at byte {}: {}", path, e.byte, e.what());
  }
  return {};
}

std::string baseline_json(const std::vector<Finding>& findings) {
  std::set<std::string> sorted;
  for (const Finding& f : findings) sorted.insert(f.fingerprint);
  nlohmann::ordered_json json;
  json["version"] = 1;
  json["fingerprints"] = sorted;
  return json.dump(2) + "\n";
}

}  // namespace figcheck::checker
