#include "reports/markup_escape.hpp"

#include "parser/utf8.hpp"

namespace figcheck::reports {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0's Char production: tab, line feed, carriage return and U+0020 up, without the
// surrogates and U+FFFE and U+FFFF.
bool is_xml_character(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string_view entity_for(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return {};
  }
}

}  // namespace

std::string markup_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t at = 0; at < text.size();) {
    const char ch = text[at];
    if (static_cast<unsigned char>(ch) < 0x80) {
      const std::string_view entity = entity_for(ch);
      if (!entity.empty()) {
        out += entity;
      } else if (is_xml_character(static_cast<unsigned char>(ch))) {
        out += ch;
      } else {
        out += kReplacement;
      }
      ++at;
      continue;
    }
    // Bytes that are not UTF-8 (file names) would make the whole file unreadable to a parser.
    const parser::utf8::Decoded d = parser::utf8::decode(text, at);
    const auto length = static_cast<std::size_t>(d.length);
    if (d.valid() && is_xml_character(d.code_point)) {
      out.append(text.substr(at, length));
    } else {
      out += kReplacement;
    }
    at += d.valid() ? length : 1;
  }
  return out;
}

}  // namespace figcheck::reports
