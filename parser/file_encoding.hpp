// Turns a file's bytes into UTF-8 before anything else reads them. Newsroom archives hold GBK
// and GB18030 files, Word exports in UTF-16 and pasted binaries: UTF-16 with a byte-order mark
// is converted, text that is not UTF-8 but reads cleanly as GB18030 (a superset of GBK and
// GB2312) is converted with a warning, and files with NUL bytes are recognised as binary.
// Conversions go through ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace figcheck::parser {

// --encoding: auto (the default) detects as above; the others force one reading.
enum class Encoding { automatic, utf8, gb18030, utf16le, utf16be };

std::optional<Encoding> encoding_from(std::string_view name);  // "auto", "utf-8", "gb18030", …

struct DecodedText {
  std::string utf8;               // UTF-8 (or the bytes as they were, for utf8 and binary)
  std::string_view encoding;      // what it was read as: "UTF-8", "GB18030", "UTF-16LE", …
  bool binary = false;            // NUL bytes and no UTF-16 mark: not an article
  std::size_t unconvertible = 0;  // bytes of a forced encoding that did not convert (U+FFFD)
};

DecodedText decode_file_bytes(std::string bytes, Encoding encoding);

}  // namespace figcheck::parser
