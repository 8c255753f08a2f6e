// Baselines: read back as written, and every problem of a baseline file, down to a number beyond
// a double, is an error at its line and column instead of an exception.
#include "checker/baseline.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace figcheck::checker {
namespace {

struct Read {
  Baseline baseline;
  parser::Diagnostics diagnostics;
  // The first diagnostic as shown, or "(none)".
  [[nodiscard]] std::string first() const {
    return diagnostics.empty() ? "(none)" : parser::format_diagnostic(diagnostics.front());
  }
};

Read parse(std::string_view text) {
  Read r;
  parse_baseline(text, "b.json", r.baseline, r.diagnostics);
  return r;
}

TEST(Baseline, WrittenBaselineIsReadBack) {
  const Read r = parse(
      "{\n  \"version\": 2,\n  \"findings\": [{\"fingerprint\": \"a1\", \"rule\": \"x\"},\n"
      "  {\"fingerprint\": \"b2\", \"status\": \"false-positive\", \"reason\": \"two "
      "fairs\"}]\n}\n");
  EXPECT_TRUE(r.diagnostics.empty()) << r.first();
  EXPECT_EQ(r.baseline.fingerprints, (std::set<std::string>{"a1", "b2"}));
  EXPECT_EQ(r.baseline.reviews.at("a1").status, "accepted");
  EXPECT_EQ(r.baseline.reviews.at("b2").status, "false-positive");
  EXPECT_EQ(r.baseline.reviews.at("b2").reason, "two fairs");
}

// Version 1 fingerprints held the paths as they were spelled: such a baseline is named for what
// it is, to be written again.
TEST(Baseline, AVersionOneBaselineIsToBeWrittenAgain) {
  EXPECT_NE(parse("{\"version\": 1, \"findings\": []}")
                .first()
                .find("b.json:1:13: error: a baseline of version 1"),
            std::string::npos);
}

TEST(Baseline, VersionAsAStringIsAnErrorAtTheValue) {
  EXPECT_EQ(parse("{\"version\": \"1\", \"findings\": []}").first(),
            "b.json:1:13: error: not a figcheck baseline: expected \"version\": 2 [config]");
}

TEST(Baseline, NumbersBeyondADoubleAreErrorsAtTheNumber) {
  EXPECT_EQ(parse("{\n  \"version\": 1e999,\n  \"findings\": []\n}").first(),
            "b.json:2:14: error: not JSON: number overflow parsing '1e999' [config]");
  EXPECT_EQ(parse("9e515").first(),
            "b.json:1:1: error: not JSON: number overflow parsing '9e515' [config]");
}

TEST(Baseline, WrongShapesAreErrors) {
  EXPECT_NE(parse("[1, 2]").first().find("b.json:1:1: error: not a figcheck baseline"),
            std::string::npos);
  EXPECT_NE(parse("{\"version\": 2, \"findings\": [{\"fingerprint\": \"a\"}, 7]}")
                .first()
                .find("b.json:1:28: error: finding 2: not an object"),
            std::string::npos);
  EXPECT_NE(parse("{\"version\": 2, \"findings\": [{\"fingerprint\": \"a\", \"status\": \"ok\"}]}")
                .first()
                .find("finding 1: \"status\" is one of accepted, false-positive, intentional"),
            std::string::npos);
  EXPECT_NE(parse("{\"version\": 2, \"findings\": [").first().find("b.json:1:29: error: not JSON"),
            std::string::npos);
  EXPECT_NE(parse("").first().find("not JSON"), std::string::npos);
}

TEST(Baseline, AFifoIsRefusedWithoutWaitingForAWriter) {
  const std::string fifo =
      testing::TempDir() + "figcheck_baseline_fifo_" + std::to_string(::getpid());
  ::unlink(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Read r;
  read_baseline(fifo, r.baseline, r.diagnostics);  // opening it for reading would block
  ::unlink(fifo.c_str());
  EXPECT_NE(r.first().find("cannot read baseline: a FIFO, not a regular file"), std::string::npos)
      << r.first();
}

}  // namespace
}  // namespace figcheck::checker
