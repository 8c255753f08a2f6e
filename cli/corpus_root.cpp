#include "cli/corpus_root.hpp"

#include <system_error>

namespace figcheck::cli {

namespace fs = std::filesystem;

namespace {

// The absolute path with . and .. resolved by their spelling (no file system access: a corpus
// of thousands of files is named in the time it takes to read its list).
fs::path absolute_normal(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  return (error ? path : absolute).lexically_normal();
}

// The nearest folder from `start` up that holds .git (a folder, or a file in a worktree).
fs::path git_top_level(const fs::path& start) {
  std::error_code error;
  for (fs::path folder = fs::is_directory(start, error) ? start : start.parent_path();
       !folder.empty(); folder = folder.parent_path()) {
    if (fs::exists(folder / ".git", error)) return folder;
    if (folder == folder.root_path()) break;
  }
  return {};
}

}  // namespace

fs::path corpus_root(const fs::path& config_file, const fs::path& start) {
  if (!config_file.empty()) return absolute_normal(config_file).parent_path();
  if (fs::path top = git_top_level(absolute_normal(start)); !top.empty()) return top;
  return absolute_normal(fs::current_path());
}

std::string path_in_corpus(const fs::path& path, const fs::path& root) {
  const fs::path full = absolute_normal(path);
  const fs::path relative = full.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return full.generic_string();
  return relative.generic_string();
}

}  // namespace figcheck::cli
