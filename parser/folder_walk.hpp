// Expands the paths a run is given into the article files to read. Folders are walked through
// descriptors (openat), each one identified by its device and inode: the cost per folder is the
// same at any depth, and a symbolic-link loop or a folder reached twice is read once.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "parser/diagnostic.hpp"

namespace figcheck::parser {

// Files as they are; folders walked recursively in sorted order for .txt and .md files and
// article archives (.jsonl, .ndjson), following symbolic links. Missing paths, unreadable
// folders, broken links and folders already read are diagnostics.
std::vector<std::filesystem::path> collect_input_files(const std::vector<std::string>& paths,
                                                       Diagnostics& diagnostics);

}  // namespace figcheck::parser
