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

// Built once, then read only: rules on several threads ask it for positions at the same time.
class SourceMap {
 public:
  SourceMap() = default;
  explicit SourceMap(std::string_view text);

  // A line lookup and a count of at most kMarkSpacing bytes, whatever the order of the queries
  // and however long the line.
  [[nodiscard]] SourcePosition position(std::size_t offset) const;

  [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
  [[nodiscard]] std::string_view line_text(std::size_t line) const;

 private:
  // Lines longer than this carry a mark every kMarkSpacing bytes, so that a column in a 10 MB
  // line is counted from the mark before it rather than from the start of the line.
  static constexpr std::size_t kMarkSpacing = 1024;
  struct ColumnMark {
    std::size_t offset;
    std::size_t code_points;  // from the start of its line to `offset`
  };
  void mark_long_line(std::size_t begin, std::size_t end);

  friend class SourceCursor;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<ColumnMark> marks_;  // in offset order; empty when no line is long
};

// Positions for offsets asked in increasing order, as a writer walks a document's claims: on the
// same line, the column is counted on from the previous answer. Each caller owns its cursor;
// the map stays read-only.
class SourceCursor {
 public:
  explicit SourceCursor(const SourceMap& map) : map_(&map) {}
  [[nodiscard]] SourcePosition position(std::size_t offset);

 private:
  const SourceMap* map_;
  std::size_t offset_ = 0;
  SourcePosition at_{1, 1};
};

}  // namespace figcheck::parser
