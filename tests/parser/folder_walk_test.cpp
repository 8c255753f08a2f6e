// Walking the folders a run is given: sorted order, loops and second paths read once, and a cost
// per folder that does not grow with the depth of the tree.
#include "parser/folder_walk.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace figcheck::parser {
namespace {

namespace fs = std::filesystem;

fs::path fresh_folder(const std::string& name) {
  const fs::path root = fs::path(testing::TempDir()) / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  return root;
}

std::string joined_messages(const Diagnostics& diagnostics) {
  std::string all;
  for (const Diagnostic& d : diagnostics) all += format_diagnostic(d) + "\n";
  return all;
}

TEST(FolderWalk, WalksFoldersInSortedOrderAndReportsMissingPaths) {
  const fs::path root = fresh_folder("figcheck_walk");
  fs::create_directories(root / "b");
  for (const char* name : {"b/2.txt", "a.md", "c.txt", "skip.pdf", "b/1.txt"})
    std::ofstream(root / name) << "x";
  Diagnostics diagnostics;
  const auto files = collect_input_files({root.string(), (root / "missing").string()}, diagnostics);
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(fs::relative(f, root).string());
  EXPECT_EQ(names, (std::vector<std::string>{"a.md", "b/1.txt", "b/2.txt", "c.txt"}));
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_NE(diagnostics[0].message.find("no such file"), std::string::npos);
  fs::remove_all(root);
}

TEST(FolderWalk, ALoopAndASecondPathAreReadOnceAndNamed) {
  const fs::path root = fresh_folder("figcheck_walk_loop");
  fs::create_directories(root / "2024" / "q1");
  std::ofstream(root / "2024" / "q1" / "brief.txt") << "x";
  fs::create_directory_symlink("..", root / "2024" / "q1" / "up");
  fs::create_directory_symlink("2024/q1", root / "latest");
  Diagnostics diagnostics;
  const auto files = collect_input_files({root.string()}, diagnostics);
  ASSERT_EQ(files.size(), 1U);
  EXPECT_EQ(files[0], root / "2024" / "q1" / "brief.txt");
  const std::string messages = joined_messages(diagnostics);
  EXPECT_NE(messages.find((root / "2024/q1/up").string() + ": warning: folder " + root.string() +
                          "/2024 was already read (symbolic link loop"),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find((root / "latest").string() + ": warning: folder " + root.string() +
                          "/2024/q1 was already read"),
            std::string::npos)
      << messages;
  fs::remove_all(root);
}

// `depth` folders "d" one inside the other under `root`, with an article at the bottom; made
// through descriptors, as fs::create_directories gives up on paths of a few thousand bytes.
fs::path make_nested_folders(const fs::path& root, int depth) {
  int folder = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fs::path deepest = root;
  for (int level = 0; level < depth && folder >= 0; ++level, deepest /= "d") {
    ::mkdirat(folder, "d", 0755);
    const int inner = ::openat(folder, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ::close(folder);
    folder = inner;
  }
  const int article = ::openat(folder, "bottom.txt", O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  EXPECT_GE(article, 0);
  ::close(article);
  ::close(folder);
  return deepest;
}

// fs::canonical on every folder made a walk cost the cube of the depth: 72 s for 2,000 nested
// folders. The walk now costs the same per folder at any depth: milliseconds for these.
TEST(FolderWalk, ADeepTreeIsWalkedInLinearTime) {
  const fs::path root = fresh_folder("figcheck_walk_deep");
  const fs::path deepest = make_nested_folders(root, 2000);
  std::ofstream(root / "d" / "top.txt") << "x";
  Diagnostics diagnostics;
  const auto started = std::chrono::steady_clock::now();
  const auto files = collect_input_files({root.string()}, diagnostics);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  EXPECT_TRUE(diagnostics.empty()) << joined_messages(diagnostics);
  ASSERT_EQ(files.size(), 2U);
  EXPECT_EQ(files[0], deepest / "bottom.txt");  // "d" sorts before "top.txt"
  EXPECT_EQ(files[1], root / "d" / "top.txt");
  EXPECT_LT(took.count(), 5.0);
  std::error_code ignored;
  fs::remove_all(root, ignored);
}

}  // namespace
}  // namespace figcheck::parser
