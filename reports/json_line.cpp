#include "reports/json_line.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "parser/utf8.hpp"
#include "reports/json_number.hpp"

namespace figcheck::reports {

void append_json_string(std::string& out, std::string_view s) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes copied as they are
  for (std::size_t at = 0; at < s.size();) {
    const auto c = static_cast<unsigned char>(s[at]);
    if (c >= 0x80) {
      const parser::utf8::Decoded d = parser::utf8::decode(s, at);
      if (!d.valid()) {
        // Ill-formed bytes are replaced as nlohmann's error_handler_t::replace does.
        out.resize(start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                   nlohmann::json::error_handler_t::replace);
        return;
      }
      at += static_cast<std::size_t>(d.length);
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++at;
      continue;
    }
    out.append(s.data() + run, at - run);
    run = ++at;
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
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    }
  }
  out.append(s.data() + run, s.size() - run);
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
  // Below 2^53 a whole double is exactly a 64-bit integer (as json_number() writes it); other
  // figures take nlohmann's own shortest form, so that they read back as they did.
  constexpr double kExactIntegers = 9007199254740992.0;
  if (value && std::fabs(*value) < kExactIntegers && *value == std::trunc(*value))
    fmt::format_to(std::back_inserter(line_), "{}", static_cast<long long>(*value));
  else
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
