#include "cli/invocation.hpp"

namespace figcheck::cli {

namespace {

std::string& recorded() {
  static std::string command_line;
  return command_line;
}

}  // namespace

void record_invocation(int argc, const char* const* argv) {
  std::string& command_line = recorded();
  command_line.clear();
  for (int i = 0; i < argc; ++i) {
    if (i > 0) command_line += ' ';
    command_line += argv[i];
  }
}

const std::string& invocation() {
  return recorded();
}

}  // namespace figcheck::cli
