// Rule packs: the default pack loads cleanly, and every kind of mistake in a user's pack is a
// `path:line:col` error (columns in characters) instead of a crash or a silently ignored rule.
#include <gtest/gtest.h>

#include <string>

#include "checker/rule_pack.hpp"
#include "parser/utf8.hpp"

namespace figcheck {
namespace {

using checker::RulePack;
using checker::YamlSource;

parser::Diagnostics load(const std::string& yaml, RulePack& pack) {
  parser::Diagnostics diagnostics;
  checker::add_to_pack(pack, YamlSource("pack.yaml", yaml), diagnostics);
  return diagnostics;
}

// Every diagnostic, one per line.
std::string first_error(const std::string& yaml) {
  RulePack pack;
  const auto diagnostics = load(yaml, pack);
  if (diagnostics.empty()) return "(no error)";
  std::string all;
  for (const auto& d : diagnostics) all += parser::format_diagnostic(d) + "\n";
  return all;
}

TEST(RulePack, DefaultPackLoadsWithoutDiagnostics) {
  RulePack pack;
  parser::Diagnostics diagnostics;
  checker::add_default_pack(pack, diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << parser::format_diagnostic(diagnostics.front());
  EXPECT_GE(pack.rules.size(), 10U);
  EXPECT_GE(pack.lexicon.entities.size(), 20U);
  EXPECT_GE(pack.lexicon.metrics.size(), 20U);
  ASSERT_FALSE(pack.facts.empty());
  EXPECT_EQ(pack.facts.front().value.value, 24130000000.0);
}

// The gazetteer lies beneath the pack: every place is there, with its parent, and an id the pack
// defines keeps the pack's names.
TEST(RulePack, TheGazetteerIsBeneathThePacksEntities) {
  RulePack pack;
  parser::Diagnostics diagnostics;
  checker::add_default_pack(pack, diagnostics);
  const auto entity = [&](std::string_view id) -> const parser::EntityEntry* {
    for (const parser::EntityEntry& e : pack.lexicon.entities)
      if (e.id == id) return &e;
    return nullptr;
  };
  EXPECT_GT(pack.lexicon.entities.size(), 3000U);
  ASSERT_NE(entity("cn-2208"), nullptr);
  EXPECT_EQ(entity("cn-2208")->part_of, "jilin-province");
  EXPECT_EQ(entity("cn-2208")->level, parser::EntityLevel::city);
  ASSERT_NE(entity("iso-us"), nullptr);
  EXPECT_EQ(entity("iso-us")->names.front(), "美国");
  ASSERT_NE(entity("asean"), nullptr);
  std::size_t changchun = 0;
  for (const parser::EntityEntry& e : pack.lexicon.entities) changchun += e.id == "changchun";
  EXPECT_EQ(changchun, 1U);
  EXPECT_EQ(entity("changchun")->names.front(), "长春市");
}

TEST(RulePack, UnknownKeyIsReportedAtTheKeyWithASuggestion) {
  const std::string yaml =
      "rules:\n"
      "  - id: x\n"
      "    kind: conflict\n"
      "    severity: error\n"
      "    mesage: hi\n";
  const std::string error = first_error(yaml);
  EXPECT_NE(
      error.find("pack.yaml:5:5: error: unknown key 'mesage' in rule (did you mean 'message'?)"),
      std::string::npos)
      << error;
}

TEST(RulePack, ColumnsCountCharactersNotBytes) {
  // The bad value stands after nine Chinese characters (27 bytes).
  const std::string yaml = "entities:\n  - {id: 长春高新技术开发区, names: [a], level: 城市}\n";
  const std::string error = first_error(yaml);
  EXPECT_NE(error.find("pack.yaml:2:"), std::string::npos) << error;
  EXPECT_NE(error.find("'城市' is not a valid level"), std::string::npos) << error;
  const std::size_t column = std::stoul(error.substr(error.find("pack.yaml:2:") + 12));
  const std::string before = "  - {id: 长春高新技术开发区, names: [a], level: ";
  EXPECT_EQ(column, parser::utf8::count_code_points(before) + 1);
}

TEST(RulePack, DuplicateKeysAreErrors) {
  const std::string error = first_error("qualifiers:\n  nearly: 0.1\n  nearly: 0.2\n");
  EXPECT_NE(error.find("pack.yaml:3:3: error: duplicate key 'nearly'"), std::string::npos) << error;
}

TEST(RulePack, WrongTypesAndMissingKeysAreErrors) {
  EXPECT_NE(first_error("qualifiers:\n  nearly: lots\n").find("'nearly' must be a number"),
            std::string::npos);
  EXPECT_NE(first_error("rules:\n  - {id: x, kind: conflict, severity: error}\n")
                .find("rule is missing required key 'message'"),
            std::string::npos);
  EXPECT_NE(first_error("rules: 5\n").find("'rules' must be a list"), std::string::npos);
}

TEST(RulePack, UnknownKindListsTheValidOnes) {
  const std::string error =
      first_error("rules:\n  - {id: x, kind: confilct, severity: error, message: m}\n");
  EXPECT_NE(error.find("'confilct' is not a valid kind"), std::string::npos) << error;
  EXPECT_NE(error.find("duplicate-text"), std::string::npos) << error;
  EXPECT_NE(error.find("did you mean 'conflict'"), std::string::npos) << error;
}

TEST(RulePack, MetricGrowthIsNominalOrReal) {
  const std::string error = first_error("metrics:\n  - {id: gdp, names: [GDP], growth: reel}\n");
  EXPECT_NE(error.find("did you mean 'real'"), std::string::npos) << error;
  EXPECT_NE(error.find(":2:"), std::string::npos) << error;
}

TEST(RulePack, UnknownPlaceholderInMessageIsAnError) {
  const std::string error =
      first_error("rules:\n  - {id: x, kind: conflict, severity: error, message: '{entiy}'}\n");
  EXPECT_NE(error.find("unknown placeholder '{entiy}'"), std::string::npos) << error;
  EXPECT_NE(error.find("did you mean '{entity}'"), std::string::npos) << error;
}

TEST(RulePack, UnknownPartOfIsAnError) {
  EXPECT_NE(first_error("entities:\n  - {id: a, names: [甲], part_of: nowhere}\n")
                .find("part_of names unknown entity 'nowhere'"),
            std::string::npos);
}

TEST(RulePack, MalformedYamlIsAnErrorWithAPosition) {
  const std::string error = first_error("rules:\n  - id: [unclosed\n");
  EXPECT_NE(error.find("pack.yaml:"), std::string::npos) << error;
  EXPECT_NE(error.find("error:"), std::string::npos) << error;
}

TEST(RulePack, AliasesAreRefusedSoABillionLaughsCannotExpand) {
  std::string yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'k'; ++c) {
    yaml += std::string(1, c) + ": &" + c + " [*" + static_cast<char>(c - 1) + ", *" +
            static_cast<char>(c - 1) + ", *" + static_cast<char>(c - 1) + "]\n";
  }
  const std::string error = first_error(yaml);
  EXPECT_NE(error.find("aliases (*name) are not allowed"), std::string::npos) << error;
}

TEST(RulePack, DeepNestingAndHugeFilesAreRefused) {
  EXPECT_NE(first_error(std::string(100000, '[')).find("nested deeper than"), std::string::npos);
  EXPECT_NE(first_error("# " + std::string(YamlSource::kMaxBytes + 1, 'x')).find("the limit is"),
            std::string::npos);
}

TEST(RulePack, FiftyMegabyteFileIsRefusedBeforeParsing) {
  const std::string error = first_error("rules: []\n# " + std::string(50 << 20, 'x') + "\n");
  EXPECT_NE(error.find("pack.yaml: error: rule pack is 52428813 bytes; the limit is"),
            std::string::npos)
      << error.substr(0, 200);
}

TEST(RulePack, DeepBlockNestingIsRefused) {
  std::string yaml;
  for (int level = 0; level < 200; ++level) yaml += std::string(2 * level, ' ') + "a:\n";
  EXPECT_NE(first_error(yaml).find("nested deeper than 64 levels"), std::string::npos);
}

// yaml-cpp 0.7 loops forever on a stray top-level ',' (found by the rule-pack fuzzer).
TEST(RulePack, StrayCommaIsAnErrorNotAHang) {
  EXPECT_NE(first_error("! ,Set-enterprise\n").find("pack.yaml:1:3: error: YAML cannot be read"),
            std::string::npos)
      << first_error("! ,Set-enterprise\n");
  EXPECT_NE(first_error(", a\n").find("pack.yaml:1:1: error:"), std::string::npos);
}

TEST(RulePack, SecondDocumentIsAnError) {
  EXPECT_NE(first_error("rules: []\n---\nrules: []\n")
                .find("pack.yaml:2:1: error: a rule pack is one YAML document"),
            std::string::npos);
}

TEST(RulePack, NumbersOutOfRangeAreErrors) {
  const std::string rule =
      "rules:\n  - id: r\n    kind: figure-reuse\n    severity: warning\n    message: m\n";
  EXPECT_NE(first_error(rule + "    min_significant_digits: 1e300\n")
                .find("pack.yaml:6:29: error: 'min_significant_digits' must be a whole number "
                      "from 1 to 17"),
            std::string::npos)
      << first_error(rule + "    min_significant_digits: 1e300\n");
  EXPECT_NE(first_error("qualifiers: {nearly: .nan}\n").find("'nearly' must be a number"),
            std::string::npos);
}

TEST(RulePack, LaterRuleWithTheSameIdReplacesAndCanDisable) {
  RulePack pack;
  parser::Diagnostics diagnostics;
  checker::add_default_pack(pack, diagnostics);
  const std::size_t rules = pack.rules.size();
  ASSERT_TRUE(load("rules:\n  - {id: reused-figure, kind: figure-reuse, severity: info, "
                   "message: m, enabled: false}\n",
                   pack)
                  .empty());
  EXPECT_EQ(pack.rules.size(), rules - 1);
}

// yaml-cpp drops tags without a word: a pack meant for another loader (!!python/object, !include)
// would be read as if the tag were not there.
TEST(RulePack, UnknownYamlTagsAreErrors) {
  EXPECT_NE(
      first_error("rules:\n  - !!python/object:os.system {id: x}\n")
          .find("pack.yaml:2:5: error: YAML tag '!!python/object:os.system' is not supported"),
      std::string::npos)
      << first_error("rules:\n  - !!python/object:os.system {id: x}\n");
  EXPECT_NE(first_error("facts: !include facts.yaml\n")
                .find("pack.yaml:1:8: error: YAML tag '!include' is not supported"),
            std::string::npos)
      << first_error("facts: !include facts.yaml\n");
  EXPECT_NE(first_error("entities: !<tag:example.com,2025:list> []\n").find("YAML tag"),
            std::string::npos);
}

TEST(RulePack, CoreSchemaTagsAreAccepted) {
  EXPECT_EQ(first_error("entities: !!seq\n  - {id: !!str qingyang, names: [青阳县], level: "
                        "district}\n"),
            "(no error)");
}

}  // namespace
}  // namespace figcheck
