#include "reports/json_number.hpp"

#include <cmath>

namespace figcheck::reports {

nlohmann::ordered_json json_number(const std::optional<double>& value) {
  if (!value) return nullptr;
  const double v = *value;
  // Below 2^53 a whole double is exactly a 64-bit integer.
  if (std::fabs(v) < 9007199254740992.0 && v == std::trunc(v)) return static_cast<long long>(v);
  return v;
}

nlohmann::ordered_json json_text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

}  // namespace figcheck::reports
