#include "checker/rules/interval_math.hpp"

#include <algorithm>
#include <cmath>

namespace figcheck::checker {

Range range_of(const parser::Claim& claim) {
  Range r;
  if (claim.interval.low) r.low = *claim.interval.low;
  if (claim.interval.high) r.high = *claim.interval.high;
  if (!claim.interval.low && !claim.interval.high && claim.value &&
      claim.qualifier == parser::Qualifier::exact) {
    r.low = r.high = *claim.value;
  }
  return r;
}

bool meet(const Range& a, const Range& b) {
  // A relative slack of 1e-9 absorbs the binary rounding of decimal figures.
  const auto slack = [](double x) { return std::isfinite(x) ? std::fabs(x) * 1e-9 : 0.0; };
  return a.low <= b.high + slack(b.high) && b.low <= a.high + slack(a.high);
}

std::optional<Range> ratio(const Range& part, const Range& whole) {
  if (!(whole.low > 0) || part.low < 0) return std::nullopt;
  return Range{part.low / whole.high, part.high / whole.low};
}

Range scaled(const Range& r, double factor) {
  Range out{r.low * factor, r.high * factor};
  if (factor < 0) std::swap(out.low, out.high);
  return out;
}

}  // namespace figcheck::checker
