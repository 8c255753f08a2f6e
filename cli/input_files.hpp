// Turns command-line paths (and --text) into the files to read, reporting missing ones.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "parser/corpus.hpp"
#include "parser/diagnostic.hpp"

namespace figcheck::cli {

// The files under `paths`, each with its path from `root` (corpus_root.hpp).
std::vector<parser::InputFile> input_files(const std::vector<std::string>& paths,
                                           const std::filesystem::path& root,
                                           parser::Diagnostics& diagnostics);

// Prints diagnostics on stderr, compiler style (errors only under --quiet); returns whether any
// was an error.
bool report_diagnostics(const parser::Diagnostics& diagnostics);

}  // namespace figcheck::cli
