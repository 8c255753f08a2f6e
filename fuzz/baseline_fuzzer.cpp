// libFuzzer target: arbitrary bytes as a baseline file (--baseline): the JSON reader and the
// baseline's checks must end in fingerprints or diagnostics, never in a crash or an exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/baseline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace figcheck;
  checker::Baseline baseline;
  parser::Diagnostics diagnostics;
  checker::parse_baseline(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json",
                          baseline, diagnostics);
  return 0;
}
