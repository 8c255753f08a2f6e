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
  // A lead byte is counted where it stands, so the counts add up over any cut of the text.
  block_code_points_.reserve(text.size() / kBlockBytes + 1);
  std::size_t code_points = 0;
  for (std::size_t block_start = 0; block_start <= text.size(); block_start += kBlockBytes) {
    block_code_points_.push_back(code_points);
    code_points += utf8::count_code_points(text.substr(block_start, kBlockBytes));
  }
}

SourcePosition SourceMap::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::size_t line_start = line_starts_[line_index];
  // Most lines are short: count from the line's start when that is as near as a block's.
  const std::size_t before =
      offset - line_start <= kBlockBytes
          ? utf8::count_code_points(text_.substr(line_start, offset - line_start))
          : code_points_before(offset) - code_points_before(line_start);
  return {line_index + 1, before + 1};
}

std::size_t SourceMap::code_points_before(std::size_t offset) const {
  const std::size_t block = offset / kBlockBytes;
  const std::size_t block_start = block * kBlockBytes;
  return block_code_points_[block] +
         utf8::count_code_points(text_.substr(block_start, offset - block_start));
}

std::string_view SourceMap::line_text(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  return text_.substr(start, end - start);
}

}  // namespace figcheck::parser
