#include "parser/folder_walk.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <memory>
#include <optional>
#include <system_error>

#include "parser/descriptor.hpp"
#include "parser/document.hpp"

namespace figcheck::parser {

namespace {

namespace fs = std::filesystem;

constexpr int kFolderFlags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY;

bool is_article_file(std::string_view name) {
  const fs::path path(name);
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".md" || is_article_archive(path);
}

std::string error_text(int error) {
  return std::generic_category().message(error);
}

// What identifies a folder, whatever path leads to it.
struct FolderId {
  dev_t device = 0;
  ino_t inode = 0;
  auto operator<=>(const FolderId&) const = default;
};

std::optional<FolderId> folder_id(int fd) {
  struct stat status {};
  if (::fstat(fd, &status) != 0) return std::nullopt;
  return FolderId{status.st_dev, status.st_ino};
}

enum class EntryKind { article, folder, broken_link, other };

struct Entry {
  std::string name;
  EntryKind kind;
};

// The kind the listing gives (no stat per file); a symbolic link is followed with one fstatat.
EntryKind entry_kind(int folder, const dirent& entry) {
  unsigned char type = entry.d_type;
  struct stat status {};
  if (type == DT_UNKNOWN) {  // file systems that do not fill d_type
    if (::fstatat(folder, entry.d_name, &status, AT_SYMLINK_NOFOLLOW) != 0) return EntryKind::other;
    type = static_cast<unsigned char>(IFTODT(status.st_mode));  // DT_LNK for a link
  }
  if (type == DT_LNK) {
    if (::fstatat(folder, entry.d_name, &status, 0) != 0)
      return is_article_file(entry.d_name) ? EntryKind::broken_link : EntryKind::other;
    type = static_cast<unsigned char>(IFTODT(status.st_mode));
  }
  if (type == DT_DIR) return EntryKind::folder;
  if (type == DT_REG && is_article_file(entry.d_name)) return EntryKind::article;
  return EntryKind::other;
}

// The entries of the folder open at `folder` that the walk cares about, sorted by name; errno
// when it cannot be listed.
std::vector<Entry> list_folder(int folder, int& error) {
  std::vector<Entry> entries;
  const int copy = ::dup(folder);  // closedir closes its descriptor; the walk keeps `folder`
  const std::unique_ptr<DIR, int (*)(DIR*)> stream(copy < 0 ? nullptr : ::fdopendir(copy),
                                                   ::closedir);
  if (!stream) {
    error = errno;
    if (copy >= 0) ::close(copy);
    return entries;
  }
  errno = 0;
  while (const dirent* entry = ::readdir(stream.get())) {
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    if (const EntryKind kind = entry_kind(folder, *entry); kind != EntryKind::other)
      entries.push_back({std::string(name), kind});
    errno = 0;
  }
  error = errno;
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return entries;
}

// Walks folders depth first. Only the folder being listed is open: the walk goes down with
// openat and back up with "..", so neither the depth nor the length of the paths costs more per
// folder, and a tree deeper than the descriptor limit is walked too.
class FolderWalk {
 public:
  FolderWalk(std::vector<fs::path>& files, Diagnostics& diagnostics)
      : files_(files), diagnostics_(diagnostics) {}

  void walk(const std::string& root) {
    path_ = root;
    Descriptor folder(::open(root.c_str(), kFolderFlags));
    if (!folder.valid()) {
      report(DiagnosticSeverity::error, fmt::format("cannot read folder: {}", error_text(errno)));
      return;
    }
    enter(std::move(folder), kNoParent, root);
    while (!stack_.empty()) step();
  }

 private:
  static constexpr std::size_t kNoParent = static_cast<std::size_t>(-1);

  // A folder read: its name and the folder it was read from, so that its path can be shown.
  struct Visit {
    std::size_t parent;
    std::string name;
  };

  // A folder being walked; `path_` holds its path in its first `path_length` bytes.
  struct Frame {
    FolderId id;
    std::size_t visit;
    std::size_t path_length;
    std::vector<Entry> entries;
    std::size_t next = 0;
  };

