#include "cli/output_clash.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <optional>
#include <system_error>

namespace figcheck::cli {

namespace {

struct FileIdentity {
  dev_t device;
  ino_t inode;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The regular file a path names, links followed; nullopt for anything else or nothing.
std::optional<FileIdentity> identity_of(const std::string& path) {
  struct stat file {};
  if (::stat(path.c_str(), &file) != 0 || !S_ISREG(file.st_mode)) return std::nullopt;
  return FileIdentity{file.st_dev, file.st_ino};
}

std::string normal_path(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return (ec ? std::filesystem::path(path) : absolute).lexically_normal().string();
}

struct Output {
  const NamedPath* named;
  std::optional<FileIdentity> identity;
  std::string normal;

  [[nodiscard]] bool names(const std::string& path,
                           const std::optional<FileIdentity>& identity_of_path) const {
    if (identity) return identity == identity_of_path;
    return normal == normal_path(path);
  }
};

std::string clash(const Output& output, const NamedPath& other) {
  return fmt::format("{} {} names the same file as {} {}: refused, nothing read or written",
                     output.named->option, output.named->path, other.option, other.path);
}

}  // namespace

std::string clashing_output(const std::vector<NamedPath>& outputs,
                            const std::vector<NamedPath>& other_inputs,
                            const std::vector<parser::InputFile>& articles) {
  std::vector<Output> files;
  for (const NamedPath& named : outputs) {
    if (named.path.empty() || named.path == "-") continue;
    const Output output{&named, identity_of(named.path), normal_path(named.path)};
    // Devices and FIFOs (/dev/null, a pipe) are written to, never replaced: any number may.
    std::error_code ec;
    if (!output.identity && std::filesystem::exists(named.path, ec)) continue;
    for (const Output& earlier : files) {
      if (earlier.names(named.path, output.identity)) return clash(output, *earlier.named);
    }
    files.push_back(output);
  }
  for (const Output& output : files) {
    for (const NamedPath& input : other_inputs) {
      if (output.names(input.path, identity_of(input.path))) return clash(output, input);
    }
  }
  // Every article exists (the walk found it): only an existing output can be one of them, and
  // only then is each article looked at, once.
  const bool any_exists = std::any_of(files.begin(), files.end(),
                                      [](const Output& o) { return o.identity.has_value(); });
  if (!any_exists) return {};
  for (const parser::InputFile& article : articles) {
    const std::optional<FileIdentity> identity = identity_of(article.path.string());
    for (const Output& output : files) {
      if (identity && output.identity == identity)
        return clash(output, {"the article", article.display_path});
    }
  }
  return {};
}

}  // namespace figcheck::cli
