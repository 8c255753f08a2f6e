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
  const auto top = git_output(root, {"rev-parse", "--show-toplevel"});
  const auto base = git_output(root, {"merge-base", ref, "HEAD"});
  if (!top || !base) {
    spdlog::error("--diff-base {}: git cannot tell the merge base of {} and HEAD in {}", ref, ref,
                  root.string());
    return std::nullopt;
  }
  const auto trimmed = [](std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
  };
  const auto edited = git_output(
      root, {"diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", trimmed(*base)});
  const auto added = git_output(root, {"ls-files", "-z", "--others", "--exclude-standard"});
  if (!edited || !added) {
    spdlog::error("--diff-base {}: git cannot list the files changed in {}", ref, root.string());
    return std::nullopt;
  }
  std::set<std::string> changed;
  add_paths(*edited, trimmed(*top), root, changed);
  add_paths(*added, trimmed(*top), root, changed);
  return changed;
}

// The file an article is in: an archive's articles are FILE#ID.
std::string file_of(const checker::Evidence& e) {
  const std::string& path = e.document->corpus_path();
  return path.substr(0, path.find('#'));
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

void keep_findings_of_changed(std::vector<checker::Finding>& findings,
                              const std::set<std::string>& changed) {
  const auto in_change = [&](const checker::Evidence& e) { return changed.contains(file_of(e)); };
  std::erase_if(findings, [&](const checker::Finding& f) {
    return std::none_of(f.evidence.begin(), f.evidence.end(), in_change);
  });
  for (checker::Finding& f : findings)
    std::stable_partition(f.evidence.begin(), f.evidence.end(), in_change);
}

}  // namespace figcheck::cli
