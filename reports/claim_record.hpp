// One extracted claim with where it stands: what `figcheck extract` prints in every format.
#pragma once

#include <string>

#include "parser/claim.hpp"
#include "parser/document.hpp"

namespace figcheck::reports {

struct ClaimRecord {
  const parser::Document* document;
  const parser::Claim* claim;
};

// "CNY/share" for 元/股, otherwise the unit as it is.
std::string unit_text(const parser::Claim& claim);

// The shortest decimal text that reads back as `value`, without exponent for integers up to
// 2^53 (24130000000, not 2.413e+10), so spreadsheets and diffs show figures as written.
std::string number_text(double value);

}  // namespace figcheck::reports
