// libFuzzer target: arbitrary bytes as a .figcheck.yaml: YAML checks and the configuration's keys
// must end in settings or diagnostics, never in a crash, a hang or an exception escaping.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/yaml_source.hpp"
#include "cli/project_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace figcheck;
  const checker::YamlSource source(".figcheck.yaml",
                                   std::string(reinterpret_cast<const char*>(data), size));
  parser::Diagnostics diagnostics;
  (void)cli::parse_project_config(source, "corpus", diagnostics);
  return 0;
}
