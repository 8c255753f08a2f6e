// JSON read with nlohmann/json and no exception: a syntax error, a number too large for a double
// (9e515), or any other error of the library comes back as a byte offset and a message, so that
// a reader reports it at its line and column and goes on. The members of the top-level object are
// located, for messages that point at a value and for numbers quoted as they were written.
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck::parser {

struct JsonError {
  std::size_t offset;  // byte of the text where the error is
  std::string message;
};

struct ParsedJson {
  nlohmann::json value;  // discarded (is_discarded()) after an error
  std::optional<JsonError> error;
  // Byte offset of each member's value in the top-level object.
  std::map<std::string, std::size_t, std::less<>> member_offsets;
};

ParsedJson parse_json(std::string_view text);

// The JSON number that starts at `offset` of `text`, as written: 18446744073709551615, -0.50,
// 1e400 (nlohmann keeps a value, not its text).
std::string_view number_text(std::string_view text, std::size_t offset);

}  // namespace figcheck::parser
