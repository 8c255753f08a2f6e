#include "tests/test_support.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

namespace figcheck::test {

std::vector<std::string> TextClaims::texts() const {
  std::vector<std::string> out;
  for (const auto& c : extraction.claims) out.push_back(text.substr(c.span.begin, c.span.size()));
  return out;
}

bool TextClaims::has(std::string_view surface) const {
  for (const auto& c : extraction.claims)
    if (std::string_view(text).substr(c.span.begin, c.span.size()) == surface) return true;
  return false;
}

const parser::Claim& TextClaims::claim(std::string_view surface) const {
  for (const auto& c : extraction.claims)
    if (std::string_view(text).substr(c.span.begin, c.span.size()) == surface) return c;
  ADD_FAILURE() << "no claim with text " << surface << " in: " << text;
  static const parser::Claim none;
  return none;
}

namespace {

double fastest_cpu_seconds(const std::function<void()>& work) {
  double fastest = std::numeric_limits<double>::infinity();
  for (int run = 0; run < 5; ++run) {
    const std::clock_t start = std::clock();
    work();
    fastest = std::min(fastest, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  return fastest;
}

}  // namespace

double cost_growth(const std::function<std::function<void()>(std::size_t)>& prepare,
                   std::size_t n) {
  constexpr std::size_t kFactor = 8;
  const double small = fastest_cpu_seconds(prepare(n));
  const double large = fastest_cpu_seconds(prepare(n * kFactor));
  // A tenth of a millisecond is the floor: below it the clock's ticks and the cache decide.
  return large / std::max(small, 1e-4);
}

TextClaims extract_text(std::string text, bool all_numbers) {
  TextClaims result;
  result.text = std::move(text);
  parser::ExtractOptions options;
  options.all_numbers = all_numbers;
  result.extraction = parser::extract(result.text, options);
  return result;
}

CommandResult run_figcheck(const std::string& arguments, const std::string& launcher) {
  CommandResult result;
  // Tests run in parallel under ctest: every call gets its own file.
  static std::atomic<int> calls{0};
  const std::string err_file = testing::TempDir() + "figcheck_stderr_" +
                               std::to_string(::getpid()) + "_" + std::to_string(calls++) + ".txt";
  const std::string command = (launcher.empty() ? "" : launcher + " ") +
                              std::string(FIGCHECK_BINARY) + " " + arguments + " 2>" + err_file;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_file);
  return result;
}

std::string fixture_path(const std::string& relative) {
  return std::string(FIGCHECK_SOURCE_DIR) + "/fixtures/" + relative;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string temp_file(const std::string& name) {
  return testing::TempDir() + name + "_" + std::to_string(::getpid()) + "_" +
         testing::UnitTest::GetInstance()->current_test_info()->name();
}

ScratchDir::ScratchDir(const std::string& name) : path_(temp_file(name)) {
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::filesystem::remove_all(path_);
}

std::string ScratchDir::write(const std::string& name, const std::string& text) const {
  const std::string file = path_ + "/" + name;
  std::ofstream(file) << text;
  return file;
}

}  // namespace figcheck::test
