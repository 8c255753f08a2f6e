#include "parser/source_map.hpp"

#include <algorithm>
#include <cstring>

#include "parser/utf8.hpp"

namespace figcheck::parser {

SourceMap::SourceMap(std::string_view text) : text_(text) {
  // Counted first: a corpus holds a map per article, and a grown vector keeps up to twice its
  // size.
  line_starts_.reserve(1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  line_starts_.push_back(0);
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    line_starts_.push_back(static_cast<std::size_t>(p - begin));
  }
  for (std::size_t i = 0; i < line_starts_.size(); ++i) {
    const std::size_t line_end = i + 1 < line_starts_.size() ? line_starts_[i + 1] : text.size();
    if (line_end - line_starts_[i] > kMarkSpacing) mark_long_line(line_starts_[i], line_end);
  }
}

void SourceMap::mark_long_line(std::size_t begin, std::size_t end) {
  std::size_t code_points = 0;
  for (std::size_t at = begin; at + kMarkSpacing < end; at += kMarkSpacing) {
    code_points += utf8::count_code_points(text_.substr(at, kMarkSpacing));
    marks_.push_back({at + kMarkSpacing, code_points});
  }
}

SourcePosition SourceMap::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::size_t line_start = line_starts_[line_index];
  SourcePosition result{line_index + 1, 1};
  std::size_t from = line_start;
  auto mark = std::upper_bound(marks_.begin(), marks_.end(), offset,
                               [](std::size_t o, const ColumnMark& m) { return o < m.offset; });
  // Marks lie strictly inside their lines: one after this line's start is on this line.
  if (mark != marks_.begin() && (--mark)->offset > line_start) {
    from = mark->offset;
    result.column += mark->code_points;
  }
  result.column += utf8::count_code_points(text_.substr(from, offset - from));
  return result;
}

SourcePosition SourceCursor::position(std::size_t offset) {
  const std::string_view text = map_->text_;
  offset = std::min(offset, text.size());
  const std::string_view gap =
      offset >= offset_ ? text.substr(offset_, offset - offset_) : std::string_view();
  if (offset >= offset_ && gap.find('\n') == std::string_view::npos) {
    at_.column += utf8::count_code_points(gap);
  } else {
    at_ = map_->position(offset);
  }
  offset_ = offset;
  return at_;
}

std::string_view SourceMap::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  return text_.substr(start, end - start);
}

}  // namespace figcheck::parser
