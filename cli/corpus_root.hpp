// The corpus root: the folder paths are reckoned from in fingerprints, so that a baseline holds in
// any clone, however the paths are spelled. The folder of .figcheck.yaml, else the top of the git
// checkout the first path is in, else the working directory.
#pragma once

#include <filesystem>
#include <string>

namespace figcheck::cli {

// `config_file` is the .figcheck.yaml found (empty when none); `start` the first path read.
std::filesystem::path corpus_root(const std::filesystem::path& config_file,
                                  const std::filesystem::path& start);

// `path` from `root`, with / between its parts; the whole path, normalised, when it lies outside.
std::string path_in_corpus(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace figcheck::cli
