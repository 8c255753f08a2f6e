// Regions of an article where the editor has switched rules off:
//   .md:  <!-- figcheck-disable RULE… -->  …  <!-- figcheck-enable -->
//         <!-- figcheck-disable-next-line RULE… --> before a line, for that line
//         text … <!-- figcheck-disable-line RULE… --> at a line's end, for that line
//   .txt: a line "figcheck-disable RULE…"  …  a line "figcheck-enable"
// With no rule ids, every rule is off. A region without an enable runs to the file's end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parser/claim.hpp"

namespace figcheck::checker {

struct Suppression {
  parser::ByteSpan span;
  std::vector<std::string> rules;  // empty: all rules
  std::size_t marker = 0;          // where its figcheck-disable line starts

  [[nodiscard]] bool covers(std::size_t offset, std::string_view rule) const;
};

std::vector<Suppression> find_suppressions(std::string_view text);

}  // namespace figcheck::checker
