// The YAML files of rules/, embedded at build time so an installed figcheck works anywhere.
#pragma once

#include <string_view>
#include <vector>

namespace figcheck::checker {

struct EmbeddedFile {
  std::string_view name;  // rules/default.yaml
  std::string_view text;
};

const std::vector<EmbeddedFile>& default_pack_files();

}  // namespace figcheck::checker
