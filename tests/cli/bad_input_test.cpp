// Bad input, class by class (issue 7): each gets a clear message naming the file, the documented
// exit code, and the rest of the corpus is still checked.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "parser/utf8.hpp"
#include "tests/test_support.hpp"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using test::run_figcheck;

constexpr std::string_view kGoodArticle =
    "2024年，青阳县实现地区生产总值386.7亿元，同比增长5.6%。\n";
// "2024年，全县地区生产总值达到241.3亿元。" in GBK.
constexpr std::string_view kGbkArticle =
    "2024\xC4\xEA\xA3\xAC\xC8\xAB\xCF\xD8\xB5\xD8\xC7\xF8\xC9\xFA\xB2\xFA\xD7\xDC\xD6\xB5\xB4\xEF"
    "\xB5\xBD"
    "241.3\xD2\xDA\xD4\xAA\xA1\xA3\n";

// A fresh folder per test holding one good article, so each test also shows the rest is read.
class BadInput : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) /
           ("figcheck_bad_input_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    write("good.txt", kGoodArticle);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_, fs::perms::all, ignored);
    fs::remove_all(dir_, ignored);
  }
  void write(const std::string& name, std::string_view bytes) const {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  // `check --format json` on the folder; the JSON and the diagnostics.
  struct Checked {
    int exit_code;
    nlohmann::json json;
    std::string err;
  };
  Checked check(const std::string& options = "") const {
    const auto r =
        run_figcheck("check --format json --fail-on none " + options + " '" + dir_.string() + "'");
    return {r.exit_code, nlohmann::json::parse(r.out, nullptr, false), r.err};
  }
  // The figures read from `file` (its evidence in findings is not needed: extract lists them).
  std::vector<std::string> figures(const std::string& file, const std::string& options = "") const {
    const auto r =
        run_figcheck("extract --format jsonl " + options + " '" + (dir_ / file).string() + "'");
    std::vector<std::string> texts;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
      texts.push_back(nlohmann::json::parse(line)["text"]);
    return texts;
  }
  fs::path dir_;
};

TEST_F(BadInput, InvalidUtf8IsAnErrorAtLineAndColumnAndTheRestIsRead) {
  write("broken.txt", "第一行\n全县产值\xFF达到241.3亿元。\n");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("broken.txt:2:5: error: invalid UTF-8 byte 0xFF"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 2);
  EXPECT_EQ(r.json["summary"]["claims"], 3);  // one in broken.txt, two in good.txt
}

TEST_F(BadInput, GbkIsDetectedConvertedAndNamedInAWarning) {
  write("gbk.txt", kGbkArticle);
  const auto r = check();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("gbk.txt: warning: not UTF-8; read as GB18030"), std::string::npos) << r.err;
  EXPECT_EQ(figures("gbk.txt"), std::vector<std::string>{"241.3亿元"});
}

TEST_F(BadInput, EncodingOptionForcesGb18030) {
  write("gbk.txt", kGbkArticle);
  const auto r = run_figcheck("extract --format jsonl --encoding gb18030 '" +
                              (dir_ / "gbk.txt").string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;  // asked for: no warning
  EXPECT_NE(r.out.find("\"sentence\":\"2024年，全县地区生产总值达到241.3亿元。\""),
            std::string::npos)
      << r.out;
}

TEST_F(BadInput, Utf16WithByteOrderMarkIsConverted) {
  std::string utf16 = "\xFF\xFE";  // little-endian mark
  const std::string_view text = kGoodArticle;
  for (std::size_t at = 0; at < text.size();) {
    const parser::utf8::Decoded d = parser::utf8::decode(text, at);
    utf16.push_back(static_cast<char>(d.code_point & 0xFF));  // all below U+10000 here
    utf16.push_back(static_cast<char>(d.code_point >> 8));
    at += static_cast<std::size_t>(d.length);
  }
  write("word_export.txt", utf16);
  EXPECT_EQ(figures("word_export.txt"), (std::vector<std::string>{"386.7亿元", "5.6%"}));
  const auto r = check();
  EXPECT_NE(r.err.find("word_export.txt: note: read as UTF-16LE"), std::string::npos) << r.err;
  // The same sentence in two encodings is still one passage repeated.
  EXPECT_EQ(r.json["findings"][0]["rule"], "duplicated-passage") << r.json.dump(1);
}

TEST_F(BadInput, EmptyFileIsANote) {
  write("empty.md", "");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("empty.md: note: empty file"), std::string::npos) << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 2);
}

