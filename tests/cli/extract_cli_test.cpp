// The binary end to end: formats, exit codes, --text, determinism across --jobs.
#include <gtest/gtest.h>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "tests/test_support.hpp"

namespace figcheck {
namespace {

using test::fixture_path;
using test::run_figcheck;

TEST(ExtractCli, MissingPathIsExitTwoWithAClearMessage) {
  const auto r = run_figcheck("extract /no/such/folder");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/no/such/folder: error: no such file or directory"), std::string::npos)
      << r.err;
}

TEST(ExtractCli, NoArgumentsIsAUsageError) {
  EXPECT_EQ(run_figcheck("extract").exit_code, 2);
  EXPECT_EQ(run_figcheck("frobnicate").exit_code, 2);
}

TEST(ExtractCli, TextArgumentPrintsJsonLines) {
  const auto r = run_figcheck("extract --text '长春新区经营主体增至10.85万家。'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["text"], "10.85万家");
  EXPECT_EQ(j["value"], 108500);
  EXPECT_EQ(j["classifier"], "家");
}

TEST(ExtractCli, OutputIsTheSameForOneAndTwoJobs) {
  const std::string dir = fixture_path("extract");
  const auto one = run_figcheck("extract --jobs 1 " + dir);
  const auto two = run_figcheck("extract --jobs 2 " + dir);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
}

TEST(ExtractCli, WritesCsvToAFile) {
  const std::string out = testing::TempDir() + "claims_" + std::to_string(::getpid()) + ".csv";
  const auto r = run_figcheck("extract --format csv -o " + out + " " + fixture_path("extract"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(test::read_file(out).rfind("\xEF\xBB\xBF"
                                       "file,",
                                       0),
            0U);
}

}  // namespace
}  // namespace figcheck
