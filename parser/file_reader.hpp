// Reads a whole file in as few system calls as POSIX allows: stat, open, fstat, read, close for an
// article (a corpus of a million files spends more time in the kernel than in the parser, and
// std::ifstream adds three seeks and a second read per file). Only regular files are read: a
// FIFO, socket or device named by a corpus or a configuration could block the run for ever or
// stream without end.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace figcheck::parser {

struct FileBytes {
  std::string bytes;
  int error = 0;             // errno of the failed stat, open or read; 0 when read
  bool open_failed = false;  // the error came from stat or open, not from read
  bool too_large = false;    // over the limit: not read (or not read to the end)
  // What the path names when it is not a regular file ("a FIFO", "a folder", …); not read.
  const char* not_regular = nullptr;
  std::uintmax_t size = 0;  // as fstat gave it

  [[nodiscard]] bool read() const { return error == 0 && !too_large && !not_regular; }
};

// Reads `file` if it is a regular file (after symbolic links) of at most `max_bytes`; a file that
// grows past the limit while it is read is `too_large` too, its bytes cut.
FileBytes read_file_bytes(const std::filesystem::path& file, std::uintmax_t max_bytes);

// Why `read_file_bytes` did not read a file, for a diagnostic: "cannot open file for reading:
// Permission denied", "a FIFO, not a regular file; not read", "more than the 8 MB limit". Empty
// when it was read.
std::string read_failure(const FileBytes& file, std::uintmax_t max_bytes);

}  // namespace figcheck::parser
