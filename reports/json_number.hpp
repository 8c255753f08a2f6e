// Figures in JSON as people write them: whole numbers without ".0" (24130000000), others as
// the shortest double; null when there is none.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

namespace figcheck::reports {

nlohmann::ordered_json json_number(const std::optional<double>& value);

}  // namespace figcheck::reports
