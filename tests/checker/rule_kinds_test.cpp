// Every rule kind: it has its documentation page, and every rule of the default pack fires on
// the texts it lists under `fires:` and stays silent on those under `passes:`.
#include <gtest/gtest.h>

#include <filesystem>

#include "checker/rule_examples.hpp"
#include "checker/rule_kind.hpp"
#include "checker/rule_pack.hpp"

namespace figcheck {
namespace {

TEST(RuleKinds, EveryKindHasItsDocumentationPage) {
  for (const checker::RuleKind& kind : checker::rule_kinds()) {
    const std::filesystem::path page =
        std::filesystem::path(FIGCHECK_SOURCE_DIR) / "docs" / "rules" / (kind.name + ".md");
    EXPECT_TRUE(std::filesystem::exists(page)) << "missing " << page;
  }
}

TEST(RuleKinds, TheDefaultPackUsesEveryKind) {
  checker::RulePack pack;
  parser::Diagnostics diagnostics;
  checker::add_default_pack(pack, diagnostics);
  for (const checker::RuleKind& kind : checker::rule_kinds()) {
    const bool used = std::any_of(pack.rules.begin(), pack.rules.end(),
                                  [&](const auto& r) { return r->settings().kind == kind.name; });
    EXPECT_TRUE(used) << kind.name;
  }
}

TEST(RuleKinds, EveryDefaultRuleFiresOnItsExamplesAndOnlyThere) {
  checker::RulePack pack;
  parser::Diagnostics diagnostics;
  checker::add_default_pack(pack, diagnostics);
  for (const auto& rule : pack.rules) {
    const auto& settings = rule->settings();
    EXPECT_FALSE(settings.examples.empty()) << settings.id << " has no examples";
    for (const checker::RuleExample& example : settings.examples) {
      const std::size_t found = checker::findings_on_example(pack, *rule, example.text);
      if (example.fires) {
        EXPECT_GT(found, 0U) << settings.id << " should fire on: " << example.text;
      } else {
        EXPECT_EQ(found, 0U) << settings.id << " should pass: " << example.text;
      }
    }
  }
}

}  // namespace
}  // namespace figcheck
