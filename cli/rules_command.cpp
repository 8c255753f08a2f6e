#include "cli/rules_command.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "checker/rule_examples.hpp"
#include "checker/rule_kind.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_files.hpp"
#include "cli/option_checks.hpp"
#include "cli/pack_loading.hpp"

namespace figcheck::cli {

namespace {

struct RulesSettings {
  PackChoice pack;
  std::string rule_id;
  std::vector<std::string> files;
};

int list_rules(const RulesSettings& s) {
  parser::Diagnostics diagnostics;
  const checker::RulePack pack = load_rule_pack(s.pack, diagnostics);
  if (report_diagnostics(diagnostics)) return kExitError;
  for (const auto& rule : pack.rules) {
    const auto& r = rule->settings();
    std::cout << fmt::format("{:<32} {:<15} {:<8} {}\n", r.id, r.kind, to_string(r.severity),
                             r.description);
  }
  return kExitOk;
}

int explain_rule(const RulesSettings& s) {
  parser::Diagnostics diagnostics;
  const checker::RulePack pack = load_rule_pack(s.pack, diagnostics);
  if (report_diagnostics(diagnostics)) return kExitError;
  for (const auto& rule : pack.rules) {
    const auto& r = rule->settings();
    if (r.id != s.rule_id) continue;
    const checker::RuleKind* kind = checker::find_rule_kind(r.kind);
    std::cout << fmt::format("{} ({} rule, {})\n  defined at {}\n  {}\n  kind: {}\n  message: {}\n",
                             r.id, r.kind, to_string(r.severity), r.defined_at, r.description,
                             kind ? kind->summary : "", r.message);
    std::cout << fmt::format("  documentation: docs/rules/{}.md\n", r.kind);
    for (const auto& example : r.examples) {
      std::cout << fmt::format("  {}: {}\n", example.fires ? "fires on" : "passes", example.text);
    }
    return kExitOk;
  }
  std::vector<std::string> ids;
  for (const auto& rule : pack.rules) ids.push_back(rule->settings().id);
  std::cerr << "figcheck: error: "
            << checker::with_nearest(fmt::format("no rule '{}' in the pack", s.rule_id), s.rule_id,
                                     ids)
            << '\n';
  return kExitError;
}

int validate_files(const RulesSettings& s) {
  parser::Diagnostics diagnostics;
  checker::RulePack pack;
  // User packs are validated against the default lexicon they may refer to.
  if (!s.pack.no_default_rules) checker::add_default_pack(pack, diagnostics);
  for (const std::string& file : s.files) checker::add_pack_path(pack, file, diagnostics);
  if (report_diagnostics(diagnostics)) return kExitError;
  std::cout << fmt::format("{} file(s) valid: {} rules, {} entities, {} metrics, {} facts\n",
                           s.files.size(), pack.rules.size(), pack.lexicon.entities.size(),
                           pack.lexicon.metrics.size(), pack.facts.size());
  return kExitOk;
}

int test_rules(const RulesSettings& s) {
  parser::Diagnostics diagnostics;
  const checker::RulePack pack = load_rule_pack(s.pack, diagnostics);
  if (report_diagnostics(diagnostics)) return kExitError;
  std::size_t failures = 0;
  std::size_t untested = 0;
  for (const auto& rule : pack.rules) {
    const auto& r = rule->settings();
    if (r.examples.empty()) {
      ++untested;
      std::cout << fmt::format("SKIP {} (no examples)\n", r.id);
      continue;
    }
    bool ok = true;
    for (const auto& example : r.examples) {
      const std::size_t found = checker::findings_on_example(pack, *rule, example.text);
      if ((found > 0) != example.fires) {
        ok = false;
        std::cout << fmt::format("FAIL {} ({}): expected it to {} on: {}\n", r.id, r.defined_at,
                                 example.fires ? "fire" : "stay silent", example.text);
      }
    }
    if (ok) std::cout << fmt::format("PASS {} ({} examples)\n", r.id, r.examples.size());
    failures += ok ? 0 : 1;
  }
  std::cout << fmt::format("{} rules, {} failing, {} without examples\n", pack.rules.size(),
                           failures, untested);
  return failures > 0 ? kExitFindings : kExitOk;
}

}  // namespace

void add_rules_command(CLI::App& app, int& exit_code) {
  auto s = std::make_shared<RulesSettings>();
  CLI::App* rules = app.add_subcommand("rules", "List, explain, validate and test rule packs");
  rules->require_subcommand(1);
  const auto pack_options = [&](CLI::App* command) {
    one_value_each(
        command->add_option("--rules", s->pack.rules, "Rule pack file or folder (repeatable)"));
    command->add_flag("--no-default-rules", s->pack.no_default_rules,
                      "Leave the built-in pack out");
  };
  CLI::App* list = rules->add_subcommand("list", "List the rules of the pack");
  pack_options(list);
  list->callback([s, &exit_code] { exit_code = list_rules(*s); });
  CLI::App* explain = rules->add_subcommand("explain", "Explain one rule");
  explain->add_option("id", s->rule_id, "Rule id")->required();
  pack_options(explain);
  explain->callback([s, &exit_code] { exit_code = explain_rule(*s); });
  CLI::App* validate = rules->add_subcommand("validate", "Validate rule-pack files");
  validate->add_option("files", s->files, "YAML files or folders")->required();
  validate->add_flag("--no-default-rules", s->pack.no_default_rules,
                     "Validate without the built-in lexicon");
  validate->callback([s, &exit_code] { exit_code = validate_files(*s); });
  CLI::App* test = rules->add_subcommand("test", "Run every rule on its own examples");
  pack_options(test);
  test->callback([s, &exit_code] { exit_code = test_rules(*s); });
}

}  // namespace figcheck::cli
