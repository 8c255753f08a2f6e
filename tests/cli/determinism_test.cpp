// The same input gives byte-identical reports in every format, run after run and for any number
// of threads; on the real corpus in ../shared/corpus too when it is there.
#include <gtest/gtest.h>

#include <filesystem>

#include "reports/report_formats.hpp"
#include "tests/test_support.hpp"

namespace figcheck {
namespace {

using test::fixture_path;
using test::run_figcheck;

// Four threads on two cores interleave the most; the ThreadSanitizer stage runs this test too.
TEST(Determinism, EveryFormatIsIdenticalForOneTwoAndFourThreads) {
  for (const std::string& format : reports::report_format_names()) {
    const std::string args = "check --fail-on none --format " + format + " " +
                             fixture_path("check") + " " + fixture_path("reports");
    const auto one = run_figcheck(args + " --jobs 1");
    const auto two = run_figcheck(args + " --jobs 2");
    const auto four = run_figcheck(args + " --jobs 4");
    ASSERT_EQ(one.exit_code, 0) << format << ": " << one.err;
    EXPECT_EQ(two.exit_code, 0) << format << ": " << two.err;
    EXPECT_EQ(four.exit_code, 0) << format << ": " << four.err;
    EXPECT_GT(one.out.size(), 1000U) << format;
    // SARIF records the command line, which differs in --jobs.
    const auto without_command_line = [](std::string out) {
      const std::size_t at = out.find("\"commandLine\"");
      return at == std::string::npos ? out : out.erase(at, out.find('\n', at) - at);
    };
    EXPECT_EQ(without_command_line(one.out), without_command_line(two.out)) << format;
    EXPECT_EQ(without_command_line(two.out), without_command_line(four.out)) << format;
  }
}

TEST(Determinism, RealCorpusIsIdenticalForOneAndTwoThreads) {
  const std::filesystem::path corpus =
      std::filesystem::path(FIGCHECK_SOURCE_DIR) / "../shared/corpus";
  if (!std::filesystem::is_directory(corpus))
    GTEST_SKIP() << corpus << " not found (it is not part of a clone): skipped";
  const std::string args = "check --fail-on none --format json '" + corpus.string() + "'";
  const auto one = run_figcheck(args + " --jobs 1");
  const auto two = run_figcheck(args + " --jobs 2");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_GT(one.out.size(), 100000U);
  EXPECT_TRUE(one.out == two.out) << "the JSON differs between --jobs 1 and --jobs 2";
}

}  // namespace
}  // namespace figcheck
