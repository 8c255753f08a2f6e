#include "checker/suppressions.hpp"

#include <algorithm>
#include <sstream>

namespace figcheck::checker {

namespace {

constexpr std::string_view kDisable = "figcheck-disable";
constexpr std::string_view kEnable = "figcheck-enable";
constexpr std::string_view kDisableNextLine = "figcheck-disable-next-line";
constexpr std::string_view kDisableLine = "figcheck-disable-line";
constexpr std::string_view kLineComment = "<!-- figcheck-disable-line";

std::string_view trimmed(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

// The directive on a line: "figcheck-disable A B" from either form, or empty.
std::string_view directive(std::string_view line) {
  line = trimmed(line);
  if (line.starts_with("<!--") && line.ends_with("-->")) {
    line = trimmed(line.substr(4, line.size() - 7));
  }
  if (line.starts_with(kDisable) || line.starts_with(kEnable)) return line;
  return {};
}

}  // namespace

bool Suppression::covers(std::size_t offset, std::string_view rule) const {
  if (offset < span.begin || offset >= span.end) return false;
  return rules.empty() || std::find(rules.begin(), rules.end(), rule) != rules.end();
}

std::vector<Suppression> find_suppressions(std::string_view text) {
  std::vector<Suppression> regions;
  std::vector<Suppression> open;
  // Cheap exit: most articles have no directive at all.
  if (text.find(kDisable) == std::string_view::npos) return regions;
  const auto ids_after = [](std::string_view directive, std::string_view name) {
    std::vector<std::string> ids;
    std::istringstream words{std::string(directive.substr(name.size()))};
    for (std::string id; words >> id;) ids.push_back(id);
    return ids;
  };
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::string_view found = directive(line);
    const std::size_t next_end = std::min(text.find('\n', end + 1), text.size());
    if (found.starts_with(kDisableNextLine)) {
      regions.push_back({{end, next_end}, ids_after(found, kDisableNextLine), start});
    } else if (const std::size_t at = line.find(kLineComment); at != std::string_view::npos) {
      // 文字…<!-- figcheck-disable-line RULE -->: the line it ends.
      const std::string_view comment = trimmed(line.substr(at + 4, line.rfind("-->") - at - 4));
      regions.push_back({{start, end}, ids_after(comment, kDisableLine), start + at});
    } else if (found.starts_with(kDisable)) {
      open.push_back({{end, text.size()}, ids_after(found, kDisable), start});
    } else if (found.starts_with(kEnable)) {
      for (Suppression& s : open) {
        s.span.end = start;
        regions.push_back(std::move(s));
      }
      open.clear();
    }
    start = end + 1;
  }
  regions.insert(regions.end(), open.begin(), open.end());
  return regions;
}

}  // namespace figcheck::checker
