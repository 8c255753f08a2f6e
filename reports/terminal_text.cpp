#include "reports/terminal_text.hpp"

#include <fmt/format.h>

#include "parser/utf8.hpp"

namespace figcheck::reports {

namespace {

// Characters that change how the rest of a line is shown: C1 controls (U+009B starts an escape
// sequence on some terminals as ESC [ does), the bidirectional marks, embeddings, overrides and
// isolates, and the line and paragraph separators.
bool changes_the_display(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x20 && byte < 0x7F) {
      out += text[at++];
      continue;
    }
    const parser::utf8::Decoded d = parser::utf8::decode(text, at);
    if (byte < 0x80 || !d.valid()) {
      out += fmt::format("\\x{:02x}", byte);  // C0 controls, DEL, bytes that are not UTF-8
      ++at;
    } else if (changes_the_display(d.code_point)) {
      out += fmt::format("\\u{{{:04X}}}", static_cast<std::uint32_t>(d.code_point));
      at += static_cast<std::size_t>(d.length);
    } else {
      out.append(text.substr(at, static_cast<std::size_t>(d.length)));
      at += static_cast<std::size_t>(d.length);
    }
  }
  return out;
}

}  // namespace figcheck::reports
