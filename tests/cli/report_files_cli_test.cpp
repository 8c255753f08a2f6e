// `-o` and `--report` end to end: a report path that names an input is refused before anything
// is read, standard output by another name is written to, and a report that cannot be written
// is named while the others of the run are written.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/test_support.hpp"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using test::fixture_path;
using test::read_file;
using test::run_figcheck;

// A copy of the fault fixtures for one test, removed when it ends.
class ReportFilesCli : public testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::path(testing::TempDir()) /
              ("figcheck_report_files_" + std::to_string(::getpid()) + "_" +
               testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_ / "articles");
    fs::copy(fixture_path("check/faults"), folder_ / "articles");
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string path(const std::string& name) const { return (folder_ / name).string(); }

  fs::path folder_;
};

TEST_F(ReportFilesCli, AnOutputNamingAnInputArticleIsRefusedAndTheArticleKept) {
  const std::string article = path("articles/county_report_a.txt");
  const std::string before = read_file(article);
  const std::string spellings[] = {
      "-o " + article,
      "-o " + path("articles/../articles/county_report_a.txt"),
      "--report json=" + article,
  };
  for (const std::string& output : spellings) {
    const auto r = run_figcheck("check " + path("articles") + " " + output);
    EXPECT_EQ(r.exit_code, 2) << output << "\n" << r.err;
    EXPECT_NE(r.err.find("names the same file as the article"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "") << "refused before anything is read or written";
    EXPECT_EQ(read_file(article), before) << output;
  }
}

TEST_F(ReportFilesCli, AHardLinkToAnInputArticleIsRefused) {
  const std::string article = path("articles/county_report_a.txt");
  const std::string before = read_file(article);
  fs::create_hard_link(article, path("findings.txt"));
  const auto r = run_figcheck("check " + path("articles") + " -o " + path("findings.txt"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(read_file(article), before);
}

TEST_F(ReportFilesCli, AnOutputNamingAnInputThatDoesNotExistYetIsRefused) {
  const std::string missing = path("articles/new_article.txt");
  const auto r = run_figcheck("extract " + missing + " -o " + missing);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("names the same file as the input"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(missing));
}

TEST_F(ReportFilesCli, ExtractAndBaselineRefuseAnInputArticleToo) {
  const std::string article = path("articles/county_report_b.txt");
  const std::string before = read_file(article);
  EXPECT_EQ(run_figcheck("extract " + path("articles") + " -o " + article).exit_code, 2);
  EXPECT_EQ(run_figcheck("baseline " + path("articles") + " -o " + article).exit_code, 2);
  EXPECT_EQ(read_file(article), before);
}

TEST_F(ReportFilesCli, TheBaselineIsNotOverwrittenByTheReport) {
  ASSERT_EQ(run_figcheck("baseline " + path("articles") + " -o " + path("b.json")).exit_code, 0);
  const std::string baseline = read_file(path("b.json"));
  const auto r = run_figcheck("check " + path("articles") + " --baseline " + path("b.json") +
                              " --format json -o " + path("b.json"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(read_file(path("b.json")), baseline);
}

TEST_F(ReportFilesCli, TwoReportsNamingOneFileAreRefused) {
  const auto r = run_figcheck("check " + path("articles") + " --format json -o " + path("r.out") +
                              " --report html=" + path("./r.out"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_FALSE(fs::exists(path("r.out")));
}

// /dev/stdout (and a link to it) is where the report goes, not a file to replace.
TEST_F(ReportFilesCli, ALinkToStandardOutputIsWrittenTo) {
  fs::create_symlink("/dev/stdout", path("out"));
  const auto r =
      run_figcheck("check --format json --fail-on none " + path("articles") + " -o " + path("out"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{", 0), 0U) << r.out.substr(0, 200);
  EXPECT_TRUE(fs::is_symlink(path("out")));
}

TEST_F(ReportFilesCli, AReadOnlyReportIsNamedAndTheOthersAreWritten) {
  std::ofstream(path("kept.json")) << "old";
  fs::permissions(path("kept.json"), fs::perms(0444));
  const auto r = run_figcheck("check --fail-on none " + path("articles") +
                              " --report json=" + path("kept.json") +
                              " --report csv=" + path("new.csv") + " -o " + path("new.txt"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("kept.json: is read-only; left as it was"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(path("kept.json")), "old");
  EXPECT_GT(read_file(path("new.csv")).size(), 100U);
  EXPECT_GT(read_file(path("new.txt")).size(), 100U);
}

}  // namespace
}  // namespace figcheck