  void step() {
    Frame& frame = stack_.back();
    if (frame.next == frame.entries.size()) {
      leave();
      return;
    }
    const Entry& entry = frame.entries[frame.next++];
    path_.resize(frame.path_length);
    append_name(entry.name);
    if (entry.kind == EntryKind::article) {
      files_.emplace_back(path_);
    } else if (entry.kind == EntryKind::broken_link) {
      report(DiagnosticSeverity::warning, "broken symbolic link; skipped");
    } else if (entry.kind == EntryKind::folder && current_.valid()) {
      Descriptor folder(::openat(current_.get(), entry.name.c_str(), kFolderFlags));
      if (folder.valid()) {
        enter(std::move(folder), frame.visit, entry.name);
      } else {
        report(DiagnosticSeverity::error, fmt::format("cannot read folder: {}", error_text(errno)));
      }
    }
  }

  // Lists the folder at `path_`, called `name` in its `parent`, unless it was read already; it
  // becomes the open folder.
  void enter(Descriptor folder, std::size_t parent, const std::string& name) {
    const std::optional<FolderId> id = folder_id(folder.get());
    if (!id) {
      report(DiagnosticSeverity::error, fmt::format("cannot read folder: {}", error_text(errno)));
      return;
    }
    const auto [seen, first_time] = visited_.try_emplace(*id, visits_.size());
    if (!first_time) {
      report(DiagnosticSeverity::warning,
             fmt::format("folder {} was already read (symbolic link loop or second path to it); "
                         "not read again",
                         visit_path(seen->second)));
      return;
    }
    visits_.push_back({parent, name});
    int error = 0;
    std::vector<Entry> entries = list_folder(folder.get(), error);
    if (error != 0)
      report(DiagnosticSeverity::error, fmt::format("cannot read folder: {}", error_text(error)));
    stack_.push_back({*id, visits_.size() - 1, path_.size(), std::move(entries)});
    current_ = std::move(folder);
  }

  // Back to the parent folder: its "..", unless the folder was reached through a symbolic link
  // (then ".." is elsewhere and the parent is opened by its path).
  void leave() {
    stack_.pop_back();
    if (stack_.empty()) {
      current_.reset();
      return;
    }
    const Frame& parent = stack_.back();
    path_.resize(parent.path_length);
    Descriptor up(::openat(current_.get(), "..", kFolderFlags));
    if (!up.valid() || folder_id(up.get()) != parent.id)
      up = Descriptor(::open(path_.c_str(), kFolderFlags));
    if (!up.valid() || folder_id(up.get()) != parent.id) {
      report(DiagnosticSeverity::error,
             "folder moved or removed while it was read; its other subfolders are skipped");
      up.reset();
    }
    current_ = std::move(up);
  }

  void append_name(std::string_view name) {
    if (!path_.empty() && path_.back() != '/') path_.push_back('/');
    path_.append(name);
  }

  // The path by which a folder was first read.
  [[nodiscard]] std::string visit_path(std::size_t visit) const {
    std::vector<const std::string*> names;
    for (std::size_t at = visit; at != kNoParent; at = visits_[at].parent)
      names.push_back(&visits_[at].name);
    fs::path path;
    for (auto name = names.rbegin(); name != names.rend(); ++name) path /= **name;
    return path.string();
  }

  void report(DiagnosticSeverity severity, std::string message) {
    diagnostics_.push_back({path_, 0, 0, severity, std::move(message), "input"});
  }

  std::vector<fs::path>& files_;
  Diagnostics& diagnostics_;
  std::string path_;    // of the folder or entry at hand
  Descriptor current_;  // the folder at the top of the stack, open
  std::vector<Frame> stack_;
  std::vector<Visit> visits_;
  std::map<FolderId, std::size_t> visited_;  // to its visit
};

}  // namespace

std::vector<fs::path> collect_input_files(const std::vector<std::string>& paths,
                                          Diagnostics& diagnostics) {
  std::vector<fs::path> files;
  FolderWalk walk(files, diagnostics);
  for (const std::string& given : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(given, ec);
    if (ec || !fs::exists(status)) {
      diagnostics.push_back(
          {given, 0, 0, DiagnosticSeverity::error, "no such file or directory", "input"});
      continue;
    }
    if (fs::is_directory(status)) {
      walk.walk(given);
    } else {
      files.emplace_back(given);
    }
  }
  return files;
}

}  // namespace figcheck::parser
