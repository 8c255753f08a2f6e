// A rule-pack file as figcheck reads it: refused before parsing when it is too large or nested
// too deep, checked event by event for what yaml-cpp 0.7 accepts silently (duplicate keys,
// aliases that could expand into a "billion laughs"), then loaded. Every problem is a
// `path:line:col` diagnostic with the column in characters, not bytes.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "parser/diagnostic.hpp"

namespace figcheck::checker {

class YamlSource {
 public:
  // `name` is what diagnostics show; `text` the file's bytes.
  YamlSource(std::string name, std::string text);

  // The root node; empty when the file could not be read as YAML (see diagnostics()).
  [[nodiscard]] const std::optional<YAML::Node>& root() const { return root_; }
  [[nodiscard]] const std::string& name() const { return name_; }

  // A diagnostic at a node's position (or the file's when the node has none).
  [[nodiscard]] parser::Diagnostic error_at(const YAML::Mark& mark, std::string message) const;

  [[nodiscard]] const parser::Diagnostics& diagnostics() const { return diagnostics_; }

  static constexpr std::size_t kMaxBytes = 8 * 1024 * 1024;
  static constexpr int kMaxDepth = 64;

 private:
  bool passes_prechecks();
  bool passes_event_checks();

  std::string name_;
  std::string text_;
  std::optional<YAML::Node> root_;
  parser::Diagnostics diagnostics_;
};

}  // namespace figcheck::checker
