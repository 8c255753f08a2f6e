#include "cli/changed_articles.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "cli/corpus_root.hpp"

namespace figcheck::cli {

namespace fs = std::filesystem;

namespace {

// The output of a git command run in `folder`; nullopt when it fails. Arguments are passed
// through the shell single-quoted, so a ref or a path cannot run anything.
std::optional<std::string> git_output(const fs::path& folder,
                                      const std::vector<std::string>& args) {
  std::string command = "git -C";
  const auto append_quoted = [&command](const std::string& word) {
    command += " '";
    for (char c : word) {
      if (c == '\'') {
        command += "'\\''";
      } else {
        command += c;
      }
    }
    command += '\'';
  };
  append_quoted(folder.string());
  for (const std::string& arg : args) append_quoted(arg);
  command += " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
    out.append(buffer.data(), n);
  if (pclose(pipe) != 0) return std::nullopt;
  return out;
}

// NUL-separated paths (git's -z) from the top of the checkout.
void add_paths(const std::string& listing, const fs::path& top, const fs::path& root,
               std::set<std::string>& changed) {
  for (std::size_t at = 0; at < listing.size();) {
    std::size_t end = listing.find('\0', at);
    if (end == std::string::npos) end = listing.size();
    if (end > at) changed.insert(path_in_corpus(top / listing.substr(at, end - at), root));
    at = end + 1;
  }
}

std::optional<std::set<std::string>> changed_since(const std::string& ref, const fs::path& root) {
  // A ref is no option: --diff-base --all would be read by git as one.
  if (ref.starts_with('-')) {
    spdlog::error("--diff-base {}: not a git revision", ref);
    return std::nullopt;
  }
  const auto trimmed = [](std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
  };
  const auto top = git_output(root, {"rev-parse", "--show-toplevel"});
  const auto base = git_output(root, {"merge-base", ref, "HEAD"});
  if (!top || !base) {
    spdlog::error("--diff-base {}: git cannot tell the merge base of {} and HEAD in {}", ref, ref,
                  root.string());
    return std::nullopt;
  }
  // Both listings from the top of the checkout, whatever folder the corpus root is.
  const fs::path checkout = trimmed(*top);
  const auto edited = git_output(checkout, {"diff", "--name-only", "-z", "--no-renames",
                                            "--no-relative", "--diff-filter=d", trimmed(*base)});
  const auto added = git_output(checkout, {"ls-files", "-z", "--others", "--exclude-standard"});
  if (!edited || !added) {
    spdlog::error("--diff-base {}: git cannot list the files changed in {}", ref, root.string());
    return std::nullopt;
  }
  std::set<std::string> changed;
  add_paths(*edited, checkout, root, changed);
  add_paths(*added, checkout, root, changed);
  return changed;
}

}  // namespace

std::optional<std::set<std::string>> changed_articles(const std::vector<std::string>& changed,
                                                      const std::string& diff_base,
                                                      const fs::path& root) {
  std::set<std::string> files;
  for (const std::string& path : changed) files.insert(path_in_corpus(path, root));
  if (diff_base.empty()) return files;
  auto since = changed_since(diff_base, root);
  if (!since) return std::nullopt;
  files.insert(since->begin(), since->end());
  return files;
}

}  // namespace figcheck::cli