TEST_F(BadInput, BinaryFileIsSkippedWithAWarning) {
  write("pasted.txt", std::string("PK\x03\x04\0\0\x14\0binary", 14));
  const auto r = check();
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("pasted.txt: warning: binary file"), std::string::npos) << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 1);
  EXPECT_EQ(r.json["summary"]["claims"], 2);
}

TEST_F(BadInput, FileAboveTheSizeLimitIsAnErrorAndSkipped) {
  write("archive.txt", std::string(3 << 20, 'a'));
  const auto r = check("--max-file-size 2MB");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("archive.txt: error: file is 3 MB, more than the 2 MB limit"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 1);
}

// 200 MB of prose with a figure every few kilobytes: read whole, in bounded time and memory.
TEST_F(BadInput, TwoHundredMegabyteFileIsRead) {
  std::string paragraph;
  while (paragraph.size() < 4000) paragraph += "县域经济保持平稳运行，营商环境持续优化，";
  paragraph += "全县新增经营主体1200户。\n";
  {
    std::ofstream out(dir_ / "huge.txt", std::ios::binary);
    for (std::size_t written = 0; written < (std::size_t{200} << 20); written += paragraph.size())
      out << paragraph;
  }
  const auto r = run_figcheck("extract --format table '" + (dir_ / "huge.txt").string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1 + (200 << 20) / paragraph.size() + 1);
}

// A 10 MB line without a break: read in linear time, every claim quoting a bounded sentence.
TEST_F(BadInput, TenMegabyteLineWithoutNewline) {
  const std::string_view clause = "全县产值达到241.3亿元，增长5.2%，";
  std::string line;
  while (line.size() < (std::size_t{10} << 20)) line += clause;
  write("one_line.txt", line);
  const auto r = run_figcheck("extract --format jsonl '" + (dir_ / "one_line.txt").string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::size_t claims = 0, longest = 0;
  for (std::string json; std::getline(lines, json); ++claims)
    longest = std::max(longest, nlohmann::json::parse(json)["sentence"].get<std::string>().size());
  EXPECT_EQ(claims, 2 * (line.size() / clause.size()));
  EXPECT_LE(longest, 4200U);
}

TEST_F(BadInput, HugeFiguresAreOutOfRangeNotUndefined) {
  write("typo.txt",
        "全县投资达1234567890123456789012345678901234567890元，另有99999亿亿元资金到位。\n");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 0);
  int out_of_range = 0;
  for (const auto& f : r.json["findings"]) {
    if (f["rule"] == "figure-out-of-range") ++out_of_range;
  }
  EXPECT_EQ(out_of_range, 2) << r.json.dump(1);
}

TEST_F(BadInput, SymlinkLoopIsReportedAndTheWalkEnds) {
  fs::create_directories(dir_ / "sub");
  write("sub/more.txt", "2023年，青阳县实现地区生产总值350.2亿元。\n");
  fs::create_directory_symlink("..", dir_ / "sub" / "back_up");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("back_up: warning: folder"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("symbolic link loop"), std::string::npos) << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 2);  // each file once
}

TEST_F(BadInput, BrokenSymlinkIsAWarning) {
  fs::create_symlink(dir_ / "gone.txt", dir_ / "link.txt");
  const auto r = check();
  EXPECT_NE(r.err.find("link.txt: warning: broken symbolic link"), std::string::npos) << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 1);
}

TEST_F(BadInput, UnreadableFileIsAnError) {
  write("locked.txt", kGoodArticle);
  fs::permissions(dir_ / "locked.txt", fs::perms::none);
  // Permissions do not stop root: as root (CI containers), figcheck runs as nobody.
  std::string launcher;
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "root without setpriv: cannot drop rights";
    launcher = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups";
  }
  const auto run =
      run_figcheck("check --format json --fail-on none '" + dir_.string() + "'", launcher);
  const Checked r{run.exit_code, nlohmann::json::parse(run.out, nullptr, false), run.err};
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("locked.txt: error: cannot open file for reading: Permission denied"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 1);
}

// nlohmann's out_of_range for a number beyond a double used to abort the whole run (exit 134).
TEST_F(BadInput, ArchiveNumberBeyondADoubleIsAnErrorAndTheRestIsChecked) {
  write("wire.jsonl", "9e515\n{\"id\": \"q1\", \"text\": \"全县新增经营主体1200户。\"}\n");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("wire.jsonl:1:1: error: not a JSON line (number overflow parsing '9e515')"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.json["summary"]["files"], 2);  // good.txt and wire.jsonl#q1
}

