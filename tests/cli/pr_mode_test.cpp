// PR mode as a corpus repository runs it (docs/ci.md): the whole corpus is read, only what a
// change introduced is reported, on the changed article; a baseline holds in another clone.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/test_support.hpp"

namespace figcheck {
namespace {

using test::run_figcheck;
using test::ScratchDir;

// Runs a shell command; whether it succeeded.
bool sh(const std::string& command) {
  return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

std::string git(const std::string& folder) {
  return "git -C " + folder + " -c user.name=desk -c user.email=desk@example.org ";
}

TEST(PrMode, OnlyWhatTheChangeIntroducedIsReportedOnTheChangedArticle) {
  const ScratchDir repo("pr_repo");
  repo.write(".figcheck.yaml", "fail_on: warning\nbaseline: accepted.json\n");
  repo.write("a_tea.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  repo.write("b_tourism.txt", "2024年，松江县接待游客120万人次。\n");
  repo.write("c_old.txt", "2023年，松江县粮食产量为41万吨。\n2023年，松江县粮食产量为45万吨。\n");
  ASSERT_TRUE(sh(git(repo.path()) + "init -q -b main"));
  // The old article's own disagreement is accepted in the baseline.
  ASSERT_EQ(run_figcheck("baseline -o accepted.json .", "cd " + repo.path() + " &&").exit_code, 0);
  ASSERT_TRUE(sh(git(repo.path()) + "add -A && " + git(repo.path()) + "commit -q -m corpus"));
  ASSERT_TRUE(sh(git(repo.path()) + "checkout -q -b change"));
  // The change: a new article that restates the tea figure with another value.
  repo.write("z_new.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  const auto pr =
      run_figcheck("check --format json --diff-base main .", "cd " + repo.path() + " &&");
  EXPECT_EQ(pr.exit_code, 1) << pr.err;
  const auto report = nlohmann::json::parse(pr.out);
  ASSERT_EQ(report["findings"].size(), 1U) << report.dump(1);
  const auto& finding = report["findings"][0];
  EXPECT_EQ(finding["kind"], "conflict");
  EXPECT_EQ(finding["evidence"][0]["file"], "./z_new.txt") << "located on the changed article";
  // --changed names the files itself; an article the change did not touch reports nothing.
  EXPECT_EQ(run_figcheck("check --changed b_tourism.txt .", "cd " + repo.path() + " &&").exit_code,
            0);
  // A second clone at another path: the baseline still holds there.
  const ScratchDir elsewhere("pr_clone");
  ASSERT_TRUE(sh("git clone -q " + repo.path() + " " + elsewhere.path() + "/corpus"));
  const auto clone = run_figcheck("check " + elsewhere.path() + "/corpus");
  EXPECT_EQ(clone.exit_code, 0) << clone.out << clone.err;
}

// The corpus may be a folder of the repository: git's listings are read from the top of the
// checkout, and a new file that is not yet added counts as changed.
TEST(PrMode, ACorpusInASubfolderOfTheRepository) {
  const ScratchDir repo("pr_subfolder");
  std::filesystem::create_directories(repo.path() + "/corpus");
  repo.write("corpus/.figcheck.yaml", "fail_on: warning\n");
  repo.write("corpus/a_tea.txt", "2024年，松江县茶叶产量达到3200吨。\n");
  ASSERT_TRUE(sh(git(repo.path()) + "init -q -b main"));
  ASSERT_TRUE(sh(git(repo.path()) + "add -A && " + git(repo.path()) + "commit -q -m corpus"));
  repo.write("corpus/z#new.txt", "2024年，松江县茶叶产量达到3600吨。\n");
  const std::string corpus = repo.path() + "/corpus";
  const auto pr = run_figcheck("check --format json --diff-base main " + corpus);
  EXPECT_EQ(pr.exit_code, 1) << pr.out << pr.err;
  // A # in a file name is part of the name (archives name articles FILE#ID).
  const auto named = run_figcheck("check --changed '" + corpus + "/z#new.txt' " + corpus);
  EXPECT_EQ(named.exit_code, 1) << named.out << named.err;
}

}  // namespace
}  // namespace figcheck
