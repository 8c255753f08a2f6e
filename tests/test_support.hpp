// Helpers shared by the tests: extract from a string, find a claim by its text, run the binary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parser/extract.hpp"

namespace figcheck::test {

struct TextClaims {
  std::string text;
  parser::Extraction extraction;
  // The claims' texts, in order.
  [[nodiscard]] std::vector<std::string> texts() const;
  // The claim whose text is `surface`; fails the test when there is none.
  [[nodiscard]] const parser::Claim& claim(std::string_view surface) const;
  [[nodiscard]] bool has(std::string_view surface) const;
};

TextClaims extract_text(std::string text, bool all_numbers = false);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs the figcheck binary with `arguments` (shell-quoted by the caller), through `launcher`
// when one is given (a command such as setpriv that runs it as another user).
CommandResult run_figcheck(const std::string& arguments, const std::string& launcher = "");

std::string fixture_path(const std::string& relative);
std::string read_file(const std::string& path);

}  // namespace figcheck::test
