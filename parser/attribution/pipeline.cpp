#include "parser/attribution/pipeline.hpp"

#include <array>

#include "parser/attribution/passes.hpp"

namespace figcheck::parser {

namespace {

// Entity and period read only the document; metric reads the period (a change's base year,
// a 分别 list of years) and earlier claims' metrics; modality reads the period before an
// undated figure is given its article's date; narrowing reads the whole key.
constexpr std::array kPipeline{
    AttributionPass{"entity", attribute_entities},
    AttributionPass{"period", attribute_periods},
    AttributionPass{"metric", attribute_metrics},
    AttributionPass{"modality", attribute_modality},
    AttributionPass{"provenance", infer_missing_provenance},
    AttributionPass{"narrowing", narrow_keys},
    AttributionPass{"traits", attribute_traits},
    AttributionPass{"relations", relate_figures},
};

}  // namespace

std::span<const AttributionPass> attribution_pipeline() {
  return kPipeline;
}

void run_attribution_pipeline(AnnotatedDocument& document) {
  for (const AttributionPass& pass : kPipeline) pass.run(document);
}

}  // namespace figcheck::parser
