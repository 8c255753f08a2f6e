// Arithmetic on the intervals printed figures allow (DESIGN §5): whether two statements can both
// be true, and what a ratio of two of them allows.
#pragma once

#include <limits>
#include <optional>

#include "parser/claim.hpp"

namespace figcheck::checker {

struct Range {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
};

// The claim's interval with open ends made infinite; a claim without a value allows anything.
Range range_of(const parser::Claim& claim);

// Whether two ranges share a value; touching ends count as meeting (a rounding boundary).
bool meet(const Range& a, const Range& b);

// What part / whole allows, for positive ranges; empty when whole may be zero.
std::optional<Range> ratio(const Range& part, const Range& whole);

Range scaled(const Range& r, double factor);

}  // namespace figcheck::checker
