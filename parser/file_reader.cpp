#include "parser/file_reader.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

#include "parser/descriptor.hpp"

namespace figcheck::parser {

namespace {

const char* file_type_name(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a file";
}

std::string size_text(std::uintmax_t bytes) {
  if (bytes >= (1U << 20)) return fmt::format("{} MB", bytes >> 20);
  if (bytes >= (1U << 10)) return fmt::format("{} KB", bytes >> 10);
  return fmt::format("{} bytes", bytes);
}

// Reads up to the size fstat gave, in one call as a rule; a file that grew since is read on in
// chunks until the limit.
void read_contents(int fd, std::uintmax_t max_bytes, FileBytes& out) {
  out.bytes.resize(static_cast<std::size_t>(out.size));
  std::size_t filled = 0;
  // Left uninitialised: zeroing 64 KB per file cost more than reading a short article.
  std::array<char, 1 << 16> chunk;  // NOLINT(cppcoreguidelines-pro-type-member-init)
  for (;;) {
    const bool into_buffer = filled < out.bytes.size();
    char* target = into_buffer ? out.bytes.data() + filled : chunk.data();
    const std::size_t room = into_buffer ? out.bytes.size() - filled : chunk.size();
    const ssize_t got = ::read(fd, target, room);
    if (got < 0) {
      if (errno == EINTR) continue;
      out.error = errno;
      return;
    }
    if (got == 0) break;
    if (into_buffer) {
      filled += static_cast<std::size_t>(got);
      if (filled == out.bytes.size() && static_cast<std::uintmax_t>(filled) == out.size)
        break;  // all that fstat promised: no second read for the end of the file
    } else {
      out.bytes.append(chunk.data(), static_cast<std::size_t>(got));
      filled = out.bytes.size();
    }
    if (filled > max_bytes) {
      out.too_large = true;
      return;
    }
  }
  out.bytes.resize(filled);
}

}  // namespace

FileBytes read_file_bytes(const std::filesystem::path& file, std::uintmax_t max_bytes) {
  FileBytes out;
  struct stat status {};
  // The type first, from stat: opening a FIFO for reading waits for a writer, and opening a
  // device can act on it.
  if (::stat(file.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
    out.not_regular = file_type_name(status.st_mode);
    return out;
  }
  // O_NONBLOCK: should the path have become a FIFO since, open still returns at once, and fstat
  // below refuses it.
  const Descriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0 || ::fstat(fd.get(), &status) != 0) {
    out.error = errno;
    out.open_failed = true;
    return out;
  }
  if (!S_ISREG(status.st_mode)) {
    out.not_regular = file_type_name(status.st_mode);
    return out;
  }
  out.size = static_cast<std::uintmax_t>(status.st_size);
  if (out.size > max_bytes) {
    out.too_large = true;
    return out;
  }
  read_contents(fd.get(), max_bytes, out);
  return out;
}

std::string read_failure(const FileBytes& file, std::uintmax_t max_bytes) {
  if (file.not_regular) return fmt::format("{}, not a regular file; not read", file.not_regular);
  if (file.error != 0)
    return fmt::format("{}: {}", file.open_failed ? "cannot open file for reading" : "read error",
                       std::generic_category().message(file.error));
  if (!file.too_large) return {};
  if (file.size > max_bytes)
    return fmt::format("file is {}, more than the {} limit", size_text(file.size),
                       size_text(max_bytes));
  return fmt::format("more than the {} limit", size_text(max_bytes));
}

}  // namespace figcheck::parser
