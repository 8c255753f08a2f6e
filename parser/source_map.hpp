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

  // Cheap for offsets that arrive in increasing order (the extractor's order): the column is
  // counted on from the previous query instead of from the start of a possibly huge line.
  [[nodiscard]] SourcePosition position(std::size_t offset) const;

  [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
  [[nodiscard]] std::string_view line_text(std::size_t line) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  mutable std::size_t cached_offset_ = 0;
  mutable SourcePosition cached_{1, 1};
};

}  // namespace figcheck::parser
