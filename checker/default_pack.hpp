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

// data/places/places.tsv in pieces of a few hundred lines (each literal stays under the 64 KB a
// compiler must accept), comment lines left out.
const std::vector<std::string_view>& default_places_chunks();

}  // namespace figcheck::checker
