#include "parser/interval.hpp"

#include <algorithm>
#include <cmath>

namespace figcheck::parser {

double last_nonzero_place(double value, double step) {
  value = std::fabs(value);
  if (value == 0 || step <= 0) return step > 0 ? step : 1;
  double place = step;
  while (place < 1e18) {
    const double q = value / (place * 10);
    if (std::fabs(q - std::round(q)) > 1e-9 * std::max(1.0, q)) break;
    place *= 10;
  }
  return place;
}

Interval interval_for(const StatedFigure& f, const QualifierWidths& widths) {
  const double v = f.value;
  const double magnitude = std::fabs(v);
  switch (f.qualifier) {
    case Qualifier::exact:
      return {v - f.step / 2, v + f.step / 2};
    case Qualifier::over:
    case Qualifier::at_least:
      return {v, std::nullopt};
    case Qualifier::under:
    case Qualifier::at_most:
      return {std::nullopt, v};
    case Qualifier::more_than_stated: {
      const double width =
          f.more_than_width > 0 ? f.more_than_width : last_nonzero_place(v, f.step);
      return {v, v + width};
    }
    case Qualifier::nearly:
      return {v - magnitude * widths.nearly, v};
    case Qualifier::approx:
      if (f.more_than_width > 0) return {v, v + f.more_than_width};  // 十几, 二十几万
      return {v - magnitude * widths.approx, v + magnitude * widths.approx};
    case Qualifier::range:
    case Qualifier::ambiguous:
      return {};  // the caller knows both ends
  }
  return {};
}

}  // namespace figcheck::parser
