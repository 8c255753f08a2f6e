#include "reports/display_width.hpp"

#include <algorithm>

#include "parser/utf8.hpp"

namespace figcheck::reports {

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto d = parser::utf8::decode(s, i);
    const char32_t c = d.valid() ? d.code_point : U'?';
    width += (c >= 0x1100 &&
              (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
               (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
               (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)))
                 ? 2
                 : 1;
    i += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return width;
}

}  // namespace figcheck::reports
