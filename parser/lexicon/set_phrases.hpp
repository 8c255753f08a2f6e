// Words and set phrases that contain a numeral but state no figure: 零部件, 一体化, 万家灯火,
// 一亩三分地, 十四五, 八项规定 … Extend the list in set_phrases.cpp.
#pragma once

#include <span>
#include <string_view>

namespace figcheck::parser::lexicon {

std::span<const std::string_view> set_phrases();

}  // namespace figcheck::parser::lexicon
