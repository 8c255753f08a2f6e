// Temporary report files that SIGINT, SIGTERM or SIGHUP must not leave behind. Their names are
// kept in a fixed table that the signal handler walks with unlink(2) alone (async-signal-safe);
// the handler then lets the signal end the process as it would have.
#pragma once

#include <csignal>
#include <filesystem>
#include <string>

namespace figcheck::reports {

// A file created with mkstemp(3) (O_CREAT|O_EXCL: a link planted at its name is never
// followed) beside `target`, registered for removal on those signals until it is renamed or
// removed.
class TemporaryFile {
 public:
  // Leaves `fd() < 0` and `error()` set when the file cannot be created or the table is full.
  explicit TemporaryFile(const std::filesystem::path& target);
  ~TemporaryFile();  // removes the file unless it was renamed
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] const std::string& error() const { return error_; }
  // Closes the descriptor; returns errno of close(2), 0 on success.
  int close();
  // rename(2) over `target`; returns errno, 0 on success (the file is then no longer ours).
  int rename_to(const std::filesystem::path& target);

 private:
  int fd_ = -1;
  int slot_ = -1;
  std::string path_;
  std::string error_;
};

// Holds SIGINT, SIGTERM and SIGHUP back while it lives (for the renames that make a run's
// reports all new together); a signal that came meanwhile is delivered at its end.
class TerminationSignalsHeld {
 public:
  TerminationSignalsHeld();
  ~TerminationSignalsHeld();
  TerminationSignalsHeld(const TerminationSignalsHeld&) = delete;
  TerminationSignalsHeld& operator=(const TerminationSignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace figcheck::reports
