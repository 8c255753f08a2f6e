// Text for XML and HTML: & < > " ' escaped, and everything XML 1.0 does not allow replaced by
// U+FFFD — control characters below U+0020 but tab, line feed and carriage return, U+FFFE and
// U+FFFF, and bytes that are not UTF-8 (a file name may hold any) — so no article text or file
// name can close an element, open a script or make a parser reject the file.
#pragma once

#include <string>
#include <string_view>

namespace figcheck::reports {

std::string markup_escape(std::string_view text);

}  // namespace figcheck::reports
