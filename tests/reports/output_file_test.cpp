// Report files that cannot hurt: what each kind of path gets (a new file, a replaced one, a FIFO,
// a device behind a link, a link, a read-only file, a hard link, a link planted at the old
// temporary name), several reports of one run, and the signals that stop a run while it writes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>

#include "reports/output_file.hpp"
#include "tests/test_support.hpp"

namespace figcheck::reports {
namespace {

namespace fs = std::filesystem;
using test::read_file;

// A folder for one test, removed when it ends.
class OutputFolder : public testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::path(testing::TempDir()) /
              ("figcheck_output_" + std::to_string(::getpid()) + "_" +
               testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override {
    fs::permissions(folder_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(folder_);
  }
  std::string path(const std::string& name) const { return (folder_ / name).string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path(name), std::ios::binary) << text;
    return path(name);
  }
  // Every name in the folder: no temporary may stay behind.
  std::vector<std::string> names() const {
    std::vector<std::string> all;
    for (const auto& entry : fs::directory_iterator(folder_))
      all.push_back(entry.path().filename().string());
    std::sort(all.begin(), all.end());
    return all;
  }

  fs::path folder_;
};

ReportWriter text(const std::string& report) {
  return [report](std::ostream& out) { out << report; };
}

TEST_F(OutputFolder, ANewFileIsWrittenWithTheUmasksPermissionsAndNoTemporaryStays) {
  const mode_t mask = ::umask(027);
  const std::string error = write_output(path("report.json"), text("{}\n"));
  ::umask(mask);
  EXPECT_EQ(error, "");
  EXPECT_EQ(read_file(path("report.json")), "{}\n");
  EXPECT_EQ(fs::status(path("report.json")).permissions(),
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(names(), std::vector<std::string>{"report.json"});
}

TEST_F(OutputFolder, AReplacedFileKeepsItsPermissions) {
  write("report.json", "old");
  fs::permissions(path("report.json"), fs::perms(0640));
  EXPECT_EQ(write_output(path("report.json"), text("new")), "");
  EXPECT_EQ(read_file(path("report.json")), "new");
  EXPECT_EQ(fs::status(path("report.json")).permissions(), fs::perms(0640));
}

TEST_F(OutputFolder, AFifoIsWrittenToAndStaysAFifo) {
  ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
  // The reading end is open first (without waiting for a writer); the report fits in the pipe.
  const int reader = ::open(path("pipe").c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  EXPECT_EQ(write_output(path("pipe"), text("through the pipe")), "");
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, static_cast<std::size_t>(std::max<ssize_t>(n, 0))),
            "through the pipe");
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(path("pipe"))));
  EXPECT_EQ(names(), std::vector<std::string>{"pipe"});
}

TEST_F(OutputFolder, ALinkToACharacterDeviceIsWrittenThroughAndBothStay) {
  fs::create_symlink("/dev/null", path("null"));
  EXPECT_EQ(write_output(path("null"), text("discarded")), "");
  EXPECT_TRUE(fs::is_symlink(path("null")));
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  EXPECT_EQ(names(), std::vector<std::string>{"null"});
}

