// libFuzzer target: arbitrary bytes as a rule-pack file. Loading must end in a pack or in
// diagnostics, never in a crash, a hang or an exception escaping.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/rule_pack.hpp"
#include "checker/yaml_source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace figcheck;
  const checker::YamlSource source("fuzz.yaml",
                                   std::string(reinterpret_cast<const char*>(data), size));
  checker::RulePack pack;
  parser::Diagnostics diagnostics;
  checker::add_to_pack(pack, source, diagnostics);
  return 0;
}