TEST_F(BadInput, ArchiveIdsAreShownAsWritten) {
  write("wire.jsonl",
        "{\"id\": 18446744073709551615, \"text\": \"全县新增经营主体1200户。\"}\n"
        "{\"id\": -42, \"text\": \"全县新增经营主体1300户。\"}\n");
  const auto r = run_figcheck("extract --format jsonl '" + (dir_ / "wire.jsonl").string() + "'");
  EXPECT_NE(r.out.find("wire.jsonl#18446744073709551615\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("wire.jsonl#-42\""), std::string::npos) << r.out;
}

TEST_F(BadInput, BaselineWithAStringVersionIsAnErrorNotAnAbort) {
  write("accepted.json", "{\"version\": \"1\", \"fingerprints\": []}\n");
  const auto r = check("--baseline '" + (dir_ / "accepted.json").string() + "'");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("accepted.json:1:13: error: not a figcheck baseline"), std::string::npos)
      << r.err;
}

// Opening a FIFO for reading waits for a writer: the run used to hang for ever.
TEST_F(BadInput, FifoGivenAsAnArticleIsAnErrorNotAHang) {
  ASSERT_EQ(::mkfifo((dir_ / "pipe.txt").c_str(), 0600), 0);
  const auto r =
      run_figcheck("check --format json --fail-on none '" + (dir_ / "pipe.txt").string() + "' '" +
                       (dir_ / "good.txt").string() + "'",
                   "timeout 30");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("pipe.txt: error: a FIFO, not a regular file; not read"), std::string::npos)
      << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out, nullptr, false)["summary"]["files"], 1);
}

// The 8 MB limit of a rule pack was checked after reading: /dev/zero grew to gigabytes.
TEST_F(BadInput, DeviceAsARulePackIsRefusedWithoutReadingIt) {
  const auto r = run_figcheck("check --rules /dev/zero '" + dir_.string() + "'", "timeout 30");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("/dev/zero: error: cannot read rule pack: a character device, not a "
                       "regular file"),
            std::string::npos)
      << r.err;
}

TEST_F(BadInput, DeviceNamedByTheCorpusConfigurationIsRefused) {
  write(".figcheck.yaml", "rules: [/dev/zero]\n");
  const auto r = run_figcheck("check '" + dir_.string() + "'", "timeout 30");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("/dev/zero: error: cannot read rule pack: a character device"),
            std::string::npos)
      << r.err;
}

TEST_F(BadInput, UnknownYamlTagInTheConfigurationIsAnError) {
  write(".figcheck.yaml", "exclude: !!python/object/apply:os.system [README.md]\n");
  const auto r = check();
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find(".figcheck.yaml:1:10: error: YAML tag '!!python/object/apply:os.system' is "
                       "not supported"),
            std::string::npos)
      << r.err;
}

// --quiet: errors only on stderr, however many notes and warnings the corpus gives.
TEST_F(BadInput, QuietPrintsOnlyErrors) {
  for (int i = 0; i < 50; ++i) write("empty" + std::to_string(i) + ".md", "");
  write("broken.txt", "全县产值\xFF达到241.3亿元。\n");
  for (const std::string quiet : {"-q check", "check -q", "--quiet check"}) {
    const auto r = run_figcheck(quiet + " --format json --fail-on none '" + dir_.string() + "'");
    EXPECT_EQ(r.exit_code, 2) << quiet;
    EXPECT_EQ(r.err.find("note:"), std::string::npos) << quiet << "\n" << r.err;
    EXPECT_NE(r.err.find("broken.txt:1:5: error: invalid UTF-8 byte 0xFF"), std::string::npos)
        << quiet << "\n"
        << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out, nullptr, false)["summary"]["files"], 52) << quiet;
  }
  EXPECT_NE(check().err.find("empty0.md: note: empty file"), std::string::npos);
}

// CLI11 read "-1" as 2^64-1 bytes: no limit at all.
TEST_F(BadInput, NegativeMaximumFileSizeIsAUsageError) {
  for (const char* size : {"-1", "-5MB"}) {
    const auto r =
        run_figcheck("check --max-file-size=" + std::string(size) + " '" + dir_.string() + "'");
    EXPECT_EQ(r.exit_code, 2) << size;
    EXPECT_NE(r.err.find("--max-file-size: a size cannot be negative"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

}  // namespace
}  // namespace figcheck
