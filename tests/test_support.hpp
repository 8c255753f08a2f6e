// Helpers shared by the tests: extract from a string, find a claim by its text, run the binary.
#pragma once

#include <cstddef>
#include <functional>
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

// Costs that must stay linear in the size of one article: `prepare(n)` builds an input of size n
// and returns the work to time on it. The result is the CPU time of the work at 8n over that at
// n (the fastest of five runs each): about 8 for a linear cost, 64 for a quadratic one.
double cost_growth(const std::function<std::function<void()>(std::size_t)>& prepare, std::size_t n);
// Well above linear (8, or 10 with a logarithm), well below quadratic (64): machine noise does
// not reach it, a walk over the whole input per item does.
constexpr double kLinearGrowthBound = 32;

std::string fixture_path(const std::string& relative);
std::string read_file(const std::string& path);

// A path under the test temporary folder, unique to this process and test.
std::string temp_file(const std::string& name);

// A folder of articles written for one test, removed when the test ends (also when it fails).
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // Writes `text` to the file `name` in the folder; returns its path.
  std::string write(const std::string& name, const std::string& text) const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace figcheck::test
