// The command line figcheck was started with, for the reports that record their run (SARIF's
// invocations). Recorded once, by main, before the command runs.
#pragma once

#include <string>

namespace figcheck::cli {

void record_invocation(int argc, const char* const* argv);

// The arguments joined by spaces; empty before record_invocation.
const std::string& invocation();

}  // namespace figcheck::cli
