// PR mode: the whole corpus is read, so that cross-article checks see everything, but only the
// findings that concern the articles a change touched are reported, each located on a changed
// article. The changed files are given (--changed) or asked of git (--diff-base REF: the files
// changed since the merge base of REF and HEAD, in commits or in the working tree, and new ones).
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace figcheck::cli {

// The changed files by their path from `root` (corpus_root.hpp); nullopt, with an error logged,
// when git cannot tell.
std::optional<std::set<std::string>> changed_articles(const std::vector<std::string>& changed,
                                                      const std::string& diff_base,
                                                      const std::filesystem::path& root);

}  // namespace figcheck::cli
