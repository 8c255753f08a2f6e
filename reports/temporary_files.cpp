#include "reports/temporary_files.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <mutex>

namespace figcheck::reports {

namespace {

// As many reports as one run can ask for at once; more is an error, not a leak.
constexpr int kSlots = 64;

struct Slot {
  char path[PATH_MAX];
  volatile std::sig_atomic_t used;
};
Slot slots[kSlots];     // read by the signal handler: plain memory, no allocation
std::mutex slots_lock;  // between threads that create temporaries; the handler never takes it

constexpr int kTerminationSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporaries_and_end(int signal) {
  for (const Slot& slot : slots) {
    if (slot.used) ::unlink(slot.path);
  }
  // SA_RESETHAND put the default action back: the signal, pending until the handler returns,
  // ends the process with the status the caller expects from it.
  ::raise(signal);
}

void install_handlers_once() {
  static std::once_flag installed;
  std::call_once(installed, [] {
    for (const int signal : kTerminationSignals) {
      struct sigaction current {};
      ::sigaction(signal, nullptr, &current);
      if (current.sa_handler != SIG_DFL) continue;  // ignored (nohup) or someone else's
      struct sigaction action {};
      action.sa_handler = remove_temporaries_and_end;
      ::sigemptyset(&action.sa_mask);
      for (const int other : kTerminationSignals) ::sigaddset(&action.sa_mask, other);
      action.sa_flags = SA_RESETHAND;
      ::sigaction(signal, &action, nullptr);
    }
  });
}

int claim_slot(const std::string& path) {
  const std::lock_guard lock(slots_lock);
  for (int i = 0; i < kSlots; ++i) {
    if (slots[i].used) continue;
    std::memcpy(slots[i].path, path.c_str(), path.size() + 1);
    std::atomic_signal_fence(std::memory_order_seq_cst);  // the name is whole before it is used
    slots[i].used = 1;
    return i;
  }
  return -1;
}

void release_slot(int slot) {
  const std::lock_guard lock(slots_lock);
  slots[slot].used = 0;
}

}  // namespace

TemporaryFile::TemporaryFile(const std::filesystem::path& target) {
  std::string name = target.string() + ".tmp.XXXXXX";
  if (name.size() >= PATH_MAX) {
    error_ = std::strerror(ENAMETOOLONG);
    return;
  }
  install_handlers_once();
  // Created and registered with the signals held, so no signal falls between the two.
  const TerminationSignalsHeld held;
  fd_ = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) {
    error_ = std::strerror(errno);
    return;
  }
  slot_ = claim_slot(name);
  if (slot_ < 0) {
    ::close(fd_);
    fd_ = -1;
    ::unlink(name.c_str());
    error_ = "too many report files in one run";
    return;
  }
  path_ = std::move(name);
}

TemporaryFile::~TemporaryFile() {
  close();
  if (slot_ < 0) return;
  ::unlink(path_.c_str());
  release_slot(slot_);
}

int TemporaryFile::close() {
  if (fd_ < 0) return 0;
  const int result = ::close(fd_);
  fd_ = -1;
  return result == 0 ? 0 : errno;
}

int TemporaryFile::rename_to(const std::filesystem::path& target) {
  if (::rename(path_.c_str(), target.c_str()) != 0) return errno;
  release_slot(slot_);
  slot_ = -1;
  return 0;
}

TerminationSignalsHeld::TerminationSignalsHeld() {
  sigset_t held;
  ::sigemptyset(&held);
  for (const int signal : kTerminationSignals) ::sigaddset(&held, signal);
  ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

TerminationSignalsHeld::~TerminationSignalsHeld() {
  ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

}  // namespace figcheck::reports
