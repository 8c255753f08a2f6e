// Turns byte offsets into 1-based line and column; columns count code points.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace figcheck::parser {

struct SourcePosition {
  std::size_t line = 1;
  std::size_t column = 1;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

class SourceMap {
 public:
  SourceMap() = default;
  explicit SourceMap(std::string_view text);

  // Constant time for any offset, in any order, on lines of any length; no state changes, so
  // threads may share the map.
  [[nodiscard]] SourcePosition position(std::size_t offset) const;

  [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
  [[nodiscard]] std::string_view line_text(std::size_t line) const;

 private:
  // Code points are counted from the nearest block start, never from the start of a line that
  // may be megabytes back (a report asks for positions all over a one-line document).
  static constexpr std::size_t kBlockBytes = 256;
  [[nodiscard]] std::size_t code_points_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> block_code_points_;  // item i: code points in text_[0, i·kBlockBytes)
};

}  // namespace figcheck::parser
