#include "reports/json_line.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "parser/utf8.hpp"
#include "reports/json_number.hpp"

namespace figcheck::reports {

namespace {

bool is_well_formed(std::string_view s) {
  for (std::size_t at = 0; at < s.size();) {
    if (static_cast<unsigned char>(s[at]) < 0x80) {
      ++at;
      continue;
    }
    const parser::utf8::Decoded d = parser::utf8::decode(s, at);
    if (!d.valid()) return false;
    at += static_cast<std::size_t>(d.length);
  }
  return true;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  if (!is_well_formed(s)) {
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                               nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20)
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
        else
          out += ch;
    }
  }
  out += '"';
}

void JsonLine::key(std::string_view name) {
  line_ += open_ ? ',' : '{';
  open_ = true;
  append_json_string(line_, name);
  line_ += ':';
}

JsonLine& JsonLine::text(std::string_view key_name, std::string_view value) {
  key(key_name);
  append_json_string(line_, value);
  return *this;
}

JsonLine& JsonLine::text_or_null(std::string_view key_name, std::string_view value) {
  if (value.empty()) {
    key(key_name);
    line_ += "null";
    return *this;
  }
  return text(key_name, value);
}

JsonLine& JsonLine::integer(std::string_view key_name, long long value) {
  key(key_name);
  fmt::format_to(std::back_inserter(line_), "{}", value);
  return *this;
}

JsonLine& JsonLine::number(std::string_view key_name, const std::optional<double>& value) {
  key(key_name);
  // nlohmann's own shortest form for doubles, so the figures read back as they did.
  line_ += json_number(value).dump();
  return *this;
}

JsonLine& JsonLine::boolean(std::string_view key_name, bool value) {
  key(key_name);
  line_ += value ? "true" : "false";
  return *this;
}

void JsonLine::end_line(std::ostream& out) {
  line_ += open_ ? "}\n" : "{}\n";
  out << line_;
  line_.clear();
  open_ = false;
}

}  // namespace figcheck::reports
