#include "reports/report.hpp"

namespace figcheck::reports {

bool fails(const Report& report, const checker::Finding& finding) {
  return report.fail_at.has_value() && finding.severity >= *report.fail_at;
}

std::array<std::size_t, 3> count_by_severity(std::span<const checker::Finding> findings) {
  std::array<std::size_t, 3> counts{};
  for (const checker::Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
  return counts;
}

}  // namespace figcheck::reports
