// The ordered list of attribution passes (passes.hpp), in one place.
#pragma once

#include <span>
#include <string_view>

#include "parser/attribution/annotated_document.hpp"

namespace figcheck::parser {

struct AttributionPass {
  std::string_view name;
  void (*run)(AnnotatedDocument& document);
};

// In the order they run.
std::span<const AttributionPass> attribution_pipeline();

void run_attribution_pipeline(AnnotatedDocument& document);

}  // namespace figcheck::parser
