#include "reports/claim_record.hpp"

#include <fmt/format.h>

#include <cmath>

#include "checker/claim_key.hpp"

namespace figcheck::reports {

std::string unit_text(const parser::Claim& claim) {
  return checker::unit_family(claim);
}

std::string number_text(double value) {
  if (std::isfinite(value) && std::fabs(value) < 9007199254740992.0 && value == std::trunc(value)) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return fmt::format("{}", value);
}

}  // namespace figcheck::reports
