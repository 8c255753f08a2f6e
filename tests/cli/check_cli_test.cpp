// `figcheck check`, `baseline` and `rules` end to end on the check fixtures: exit codes, the
// JSON contract, baselines, suppressions, determinism across --jobs, configuration errors.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/test_support.hpp"

namespace figcheck {
namespace {

using test::fixture_path;
using test::run_figcheck;
using test::ScratchDir;
using test::temp_file;

// The severities of the findings of one rule kind that `figcheck check` reports on `path`.
std::vector<std::string> severities_of_kind(const std::string& path, const std::string& kind) {
  const auto report = nlohmann::json::parse(run_figcheck("check --format json " + path).out);
  std::vector<std::string> severities;
  for (const auto& f : report["findings"]) {
    if (f["kind"] == kind) severities.push_back(f["severity"]);
  }
  return severities;
}

TEST(CheckCli, ConsistentArticlesPassWithExitZero) {
  const auto r = run_figcheck("check " + fixture_path("check/consistent"));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 errors"), std::string::npos) << r.out;
}

TEST(CheckCli, PlantedFaultsAreReportedAndFailTheGate) {
  const auto r = run_figcheck("check --format json " + fixture_path("check/faults"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["tool"]["name"], "figcheck");
  EXPECT_EQ(j["summary"]["files"], 4);
  std::set<std::string> kinds;
  for (const auto& f : j["findings"]) {
    kinds.insert(f["kind"].get<std::string>());
    EXPECT_EQ(f["fingerprint"].get<std::string>().size(), 16U);
    for (const char* key : {"file", "line", "column", "end_line", "end_column", "text", "sentence",
                            "value", "unit", "entity", "metric", "period"}) {
      EXPECT_TRUE(f["evidence"][0].contains(key)) << key;
    }
  }
  for (const char* kind : {"conflict", "duplicate-text", "figure-reuse", "subset", "change",
                           "range", "share", "containment", "reference", "respectively"}) {
    EXPECT_TRUE(kinds.contains(kind)) << kind << " not found in " << r.out;
  }
  const auto& conflict = *std::find_if(j["findings"].begin(), j["findings"].end(),
                                       [](const auto& f) { return f["kind"] == "conflict"; });
  EXPECT_EQ(conflict["evidence"][0]["text"], "512.6亿元");
  EXPECT_EQ(conflict["evidence"][0]["entity"], "松江县");
  EXPECT_EQ(conflict["evidence"][0]["metric"], "gdp");
}

TEST(CheckCli, FailOnDecidesTheExitCode) {
  const std::string dir = fixture_path("check/faults");
  EXPECT_EQ(run_figcheck("check --fail-on none " + dir).exit_code, 0);
  EXPECT_EQ(run_figcheck("check --fail-on warning " + dir).exit_code, 1);
}

TEST(CheckCli, SuppressedRegionIsNotReportedAsTheFirstEvidence) {
  const auto r = run_figcheck("check --format json " + fixture_path("check/faults"));
  const auto j = nlohmann::json::parse(r.out);
  for (const auto& f : j["findings"]) {
    EXPECT_EQ(f["evidence"][0]["file"].get<std::string>().find("suppressed.md"), std::string::npos)
        << f["message"];
  }
}

// A suppression that names no loaded rule is an error at its line (a typo would switch nothing
// off); one that covers no finding is a warning, as unused disable directives are in linters.
TEST(CheckCli, SuppressionsNamingNoRuleOrCoveringNothingAreReported) {
  const ScratchDir dir("suppressions");
  const std::string typo =
      dir.write("a.md",
                "# 茶叶\n\n<!-- figcheck-disable conflicting-figure -->\n"
                "2024年，松江县茶叶产量达到3200吨。\n<!-- figcheck-enable -->\n");
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  const auto typo_run = run_figcheck("check " + dir.path());
  EXPECT_EQ(typo_run.exit_code, 2);
  EXPECT_NE(typo_run.err.find(typo + ":3:1: error: figcheck-disable names no rule "
                                     "'conflicting-figure' (did you mean 'conflicting-figures'?)"),
            std::string::npos)
      << typo_run.err;
  const std::string unused =
      dir.write("a.md",
                "# 茶叶\n\n<!-- figcheck-disable conflicting-figures -->\n"
                "2024年，松江县接待游客120万人次。\n<!-- figcheck-enable -->\n");
  const auto unused_run = run_figcheck("check " + dir.path());
  EXPECT_EQ(unused_run.exit_code, 0);
  EXPECT_NE(unused_run.err.find(unused + ":3:1: warning: this figcheck-disable suppresses no "
                                         "finding"),
            std::string::npos)
      << unused_run.err;
}

// For plain-text articles, where a marker line would be a line of the article, .figcheck.yaml
// suppresses by file and figure; an entry that covers nothing is a warning, one for an unknown
// rule an error.
TEST(CheckCli, SuppressionsByFileAndFigure) {
  const ScratchDir dir("suppress_entries");
  dir.write("a.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  dir.write(".figcheck.yaml",
            "suppress:\n  - {file: b.txt, figure: 3600吨, rule: conflicting-figures, "
            "reason: 口径不同}\n");
  const auto suppressed = run_figcheck("check --format json " + dir.path());
  EXPECT_EQ(suppressed.exit_code, 0) << suppressed.err;
  EXPECT_EQ(nlohmann::json::parse(suppressed.out)["summary"]["suppressed"], 1);
  const std::string config =
      dir.write(".figcheck.yaml",
                "suppress:\n  - {file: b.txt, figure: 3900吨}\n"
                "  - {file: b.txt, figure: 3600吨, rule: conflicting-figure}\n");
  const auto problems = run_figcheck("check " + dir.path());
  EXPECT_EQ(problems.exit_code, 2);
  EXPECT_NE(problems.err.find(config + ":2:5: warning: suppress: no finding has 3900吨 in b.txt"),
            std::string::npos)
      << problems.err;
  EXPECT_NE(problems.err.find(config + ":3:5: error: suppress names no rule 'conflicting-figure'"),
            std::string::npos)
      << problems.err;
}

// A rule switched off by .figcheck.yaml is still a rule suppressions may name, and one that
// suppresses only switched-off rules has nothing to do by design: neither is reported.
TEST(CheckCli, SuppressionsOfASwitchedOffRuleAreQuiet) {
  const ScratchDir dir("suppress_off");
  dir.write("a.md",
            "# 茶叶\n\n<!-- figcheck-disable conflicting-figures -->\n"
            "2024年，松江县茶叶产量达到3200吨。\n<!-- figcheck-enable -->\n");
  dir.write(".figcheck.yaml", "levels: {conflicting-figures: off}\n");
  const auto r = run_figcheck("check " + dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("figcheck-disable"), std::string::npos) << r.err;
}

// In Markdown a suppression may cover one line: the next one, or the line it ends.
TEST(CheckCli, MarkdownSuppressesOneLine) {
  const ScratchDir dir("suppress_lines");
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n2024年，松江县接待游客150万人次。\n");
  dir.write(
      "a.md",
      "# 茶叶\n\n<!-- figcheck-disable-next-line conflicting-figures -->\n"
      "2024年，松江县茶叶产量达到3200吨。\n"
      "2024年，松江县接待游客120万人次。 <!-- figcheck-disable-line conflicting-figures -->\n");
  const auto r = run_figcheck("check --format json " + dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["summary"]["suppressed"], 2) << r.out;
  EXPECT_EQ(r.err.find("figcheck-disable"), std::string::npos) << r.err;
  // The line after the next one is not covered.
  dir.write("a.md",
            "# 茶叶\n\n<!-- figcheck-disable-next-line conflicting-figures -->\n\n"
            "2024年，松江县茶叶产量达到3200吨。\n");
  EXPECT_EQ(run_figcheck("check " + dir.path()).exit_code, 1);
}

// CI annotations name an archive's article by its line of the archive file.
TEST(CheckCli, AnArchivesArticleIsAnnotatedOnItsLine) {
  const ScratchDir dir("archive_annotation");
  dir.write(".figcheck.yaml", "fail_on: error\n");
  dir.write("news.jsonl",
            "{\"id\": \"b\", \"text\": \"2024年，松江县茶叶产量达到3600吨。\"}\n"
            "{\"id\": \"a\", \"text\": \"2024年，松江县茶叶产量达到3200吨。\"}\n");
  const auto r = run_figcheck("check --format github " + dir.path());
  EXPECT_NE(r.out.find("::error file=news.jsonl,line=2,"), std::string::npos) << r.out;
}

TEST(CheckCli, BaselineLeavesAcceptedFindingsOut) {
  const std::string dir = fixture_path("check/faults");
  const std::string baseline = temp_file("baseline") + ".json";
  ASSERT_EQ(run_figcheck("baseline -o " + baseline + " " + dir).exit_code, 0);
  const auto r = run_figcheck("check --baseline " + baseline + " " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("in baseline"), std::string::npos) << r.out;
  std::remove(baseline.c_str());
}

// A baseline names files by their path from the corpus root (the folder of .figcheck.yaml): it
// holds in a clone at another place, with paths spelled ./, and after an unrelated article is
// renamed.
TEST(CheckCli, ABaselineHoldsInAnotherCloneAndSpelling) {
  const ScratchDir first("clone_a");
  first.write(".figcheck.yaml", "fail_on: warning\n");
  first.write("a.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  first.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  first.write("c.txt", "2024年，松江县接待游客120万人次。\n");
  const std::string baseline = first.path() + "/baseline.json";
  ASSERT_EQ(run_figcheck("check " + first.path()).exit_code, 1) << "the fixture must fail";
  ASSERT_EQ(run_figcheck("baseline -o " + baseline + " " + first.path()).exit_code, 0);
  const ScratchDir second("clone_b");
  std::filesystem::copy(
      first.path(), second.path(),
      std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
  const std::string in_second = "cd " + second.path() + " &&";
  const auto dotted = run_figcheck("check --baseline baseline.json ./", in_second);
  EXPECT_EQ(dotted.exit_code, 0) << dotted.out << dotted.err;
  EXPECT_NE(dotted.out.find("in baseline"), std::string::npos) << dotted.out;
  std::filesystem::rename(second.path() + "/c.txt", second.path() + "/d.txt");
  EXPECT_EQ(run_figcheck("check --baseline baseline.json .", in_second).exit_code, 0);
  EXPECT_EQ(run_figcheck("check --baseline " + baseline + " " + second.path() + "/./").exit_code,
            0);
}

// .figcheck.yaml may name the baseline; an entry whose finding is gone is reported as stale, and
// `baseline --prune` drops it (and adds none).
TEST(CheckCli, StaleBaselineEntriesAreReportedAndPruned) {
  const ScratchDir dir("stale");
  dir.write(".figcheck.yaml", "fail_on: warning\nbaseline: accepted.json\n");
  dir.write("a.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  const std::string baseline = dir.path() + "/accepted.json";
  ASSERT_EQ(run_figcheck("baseline -o " + baseline + " " + dir.path()).exit_code, 0);
  EXPECT_EQ(run_figcheck("check " + dir.path()).exit_code, 0) << "the configured baseline";
  dir.write("b.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  dir.write("c.txt", "2024年，松江县接待游客120万人次。\n2024年，松江县接待游客150万人次。\n");
  const auto stale = run_figcheck("check " + dir.path());
  EXPECT_NE(stale.err.find("1 entries match no finding now"), std::string::npos) << stale.err;
  ASSERT_EQ(run_figcheck("baseline --prune -o " + baseline + " " + dir.path()).exit_code, 0);
  const auto pruned = nlohmann::json::parse(test::read_file(baseline));
  EXPECT_TRUE(pruned["findings"].empty()) << pruned.dump();
}

// A rule is switched off or given another severity by its id alone, in a pack or in
// .figcheck.yaml, without restating it; an id no loaded rule has is an error at where it stands.
TEST(CheckCli, ARuleIsAdjustedByItsIdAlone) {
  const ScratchDir dir("levels");
  dir.write("a.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  ASSERT_EQ(run_figcheck("check " + dir.path()).exit_code, 1) << "the fixture must fail";
  const ScratchDir packs("levels_packs");
  const std::string off =
      packs.write("off.yaml", "rules:\n  - {id: conflicting-figures, enabled: false}\n");
  EXPECT_EQ(run_figcheck("check --rules " + off + " " + dir.path()).exit_code, 0);
  const std::string milder =
      packs.write("milder.yaml", "rules:\n  - {id: conflicting-figures, severity: warning}\n");
  EXPECT_EQ(severities_of_kind("--rules " + milder + " " + dir.path(), "conflict"),
            std::vector<std::string>{"warning"});
  const std::string typo =
      packs.write("typo.yaml", "rules:\n  - {id: conflicting-figure, enabled: false}\n");
  const auto typo_run = run_figcheck("check --rules " + typo + " " + dir.path());
  EXPECT_EQ(typo_run.exit_code, 2);
  EXPECT_NE(typo_run.err.find(typo + ":2:10: error: no rule 'conflicting-figure' is loaded"),
            std::string::npos)
      << typo_run.err;
  EXPECT_NE(typo_run.err.find("did you mean 'conflicting-figures'?"), std::string::npos);
  dir.write(".figcheck.yaml", "levels:\n  conflicting-figures: off\n");
  EXPECT_EQ(run_figcheck("check " + dir.path()).exit_code, 0);
  dir.write(".figcheck.yaml", "levels:\n  conflicting-figure: off\n  duplicated-passage: loud\n");
  const auto config_run = run_figcheck("check " + dir.path());
  EXPECT_EQ(config_run.exit_code, 2);
  EXPECT_NE(config_run.err.find(".figcheck.yaml:2:3: error: no rule 'conflicting-figure'"),
            std::string::npos)
      << config_run.err;
  EXPECT_NE(config_run.err.find(".figcheck.yaml:3:23: error: 'loud' is not a level"),
            std::string::npos)
      << config_run.err;
}

// A baseline reads as the findings it accepts (rule, files, figures, an excerpt), and the review
// a desk writes into it (status, reason) stays when the baseline is written again.
TEST(CheckCli, ABaselineReadsAsFindingsAndKeepsItsReviews) {
  const ScratchDir dir("reviews");
  dir.write(".figcheck.yaml", "fail_on: error\n");
  dir.write("a.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  dir.write("b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  const std::string baseline = dir.path() + "/../reviews_baseline.json";
  ASSERT_EQ(run_figcheck("baseline -o " + baseline + " " + dir.path()).exit_code, 0);
  auto written = nlohmann::json::parse(test::read_file(baseline));
  ASSERT_EQ(written["findings"].size(), 1U) << written.dump(1);
  auto& entry = written["findings"][0];
  EXPECT_EQ(entry["rule"], "conflicting-figures");
  EXPECT_EQ(entry["files"], (nlohmann::json{"a.txt", "b.txt"}));
  EXPECT_EQ(entry["figures"], (nlohmann::json{"3200吨", "3600吨"}));
  EXPECT_EQ(entry["excerpt"], "2024年，松江县茶叶产量达到3200吨。");
  EXPECT_EQ(entry["status"], "accepted");
  entry["status"] = "false-positive";
  entry["reason"] = "两篇报道口径不同";
  std::ofstream(baseline) << written.dump(2);
  ASSERT_EQ(run_figcheck("baseline -o " + baseline + " " + dir.path()).exit_code, 0);
  const auto again = nlohmann::json::parse(test::read_file(baseline));
  EXPECT_EQ(again["findings"][0]["status"], "false-positive");
  EXPECT_EQ(again["findings"][0]["reason"], "两篇报道口径不同");
  std::remove(baseline.c_str());
}

// overrides give rules levels for the findings reported in the files their globs match; a
// finding is reported at its first evidence, so an override elsewhere leaves it as it is.
TEST(CheckCli, OverridesSetLevelsByPath) {
  const ScratchDir dir("overrides");
  dir.write("a.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  std::filesystem::create_directories(dir.path() + "/archive");
  dir.write("archive/b.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  const auto with = [&](const std::string& config) {
    dir.write(".figcheck.yaml", config);
    return run_figcheck("check --format json " + dir.path());
  };
  const auto severities = [](const test::CommandResult& r) {
    const auto report = nlohmann::json::parse(r.out);
    std::vector<std::string> out;
    for (const auto& f : report["findings"]) out.push_back(f["severity"]);
    return out;
  };
  EXPECT_EQ(severities(with("overrides:\n  - paths: ['*.txt']\n"
                            "    levels: {conflicting-figures: warning}\n")),
            std::vector<std::string>{"warning"});
  EXPECT_EQ(severities(with("overrides:\n  - paths: ['archive/*']\n"
                            "    levels: {conflicting-figures: off}\n")),
            std::vector<std::string>{"error"});
  EXPECT_TRUE(severities(with("overrides:\n  - paths: [a.txt]\n"
                              "    levels: {conflicting-figures: off}\n"))
                  .empty());
  const auto typo = with("overrides:\n  - paths: [a.txt]\n    levels: {conflicting-figure: off}\n");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find(".figcheck.yaml:3:14: error: no rule 'conflicting-figure' is loaded"),
            std::string::npos)
      << typo.err;
}

TEST(CheckCli, OutputIsTheSameForOneAndTwoJobs) {
  const std::string dir = fixture_path("check");
  const auto one = run_figcheck("check --format json --jobs 1 " + dir);
  const auto two = run_figcheck("check --format json --jobs 2 " + dir);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.exit_code, two.exit_code);
}

TEST(CheckCli, ConfigFileExcludesItsReadme) {
  const auto r = run_figcheck("check --format json " + fixture_path("check"));
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["summary"]["files"], 6) << "README.md should be excluded by .figcheck.yaml";
}

// Two yearly reports repeat a sentence with each year's figure: no conflict; two articles of
// the same year that share a passage and differ in that figure are one.
TEST(CheckCli, ARepeatedSentenceWithAnotherFigureConflictsOnlyWithinAYear) {
  const std::string dir = temp_file("years");
  std::filesystem::create_directories(dir);
  const std::string sentence =
      "松江县坚持就业优先战略，统筹做好重点群体就业工作。全年城镇新增就业{}万人，"
      "城镇调查失业率平均为5.2%。\n";
  std::ofstream(dir + "/county_report_2023.txt") << fmt::format(fmt::runtime(sentence), "12.69");
  std::ofstream(dir + "/county_report_2024.txt") << fmt::format(fmt::runtime(sentence), "12.44");
  auto r = run_figcheck("check --format json " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  std::ofstream(dir + "/county_brief_2024.txt") << fmt::format(fmt::runtime(sentence), "12.66");
  r = run_figcheck("check --format json " + dir);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  std::size_t conflicts = 0;
  for (const auto& f : j["findings"]) {
    if (f["kind"] != "conflict") continue;
    ++conflicts;
    for (const auto& e : f["evidence"])
      EXPECT_EQ(e["file"].get<std::string>().find("2023"), std::string::npos) << r.out;
  }
  EXPECT_EQ(conflicts, 1U) << r.out;
  std::filesystem::remove_all(dir);
}

// A newsroom archive in JSON Lines: its articles are checked against each other and against the
// files beside it, and findings name the article within the archive.
TEST(CheckCli, ArticlesOfAnArchiveAreCheckedAsFiles) {
  const std::string dir = temp_file("archive");
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/2024.jsonl")
      << "{\"id\": \"report\", \"text\": \"2024年，松江县实现地区生产总值3265.4亿元。\"}\n"
         "{\"id\": \"review\", \"text\": \"记者获悉，2024年松江县地区生产总值为3256.4亿元。\"}\n";
  const auto r = run_figcheck("check --format json " + dir);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["summary"]["files"], 2);
  std::vector<std::string> files;
  for (const auto& f : j["findings"]) {
    if (f["kind"] != "conflict") continue;
    for (const auto& e : f["evidence"]) files.push_back(e["file"].get<std::string>());
  }
  EXPECT_EQ(files,
            (std::vector<std::string>{dir + "/2024.jsonl#report", dir + "/2024.jsonl#review"}))
      << r.out;
  std::filesystem::remove_all(dir);
}

// 近五年 ends when the article was written: a 1990 report's and a 2026 bulletin's are different
// years, so only figures of one article are compared by place.
TEST(CheckCli, RelativePeriodsOfTwoArticlesAreNotTheSameYears) {
  const ScratchDir dir("relative");
  const std::string plans = dir.write("plans.jsonl",
                                      "{\"id\": \"1990\", \"date\": \"1990-03-01\", \"text\": "
                                      "\"近五年，吉林省高新技术企业达到800家。\"}\n"
                                      "{\"id\": \"2026\", \"date\": \"2026-03-01\", \"text\": "
                                      "\"近五年，长春市高新技术企业达到1200家。\"}\n");
  EXPECT_TRUE(severities_of_kind(plans, "containment").empty());
  // Of one year, the last ten years are the same years: a disagreement, though not a sure one.
  const std::string same_year = dir.write("same_year.jsonl",
                                          "{\"id\": \"a\", \"date\": \"2026-04-04\", \"text\": "
                                          "\"近十年，松江县累计完成植树造林面积16.8万亩。\"}\n"
                                          "{\"id\": \"b\", \"date\": \"2026-06-05\", \"text\": "
                                          "\"近十年，松江县累计完成植树造林面积21.4万亩。\"}\n");
  EXPECT_EQ(severities_of_kind(same_year, "conflict"), std::vector<std::string>{"warning"});
  // Only a statistic the pack names adds up over places (docs/precision.md).
  const std::string one =
      dir.write("one.txt", "近五年，吉林省高新技术企业达到800家。长春市高新技术企业达到1200家。\n");
  EXPECT_EQ(severities_of_kind(one, "containment"), std::vector<std::string>{"error"});
}

// 连续8年 and 连续6年 are the spans of what each sentence tells, not two readings of one figure.
TEST(CheckCli, SpansOfTimeOfTwoArticlesDoNotConflict) {
  const ScratchDir dir("spans");
  const std::string spans = dir.write(
      "spans.jsonl",
      "{\"id\": \"grain\", \"text\": \"2024年，松江县连续8年保持粮食总产量50亿斤以上。\"}\n"
      "{\"id\": \"trade\", \"text\": \"2024年，松江县连续6年保持外贸增长。\"}\n");
  EXPECT_TRUE(severities_of_kind(spans, "conflict").empty());
}

// A figure of a period not over on its article's day (this month, this year so far) is counted up
// to that day: two articles of different days differ without disagreeing. On one day they
// disagree.
TEST(CheckCli, AFigureOfAPeriodNotYetOverIsAsOfItsArticlesDay) {
  const ScratchDir dir("open_period");
  const auto article = [](const std::string& id, const std::string& date, const std::string& n) {
    return "{\"id\": \"" + id + "\", \"date\": \"" + date +
           "\", \"text\": \"8月份，松江县共签约招商项目" + n + "个。\"}\n";
  };
  const std::string days =
      dir.write("days.jsonl", article("a", "2024-08-12", "12") + article("b", "2024-08-27", "16"));
  EXPECT_TRUE(severities_of_kind(days, "conflict").empty());
  const std::string one_day =
      dir.write("day.jsonl", article("a", "2024-08-27", "12") + article("b", "2024-08-27", "16"));
  EXPECT_FALSE(severities_of_kind(one_day, "conflict").empty());
  // Told after the month was over, the month's figure is the month's.
  const std::string after =
      dir.write("after.jsonl", article("a", "2024-09-03", "12") + article("b", "2024-09-20", "16"));
  EXPECT_FALSE(severities_of_kind(after, "conflict").empty());
  // A month's statistic released on its last day (a survey index) is the month's.
  const auto index = [](const std::string& id, const std::string& date, const std::string& n) {
    return "{\"id\": \"" + id + "\", \"date\": \"" + date +
           "\", \"text\": \"4月份，松江县茶叶景气指数为" + n + "%。\"}\n";
  };
  const std::string last_day = dir.write(
      "last_day.jsonl", index("a", "2024-04-30", "51.2") + index("b", "2024-05-06", "53.9"));
  EXPECT_FALSE(severities_of_kind(last_day, "conflict").empty());
}

// A running total since a start (自…以来) is counted up to the day it is told.
TEST(CheckCli, RunningTotalsOfDifferentDaysDoNotConflict) {
  const ScratchDir dir("since");
  const std::string totals =
      dir.write("since.jsonl",
                "{\"id\": \"a\", \"date\": \"2024-05-02\", \"text\": "
                "\"自2023年9月启动改造以来，松江县已累计改造老旧小区86个。\"}\n"
                "{\"id\": \"b\", \"date\": \"2024-06-20\", \"text\": "
                "\"自2023年9月启动改造以来，松江县已累计改造老旧小区97个。\"}\n");
  for (const std::string& severity : severities_of_kind(totals, "conflict"))
    EXPECT_NE(severity, "error") << severity;
}

// A running total over a stated span of months (1—6月累计) is that span's total, whatever day
// it is told on; one that names only the month it runs to (截至10月累计) stays a figure of its
// day. The key's words count with the population read before the metric (班列 开行).
TEST(CheckCli, ARunningTotalOverAStatedSpanIsTheSpansTotal) {
  const ScratchDir dir("span_total");
  const auto story = [](const std::string& id, const std::string& date, const std::string& text) {
    return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"text\": \"" + text + "\"}\n";
  };
  const std::string span =
      dir.write("span.jsonl", story("a", "2024-07-08", "1—6月，松江县货运班列累计开行812列。") +
                                  story("b", "2024-08-19", "上半年，松江县货运班列开行861列。"));
  EXPECT_FALSE(severities_of_kind(span, "conflict").empty());
  const std::string month = dir.write(
      "month.jsonl", story("a", "2024-11-04", "截至10月底，松江县货运班列已累计开行7100列。") +
                         story("b", "2024-11-21", "截至10月，松江县货运班列累计开行1456列。"));
  EXPECT_TRUE(severities_of_kind(month, "conflict").empty());
}

// A growth rate against last year's figure in the same article is an error; against a figure
// another article stated it is a warning (official statistics revise last year's figure).
TEST(CheckCli, GrowthAgainstAnotherArticlesFigureIsAWarning) {
  const ScratchDir dir("growth");
  const std::string this_year = "\"2025年，长春市社会消费品零售总额1236亿元，同比增长4.0%。\"}\n";
  const std::string retail =
      dir.write("retail.jsonl",
                "{\"id\": \"2024\", \"text\": \"2024年，长春市社会消费品零售总额1200亿元。\"}\n"
                "{\"id\": \"2025\", \"text\": " +
                    this_year);
  EXPECT_EQ(severities_of_kind(retail, "change"), std::vector<std::string>{"warning"});
  const std::string one = dir.write("one.txt",
                                    "2024年，长春市社会消费品零售总额1200亿元。\n"
                                    "2025年，长春市社会消费品零售总额1236亿元，同比增长4.0%。\n");
  EXPECT_EQ(severities_of_kind(one, "change"), std::vector<std::string>{"error"});
  // Another article's figure far from any revision (under half the base the rate implies)
  // counts something else: nothing to report.
  const std::string far =
      dir.write("far.jsonl",
                "{\"id\": \"2024\", \"text\": \"2024年，长春市社会消费品零售总额500亿元。\"}\n"
                "{\"id\": \"2025\", \"text\": " +
                    this_year);
  EXPECT_TRUE(severities_of_kind(far, "change").empty());
  // A base found by a key that names little (支出, two characters) is as unsure as its key: an
  // info, not shown by default.
  const std::string vague = dir.write("vague.txt",
                                      "2024年，长春市共支出1200亿元。\n"
                                      "2025年，长春市支出为300亿元，比上年增长40%。\n");
  EXPECT_TRUE(severities_of_kind(vague, "change").empty());
  const auto low =
      nlohmann::json::parse(run_figcheck("check --format json --min-precision low " + vague).out);
  std::vector<std::string> low_severities;
  for (const auto& f : low["findings"])
    if (f["kind"] == "change") low_severities.push_back(f["severity"]);
  EXPECT_EQ(low_severities, std::vector<std::string>{"info"});
}

TEST(CheckCli, BadRulePackIsExitTwoWithAPosition) {
  const std::string pack = temp_file("pack") + ".yaml";
  std::ofstream(pack)
      << "rules:\n  - id: x\n    kind: conflict\n    severity: fatal\n    message: m\n";
  const auto r = run_figcheck("check --rules " + pack + " " + fixture_path("check/consistent"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(pack + ":4:15: error: 'fatal' is not a valid severity"), std::string::npos)
      << r.err;
  std::remove(pack.c_str());
}

TEST(RulesCli, ListExplainValidateAndTest) {
  const auto list = run_figcheck("rules list");
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("conflicting-figures"), std::string::npos);
  const auto explain = run_figcheck("rules explain conflicting-figure");
  EXPECT_EQ(explain.exit_code, 2);
  EXPECT_NE(explain.err.find("did you mean 'conflicting-figures'"), std::string::npos);
  const auto tested = run_figcheck("rules test");
  EXPECT_EQ(tested.exit_code, 0) << tested.out;
  EXPECT_NE(tested.out.find("0 failing"), std::string::npos) << tested.out;
  const auto valid = run_figcheck("rules validate --no-default-rules " +
                                  std::string(FIGCHECK_SOURCE_DIR) + "/rules");
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
  EXPECT_NE(valid.out.find("valid"), std::string::npos);
}

}  // namespace
}  // namespace figcheck
