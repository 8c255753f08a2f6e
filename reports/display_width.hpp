// Terminal columns a UTF-8 string takes: East Asian wide characters take two. Tables and caret
// lines under Chinese text line up only when padded by this, not by bytes or code points.
#pragma once

#include <cstddef>
#include <string_view>

namespace figcheck::reports {

std::size_t display_width(std::string_view text);

}  // namespace figcheck::reports