// `figcheck check -o /dev/stderr 2>log.txt`: the report goes where standard error goes; the log
// is not replaced (which would leave the run's own messages in a file no name leads to).
TEST_F(OutputFolder, StandardErrorRedirectedToAFileIsWrittenToNotReplaced) {
  write("log.txt", "");
  // Through a link of the test's own: a regression replaces the link, never /dev/stderr.
  fs::create_symlink("/dev/stderr", path("err"));
  const auto inode = [&] {
    struct stat file {};
    ::stat(path("log.txt").c_str(), &file);
    return file.st_ino;
  };
  const ino_t before = inode();
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const int log = ::open(path("log.txt").c_str(), O_WRONLY | O_APPEND);
    ::dup2(log, STDERR_FILENO);
    const bool written = write_output(path("err"), text("report\n")).empty();
    ::_exit(written ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  EXPECT_EQ(inode(), before);
  EXPECT_EQ(read_file(path("log.txt")), "report\n");
  EXPECT_EQ(names(), (std::vector<std::string>{"err", "log.txt"}));
  EXPECT_TRUE(fs::is_symlink(path("err")));
}

TEST_F(OutputFolder, ALinkIsWrittenThroughToTheFileItNamesAndStaysALink) {
  fs::create_directories(path("real"));
  write("real/report.json", "old");
  fs::create_symlink("real/report.json", path("latest.json"));
  EXPECT_EQ(write_output(path("latest.json"), text("new")), "");
  EXPECT_TRUE(fs::is_symlink(path("latest.json")));
  EXPECT_EQ(read_file(path("real/report.json")), "new");
  EXPECT_EQ(names(), (std::vector<std::string>{"latest.json", "real"}));
}

TEST_F(OutputFolder, ADanglingLinkCreatesTheFileItNames) {
  fs::create_symlink("made.json", path("link.json"));
  EXPECT_EQ(write_output(path("link.json"), text("made")), "");
  EXPECT_TRUE(fs::is_symlink(path("link.json")));
  EXPECT_EQ(read_file(path("made.json")), "made");
}

TEST_F(OutputFolder, AReadOnlyFileIsAnErrorAndLeftAsItWas) {
  write("kept.json", "old");
  fs::permissions(path("kept.json"), fs::perms(0444));
  const std::string error = write_output(path("kept.json"), text("new"));
  EXPECT_NE(error.find("kept.json: is read-only; left as it was"), std::string::npos) << error;
  EXPECT_EQ(read_file(path("kept.json")), "old");
  EXPECT_EQ(names(), std::vector<std::string>{"kept.json"});
}

TEST_F(OutputFolder, AHardLinkedFileIsRefusedAndEveryNameKeepsItsText) {
  write("report.json", "old");
  fs::create_hard_link(path("report.json"), path("published.json"));
  const std::string error = write_output(path("report.json"), text("new"));
  EXPECT_NE(error.find("1 other hard links"), std::string::npos) << error;
  EXPECT_EQ(read_file(path("report.json")), "old");
  EXPECT_EQ(read_file(path("published.json")), "old");
  EXPECT_EQ(fs::hard_link_count(path("report.json")), 2U);
}

TEST_F(OutputFolder, AFolderIsAnError) {
  fs::create_directories(path("reports"));
  EXPECT_NE(write_output(path("reports"), text("x")).find("is a folder"), std::string::npos);
}

// The temporary name was once TARGET.tmp<pid>, opened without O_EXCL: a link planted there made
// the report overwrite whatever the link named.
TEST_F(OutputFolder, ALinkPlantedAtAPredictableTemporaryNameIsNotFollowed) {
  write("victim.txt", "precious");
  fs::create_symlink(path("victim.txt"), path("report.json.tmp" + std::to_string(::getpid())));
  EXPECT_EQ(write_output(path("report.json"), text("report")), "");
  EXPECT_EQ(read_file(path("victim.txt")), "precious");
  EXPECT_EQ(read_file(path("report.json")), "report");
}

TEST_F(OutputFolder, AFailedReportIsNamedAndTheOthersOfTheRunAreWritten) {
  write("a.json", "old a");
  write("b.json", "old b");
  fs::permissions(path("b.json"), fs::perms(0444));
  ReportFiles files;
  EXPECT_EQ(files.write(path("a.json"), text("new a")), "");
  EXPECT_NE(files.write(path("b.json"), text("new b")).find("b.json"), std::string::npos);
  EXPECT_EQ(files.write(path("c.json"), text("new c")), "");
  EXPECT_EQ(read_file(path("a.json")), "old a") << "nothing is renamed before commit()";
  EXPECT_FALSE(fs::exists(path("c.json")));
  EXPECT_EQ(files.commit(), std::vector<std::string>{});
  EXPECT_EQ(read_file(path("a.json")), "new a");
  EXPECT_EQ(read_file(path("b.json")), "old b");
  EXPECT_EQ(read_file(path("c.json")), "new c");
  EXPECT_EQ(names(), (std::vector<std::string>{"a.json", "b.json", "c.json"}));
}

TEST_F(OutputFolder, AFolderWhereNoFileCanBeCreatedIsAnErrorAndTheReportIsKept) {
  if (::geteuid() == 0) GTEST_SKIP() << "root creates files in any folder";
  write("report.json", "old");
  fs::permissions(folder_, fs::perms(0555));
  const std::string error = write_output(path("report.json"), text("new"));
  fs::permissions(folder_, fs::perms(0755));
  EXPECT_NE(error.find("cannot create a temporary file"), std::string::npos) << error;
  EXPECT_EQ(read_file(path("report.json")), "old");
}

// A run stopped while it writes (Ctrl-C, a CI timeout, a closed terminal) ends as the signal
// says, leaves the old report as it was and no temporary behind.
class StoppedWhileWriting : public OutputFolder, public testing::WithParamInterface<int> {};

TEST_P(StoppedWhileWriting, RemovesItsTemporaryAndEndsByTheSignal) {
  const int signal = GetParam();
  write("report.json", "old");
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    write_output(path("report.json"), [signal](std::ostream& out) {
      out << std::string(1 << 20, 'x');
      out.flush();
      ::raise(signal);
    });
    ::_exit(0);  // not reached when the signal ends the process
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << status;
  EXPECT_EQ(read_file(path("report.json")), "old");
  EXPECT_EQ(names(), std::vector<std::string>{"report.json"});
}

INSTANTIATE_TEST_SUITE_P(TerminationSignals, StoppedWhileWriting,
                         testing::Values(SIGINT, SIGTERM, SIGHUP));

}  // namespace
}  // namespace figcheck::reports
