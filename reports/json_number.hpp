// Figures in JSON as people write them: whole numbers without ".0" (24130000000), others as
// the shortest double; null when there is none.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace figcheck::reports {

nlohmann::ordered_json json_number(const std::optional<double>& value);

// A text, or null when it is empty (a claim without entity, metric or period).
nlohmann::ordered_json json_text_or_null(const std::string& text);

}  // namespace figcheck::reports
