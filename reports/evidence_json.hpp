// Evidence as the JSON contract writes it (docs/output.md); the HTML report embeds the same.
#pragma once

#include <nlohmann/json.hpp>

#include "reports/evidence_view.hpp"

namespace figcheck::reports {

nlohmann::ordered_json evidence_json(const EvidenceView& view);

}  // namespace figcheck::reports
