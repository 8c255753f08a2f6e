#include "reports/output_target.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <system_error>

namespace figcheck::reports {

namespace {

namespace fs = std::filesystem;

// The most links followed, as the kernel's own limit (ELOOP).
constexpr int kMaxLinksFollowed = 40;

OutputTarget refused(std::string why) {
  OutputTarget target;
  target.error = std::move(why);
  return target;
}

bool same_file_as_descriptor(const struct stat& file, int fd) {
  struct stat opened {};
  return ::fstat(fd, &opened) == 0 && opened.st_dev == file.st_dev && opened.st_ino == file.st_ino;
}

// Where a chain of symbolic links ends, with its folder made canonical: the name a temporary is
// created beside and renamed to, so that the links themselves stay links.
std::optional<fs::path> follow_links(fs::path path, std::string& error) {
  for (int hops = 0; hops <= kMaxLinksFollowed; ++hops) {
    std::error_code ec;
    if (fs::symlink_status(path, ec).type() != fs::file_type::symlink) {
      const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
      const fs::path folder = fs::canonical(parent, ec);
      if (ec) {
        error = fmt::format("folder {}: {}", parent.string(), ec.message());
        return std::nullopt;
      }
      return folder / path.filename();
    }
    const fs::path target = fs::read_symlink(path, ec);
    if (ec) {
      error = ec.message();
      return std::nullopt;
    }
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  error = std::strerror(ELOOP);
  return std::nullopt;
}

// The permissions a new file gets from open(2) with 0666: the process's umask applied. Reading
// the umask means setting it; reports are written from one thread, after the workers ended.
mode_t new_file_mode() {
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return 0666 & ~mask;
}

bool read_only(const std::string& path, const struct stat& file) {
  // root may write to any file: the write bits are what says the owner wants it kept.
  if ((file.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) return true;
  return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) != 0;
}

OutputTarget existing_target(const std::string& path, const struct stat& file) {
  OutputTarget target;
  // Replacing the file the process's own output goes to would leave that output in a file no
  // name leads to any more.
  if (same_file_as_descriptor(file, STDOUT_FILENO)) {
    target.kind = OutputKind::standard_output;
    return target;
  }
  if (same_file_as_descriptor(file, STDERR_FILENO)) {
    target.kind = OutputKind::standard_error;
    return target;
  }
  if (S_ISCHR(file.st_mode) || S_ISFIFO(file.st_mode)) {
    target.kind = OutputKind::stream;
    target.path = path;
    return target;
  }
  if (S_ISDIR(file.st_mode)) return refused("is a folder");
  if (!S_ISREG(file.st_mode))
    return refused("is neither a regular file nor a character device nor a FIFO");
  if (read_only(path, file)) return refused("is read-only");
  if (file.st_nlink > 1) {
    return refused(fmt::format(
        "has {} other hard links, which replacing it would cut off (write the report elsewhere "
        "and copy it, or remove the other links)",
        file.st_nlink - 1));
  }
  const auto resolved = follow_links(path, target.error);
  if (!resolved) return refused(target.error);
  target.kind = OutputKind::replaced_file;
  target.path = *resolved;
  target.mode = file.st_mode & 07777;
  target.exists = true;
  target.owner = file.st_uid;
  target.group = file.st_gid;
  return target;
}

}  // namespace

OutputTarget output_target(const std::string& path) {
  OutputTarget target;
  if (path.empty() || path == "-") {
    target.kind = OutputKind::standard_output;
    return target;
  }
  struct stat file {};
  if (::stat(path.c_str(), &file) == 0) return existing_target(path, file);
  if (errno != ENOENT) return refused(std::strerror(errno));
  // A new name, or a link to one: the file is created where the links lead.
  const auto resolved = follow_links(path, target.error);
  if (!resolved) return refused(target.error);
  target.kind = OutputKind::replaced_file;
  target.path = *resolved;
  target.mode = new_file_mode();
  return target;
}

}  // namespace figcheck::reports
