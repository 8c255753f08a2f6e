// The JSON Lines writer's strings and numbers against nlohmann's dump of the same values: the
// claims a user pipes through jq must read the same whichever writer made them.
#include "reports/json_line.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace figcheck::reports {
namespace {

std::string nlohmann_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonLine, StringsAreEscapedAsNlohmannDoes) {
  const std::string samples[] = {
      "",
      "长春高新区241.3亿元",
      "quote \" backslash \\ slash /",
      std::string("controls \x01\x08\x09\x0a\x0b\x0c\x0d\x1f \x7f end"),
      std::string("a NUL \0 inside", 14),
      "four bytes 𠀋 and 🙂",
      "ill-formed \xff\xfe and cut \xe4\xb8",
      "surrogate \xed\xa0\x80 overlong \xc0\xaf",
  };
  for (const std::string& s : samples) {
    std::string ours;
    append_json_string(ours, s);
    EXPECT_EQ(ours, nlohmann_string(s)) << s;
  }
}

TEST(JsonLine, AnObjectReadsAsNlohmannWritesIt) {
  std::ostringstream out;
  JsonLine line;
  line.text("file", "a.txt")
      .integer("line", 3)
      .number("value", 24130000000.0)
      .number("low", 10.049999999999999)
      .number("none", std::nullopt)
      .text_or_null("entity", "")
      .boolean("out_of_range", true);
  line.end_line(out);
  line.text("second", "x").end_line(out);
  nlohmann::ordered_json j;
  j["file"] = "a.txt";
  j["line"] = 3;
  j["value"] = 24130000000LL;
  j["low"] = 10.049999999999999;
  j["none"] = nullptr;
  j["entity"] = nullptr;
  j["out_of_range"] = true;
  EXPECT_EQ(out.str(), j.dump() + "\n{\"second\":\"x\"}\n");
}

}  // namespace
}  // namespace figcheck::reports
