#include "checker/suppressions.hpp"

#include <algorithm>
#include <sstream>

namespace figcheck::checker {

namespace {

constexpr std::string_view kDisable = "figcheck-disable";
constexpr std::string_view kEnable = "figcheck-enable";

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
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view found = directive(text.substr(start, end - start));
    if (found.starts_with(kDisable)) {
      Suppression s{{end, text.size()}, {}, start};
      std::istringstream ids{std::string(found.substr(kDisable.size()))};
      for (std::string id; ids >> id;) s.rules.push_back(id);
      open.push_back(std::move(s));
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
