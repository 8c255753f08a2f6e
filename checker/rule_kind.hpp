// The registry of rule kinds: each kind's name, a one-line summary, the message placeholders it
// fills besides the evidence ones, and how to build it from its YAML mapping.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/mapping_reader.hpp"
#include "checker/rule.hpp"

namespace figcheck::checker {

struct RuleKind {
  std::string name;
  std::string summary;
  std::vector<std::string> placeholders;
  // Reads the kind's own options from `options` (the rule's mapping) and builds the rule.
  std::function<std::unique_ptr<Rule>(RuleSettings, MappingReader& options)> build;
};

const std::vector<RuleKind>& rule_kinds();
const RuleKind* find_rule_kind(std::string_view name);
std::vector<std::string> rule_kind_names();

}  // namespace figcheck::checker
