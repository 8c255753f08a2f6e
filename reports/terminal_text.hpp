// Text from articles, file names and rule packs made safe to print on a terminal or in a CI log.
// Control characters (ESC, CR, backspace, line feed …), C1 controls, bidirectional overrides and
// line separators are shown as escapes (\x1b, \u{202E}), and so are bytes that are not UTF-8
// (\xff, from file names), so no article can move the cursor, erase or recolour a line, reorder
// what is shown or start a line that looks like a finding of its own.
#pragma once

#include <string>
#include <string_view>

namespace figcheck::reports {

std::string terminal_safe(std::string_view text);

}  // namespace figcheck::reports
