#include "parser/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>

namespace figcheck::parser {

namespace {

// Closes the descriptor on every way out.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

FileBytes read_file_bytes(const std::filesystem::path& file, std::uintmax_t max_bytes) {
  FileBytes out;
  const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    out.error = errno;
    out.open_failed = true;
    return out;
  }
  struct stat status {};
  const bool regular = ::fstat(fd.get(), &status) == 0 && S_ISREG(status.st_mode);
  if (regular) {
    out.size = static_cast<std::uintmax_t>(status.st_size);
    if (out.size > max_bytes) {
      out.too_large = true;
      return out;
    }
    out.bytes.resize(static_cast<std::size_t>(out.size));
  }
  // A regular file is read up to the size fstat gave, in one call as a rule; a pipe is read in
  // chunks up to the limit.
  std::size_t filled = 0;
  // Left uninitialised: zeroing 64 KB per file cost more than reading a short article.
  std::array<char, 1 << 16> chunk;  // NOLINT(cppcoreguidelines-pro-type-member-init)
  for (;;) {
    const bool into_buffer = filled < out.bytes.size();
    char* target = into_buffer ? out.bytes.data() + filled : chunk.data();
    const std::size_t room = into_buffer ? out.bytes.size() - filled : chunk.size();
    const ssize_t got = ::read(fd.get(), target, room);
    if (got < 0) {
      if (errno == EINTR) continue;
      out.error = errno;
      return out;
    }
    if (got == 0) break;
    if (into_buffer) {
      filled += static_cast<std::size_t>(got);
      if (regular && filled == out.bytes.size() && static_cast<std::uintmax_t>(filled) == out.size)
        break;  // all that fstat promised: no second read for the end of the file
    } else {
      out.bytes.append(chunk.data(), static_cast<std::size_t>(got));
      filled = out.bytes.size();
    }
    if (out.bytes.size() > max_bytes) {
      out.too_large = true;
      return out;
    }
  }
  out.bytes.resize(filled);
  return out;
}

}  // namespace figcheck::parser
