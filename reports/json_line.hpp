// One JSON object written field by field into a string: the JSON Lines writers emit millions of
// small objects, where building an nlohmann object per line costs more than the extraction. The
// output is byte for byte what nlohmann's dump(-1, ' ', false, replace) gives for the same
// fields in the same order.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace figcheck::reports {

class JsonLine {
 public:
  JsonLine& text(std::string_view key, std::string_view value);
  // null when `value` is empty.
  JsonLine& text_or_null(std::string_view key, std::string_view value);
  JsonLine& integer(std::string_view key, long long value);
  // As json_number(): whole numbers without ".0", null when there is none.
  JsonLine& number(std::string_view key, const std::optional<double>& value);
  JsonLine& boolean(std::string_view key, bool value);

  // Writes the object, closed, and a line break to `out`; the next field starts a new object.
  void end_line(std::ostream& out);

 private:
  void key(std::string_view name);

  std::string line_;
  bool open_ = false;
};

// `s` as a JSON string, quotes included, appended to `out`: UTF-8 kept, control characters
// escaped, ill-formed bytes replaced as nlohmann's error_handler_t::replace does.
void append_json_string(std::string& out, std::string_view s);

}  // namespace figcheck::reports
