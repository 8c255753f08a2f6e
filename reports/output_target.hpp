// What a report path names, and so how it may be written without harm:
// - standard output or standard error (`-`, or a path that is the same file: /dev/stdout, a link
//   to it, /dev/stderr, also when they are redirected to a regular file): written to;
// - a character device or a FIFO (/dev/null, /dev/tty, a named pipe): opened and written to,
//   never replaced by a regular file;
// - a regular file, or a name no file has yet: written to a temporary beside it and renamed over
//   it; a symbolic link is followed to the file it names, and the link stays;
// - anything else is an error that leaves the path as it is: a read-only file, a file with other
//   hard links (a rename would cut them off), a folder, a socket, a block device.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace figcheck::reports {

enum class OutputKind { standard_output, standard_error, stream, replaced_file, refused };

struct OutputTarget {
  OutputKind kind = OutputKind::refused;
  // stream: the path to open; replaced_file: the file it resolves to (links followed).
  std::filesystem::path path;
  mode_t mode = 0;  // replaced_file: the permissions the new file gets
  bool exists = false;
  uid_t owner = 0;
  gid_t group = 0;
  std::string error;  // refused: why
};

// `path` "-" or empty means standard output. Looks at the file system only; opens nothing.
OutputTarget output_target(const std::string& path);

}  // namespace figcheck::reports
