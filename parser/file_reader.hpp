// Reads a whole file in as few system calls as POSIX allows: open, fstat, read, close for an
// article (a corpus of a million files spends more time in the kernel than in the parser, and
// std::ifstream adds three seeks and a second read per file).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace figcheck::parser {

struct FileBytes {
  std::string bytes;
  int error = 0;             // errno of the failed open or read; 0 when read
  bool open_failed = false;  // the error came from open, not from read
  bool too_large = false;    // over the limit: not read (or not read to the end)
  std::uintmax_t size = 0;   // as fstat gave it; 0 for a pipe
};

// Reads `file` unless it holds more than `max_bytes` (then `too_large`, bytes unread or cut).
FileBytes read_file_bytes(const std::filesystem::path& file, std::uintmax_t max_bytes);

}  // namespace figcheck::parser
