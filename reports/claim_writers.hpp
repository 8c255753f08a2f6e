// `figcheck extract` output: JSON Lines (one claim a line), CSV (same columns) and a table.
#pragma once

#include <ostream>
#include <span>

#include "reports/claim_record.hpp"

namespace figcheck::reports {

void write_claims_jsonl(std::ostream& out, std::span<const ClaimRecord> claims);
void write_claims_csv(std::ostream& out, std::span<const ClaimRecord> claims);
void write_claims_table(std::ostream& out, std::span<const ClaimRecord> claims);

}  // namespace figcheck::reports
