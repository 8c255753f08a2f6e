// Report paths that would overwrite what the run reads (an article, the baseline, a rule pack)
// or that two reports share: refused before anything is read, so a slip such as
// `figcheck check a.txt -o a.txt` costs nothing.
#pragma once

#include <string>
#include <vector>

#include "parser/corpus.hpp"

namespace figcheck::cli {

struct NamedPath {
  std::string option;  // how the user named it: "-o", "--report html", "--baseline"
  std::string path;
};

// Files are the same when they have the same device and inode (a link or another spelling of
// the path), and names of files that do not exist yet when their normal absolute paths are.
// Returns the error, empty when every output is safe to write.
std::string clashing_output(const std::vector<NamedPath>& outputs,
                            const std::vector<NamedPath>& other_inputs,
                            const std::vector<parser::InputFile>& articles);

}  // namespace figcheck::cli
