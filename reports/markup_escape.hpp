// Text for XML and HTML: & < > " ' escaped, and the control characters XML 1.0 forbids
// (everything below U+0020 but tab, line feed and carriage return) replaced by U+FFFD, so no
// article text can close an element, open a script or make a parser reject the file.
#pragma once

#include <string>
#include <string_view>

namespace figcheck::reports {

std::string markup_escape(std::string_view text);

}  // namespace figcheck::reports
