// The command line as a corpus maintainer types it: options that take one value each, a run that
// reads nothing, dates that name no day, a mistyped command, NO_COLOR, and help without the
// parser's internals: a gate must check what it is given and fail when it read nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/test_support.hpp"

namespace figcheck {
namespace {

using test::run_figcheck;
using test::ScratchDir;

const std::string kArticle = "2024年，松江县茶叶产量达到3200吨，同比增长8%。\n";

// The number of articles a JSON report says were read.
int files_read(const std::string& arguments) {
  const auto result = run_figcheck(arguments);
  return nlohmann::json::parse(result.out)["summary"]["files"].get<int>();
}

// `--rules pack.yaml articles` and `--report html=r.html articles` leave `articles` to the paths:
// the run reads that folder, not the working directory instead.
TEST(CommandLine, RulesAndReportTakeOneValueEach) {
  const ScratchDir dir("one_value");
  dir.write("a.txt", kArticle);
  dir.write("b.txt", kArticle);
  const ScratchDir packs("one_value_packs");
  const std::string pack = packs.write("pack.yaml", "rules: []\n");
  const std::string report = packs.path() + "/r.html";
  EXPECT_EQ(files_read("check --format json --rules " + pack + " " + dir.path()), 2);
  EXPECT_EQ(files_read("check --format json --rules=" + pack + " " + dir.path()), 2);
  EXPECT_EQ(files_read("check --format json --report html=" + report + " " + dir.path()), 2);
  const auto extracted = run_figcheck("extract --rules " + pack + " " + dir.path());
  EXPECT_EQ(extracted.exit_code, 0) << extracted.err;
  EXPECT_NE(extracted.out.find("3200吨"), std::string::npos);
}

// A gate that reads no article must not pass: exit 2, and say why.
TEST(CommandLine, NoArticleReadIsAnError) {
  const ScratchDir empty("no_article");
  const auto result = run_figcheck("check " + empty.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no article read from " + empty.path()), std::string::npos)
      << result.err;
  // An exclude that leaves out every file reads nothing too.
  const ScratchDir excluded("all_excluded");
  excluded.write("a.txt", kArticle);
  excluded.write(".figcheck.yaml", "exclude: ['*.txt']\n");
  const auto all_out = run_figcheck("check " + excluded.path());
  EXPECT_EQ(all_out.exit_code, 2);
  EXPECT_NE(all_out.err.find("after the exclusions"), std::string::npos) << all_out.err;
}

// A date that names no day is refused wherever it enters: --date, front matter, an archive's
// field and .figcheck.yaml, each with where it stands.
TEST(CommandLine, DatesThatNameNoDayAreRefused) {
  const ScratchDir dir("dates");
  const std::string article = dir.write("a.txt", kArticle);
  for (const std::string date : {"yesterday", "2024-13-45", "2023-02-29"}) {
    const auto result = run_figcheck("check --date " + date + " " + article);
    EXPECT_EQ(result.exit_code, 2) << date;
    EXPECT_NE(result.err.find("'" + date + "' is not a day YYYY-MM-DD"), std::string::npos)
        << result.err;
  }
  EXPECT_EQ(run_figcheck("check --date 2024-02-29 " + article).exit_code, 0);
  const std::string front =
      dir.write("b.md", "---\ntitle: 茶叶\ndate: 2024-99-99\n---\n" + kArticle);
  const auto front_result = run_figcheck("check " + front);
  EXPECT_EQ(front_result.exit_code, 2);
  EXPECT_NE(front_result.err.find(front + ":3:7: error: front matter date '2024-99-99'"),
            std::string::npos)
      << front_result.err;
  const std::string archive = dir.write(
      "c.jsonl",
      "{\"id\": \"x\", \"date\": \"2024-02-30\", \"text\": \"松江县茶叶产量3200吨。\"}\n");
  const auto archive_result = run_figcheck("check " + archive);
  EXPECT_EQ(archive_result.exit_code, 2);
  EXPECT_NE(archive_result.err.find(archive + ":1:1: error: \"date\" '2024-02-30'"),
            std::string::npos)
      << archive_result.err;
  const ScratchDir configured("dates_config");
  configured.write("a.txt", kArticle);
  configured.write(".figcheck.yaml", "date: 2024-04-31\n");
  const auto config_result = run_figcheck("check " + configured.path());
  EXPECT_EQ(config_result.exit_code, 2);
  EXPECT_NE(config_result.err.find("'2024-04-31' is not a day"), std::string::npos)
      << config_result.err;
}

// figcheck chek: the nearest command is suggested; a word far from every command lists them.
TEST(CommandLine, AMistypedCommandIsNamedWithTheNearest) {
  const auto typo = run_figcheck("chek .");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("unknown command 'chek'; did you mean 'check'?"), std::string::npos)
      << typo.err;
  const auto far = run_figcheck("-q zzzz");
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_NE(far.err.find("unknown command 'zzzz' (commands: "), std::string::npos) << far.err;
  EXPECT_EQ(far.err.find("did you mean"), std::string::npos);
}

// no-color.org: only a NO_COLOR that is set and not empty turns colour off. Run on a terminal
// (script(1) gives the run one) so that colour is wanted at all.
TEST(CommandLine, AnEmptyNoColorKeepsColour) {
  const auto on_terminal = [](const std::string& no_color) {
    return run_figcheck("check " + test::fixture_path("check/faults") + "' /dev/null",
                        "NO_COLOR=" + no_color + " script -qec '")
        .out;
  };
  EXPECT_NE(on_terminal("").find("\x1b["), std::string::npos);
  EXPECT_EQ(on_terminal("1").find("\x1b["), std::string::npos);
}

// figcheck config prints the settings a check would use and where each comes from; --config
// names the settings file instead of the one found from the path.
TEST(CommandLine, ConfigPrintsTheEffectiveSettingsAndTheirSource) {
  const ScratchDir dir("config");
  dir.write("a.txt", kArticle);
  const std::string found = dir.write(".figcheck.yaml", "fail_on: warning\n");
  const auto printed = run_figcheck("config " + dir.path());
  EXPECT_EQ(printed.exit_code, 0) << printed.err;
  EXPECT_NE(printed.out.find("fail_on: warning  # " + found), std::string::npos) << printed.out;
  EXPECT_NE(printed.out.find("date: (the articles' own)  # default"), std::string::npos);
  const ScratchDir other("config_other");
  const std::string named = other.write("ci.yaml", "fail_on: none\n");
  const auto with_config = run_figcheck("config " + dir.path() + " --config " + named);
  EXPECT_NE(with_config.out.find("fail_on: none  # " + named), std::string::npos)
      << with_config.out;
  // check reads the same file: with fail_on none nothing fails.
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨，同比增长8%。\n");
  EXPECT_EQ(run_figcheck("check " + dir.path()).exit_code, 1);
  EXPECT_EQ(run_figcheck("check --config " + named + " " + dir.path()).exit_code, 0);
}

// Help speaks of values, not of the option parser's types (ENUM:value in {auto->0,…}).
TEST(CommandLine, HelpShowsNoParserInternals) {
  for (const std::string command : {"check", "extract", "baseline"}) {
    const auto help = run_figcheck(command + " --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_EQ(help.out.find("ENUM"), std::string::npos) << command << help.out;
    EXPECT_EQ(help.out.find("->"), std::string::npos) << command << help.out;
  }
}

}  // namespace
}  // namespace figcheck
