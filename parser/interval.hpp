// The values a printed figure allows (DESIGN §5): its stated precision, widened or opened by
// its qualifier.
#pragma once

#include "parser/claim.hpp"

namespace figcheck::parser {

// Relative widths of 近 and 约; rule packs may change them.
struct QualifierWidths {
  double nearly = 0.10;
  double approx = 0.05;
};

struct StatedFigure {
  double value = 0;
  double step = 1;             // place value of the last written digit
  double more_than_width = 0;  // 40余 -> 10
  Qualifier qualifier = Qualifier::exact;
};

Interval interval_for(const StatedFigure& figure, const QualifierWidths& widths);

// The place of the last non-zero digit (40 -> 10, 11 -> 1), never finer than `step`: how far
// "more than" reaches when the grammar did not say (三年多).
double last_nonzero_place(double value, double step);

}  // namespace figcheck::parser
