#include "reports/output_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <ext/stdio_filebuf.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace figcheck::reports {

namespace {

constexpr std::size_t kBufferSize = 1 << 16;

std::string left_as_it_was(const std::string& path, std::string_view why) {
  return fmt::format("{}: {}; left as it was", path, why);
}

// Renders into an open descriptor (a duplicate is written and closed, `fd` stays open); returns
// the error, empty on success.
std::string write_to_descriptor(int fd, const ReportWriter& writer) {
  const int own = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (own < 0) return std::strerror(errno);
  __gnu_cxx::stdio_filebuf<char> buffer(own, std::ios::out | std::ios::binary, kBufferSize);
  std::ostream out(&buffer);
  writer(out);
  out.flush();
  const int write_error = out.good() ? 0 : (errno != 0 ? errno : EIO);
  const bool closed = buffer.close() != nullptr;
  if (write_error != 0) return fmt::format("write failed: {}", std::strerror(write_error));
  if (!closed) return fmt::format("write failed: {}", std::strerror(errno));
  return {};
}

std::string write_to_standard_stream(std::ostream& stream, std::string_view name,
                                     const ReportWriter& writer) {
  writer(stream);
  stream.flush();
  return stream ? std::string() : fmt::format("cannot write to standard {}", name);
}

std::string write_to_stream(const std::string& path, const std::filesystem::path& device,
                            const ReportWriter& writer) {
  const int fd = ::open(device.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return left_as_it_was(path, fmt::format("cannot open: {}", std::strerror(errno)));
  std::string error = write_to_descriptor(fd, writer);
  ::close(fd);
  return error.empty() ? error : fmt::format("{}: {}", path, error);
}

}  // namespace

std::string ReportFiles::write(const std::string& path, const ReportWriter& writer) {
  const OutputTarget target = output_target(path);
  switch (target.kind) {
    case OutputKind::standard_output:
      return write_to_standard_stream(std::cout, "output", writer);
    case OutputKind::standard_error:
      return write_to_standard_stream(std::cerr, "error", writer);
    case OutputKind::stream:
      return write_to_stream(path, target.path, writer);
    case OutputKind::replaced_file:
      return stage(path, target, writer);
    case OutputKind::refused:
      break;
  }
  return left_as_it_was(path, target.error);
}

std::string ReportFiles::stage(const std::string& path, const OutputTarget& target,
                               const ReportWriter& writer) {
  auto file = std::make_unique<TemporaryFile>(target.path);
  if (file->fd() < 0) {
    return left_as_it_was(
        path, fmt::format("cannot create a temporary file beside it: {}", file->error()));
  }
  // The new file keeps the old one's permissions and, when root writes it, its owner.
  ::fchmod(file->fd(), target.mode);
  if (target.exists && ::geteuid() == 0) (void)::fchown(file->fd(), target.owner, target.group);
  std::string error = write_to_descriptor(file->fd(), writer);
  if (error.empty() && ::fsync(file->fd()) != 0) error = std::strerror(errno);
  if (error.empty()) {
    if (const int e = file->close(); e != 0) error = std::strerror(e);
  }
  if (!error.empty()) return left_as_it_was(path, error);  // the temporary goes with `file`
  staged_.push_back({path, target.path, std::move(file)});
  return {};
}

std::vector<std::string> ReportFiles::commit() {
  std::vector<std::string> errors;
  {
    const TerminationSignalsHeld held;
    for (Staged& staged : staged_) {
      // Looked at again: only a regular file or nothing is replaced, whatever came meanwhile.
      struct stat now {};
      if (::lstat(staged.target.c_str(), &now) == 0 && !S_ISREG(now.st_mode)) {
        errors.push_back(left_as_it_was(staged.shown, "is no longer a regular file"));
        continue;
      }
      if (const int e = staged.file->rename_to(staged.target); e != 0)
        errors.push_back(left_as_it_was(staged.shown, std::strerror(e)));
    }
  }
  staged_.clear();  // temporaries not renamed are removed here
  return errors;
}

std::string write_output(const std::string& path, const ReportWriter& writer) {
  ReportFiles files;
  if (std::string error = files.write(path, writer); !error.empty()) return error;
  std::vector<std::string> errors = files.commit();
  return errors.empty() ? std::string() : errors.front();
}

}  // namespace figcheck::reports
