#include "reports/evidence_json.hpp"

#include "reports/claim_record.hpp"
#include "reports/json_number.hpp"

namespace figcheck::reports {

nlohmann::ordered_json evidence_json(const EvidenceView& v) {
  const parser::Claim* claim = v.claim;
  nlohmann::ordered_json j;
  j["file"] = v.file;
  j["line"] = v.line;
  j["column"] = v.column;
  j["end_line"] = v.end_line;
  j["end_column"] = v.end_column;
  j["text"] = v.text;
  j["sentence"] = v.sentence;
  j["value"] = claim ? json_number(claim->value) : nullptr;
  j["unit"] = claim ? nlohmann::ordered_json(unit_text(*claim)) : nullptr;
  j["entity"] = claim ? json_text_or_null(claim->entity) : nullptr;
  j["metric"] = claim ? json_text_or_null(claim->metric) : nullptr;
  j["period"] = claim ? json_text_or_null(claim->period) : nullptr;
  return j;
}

}  // namespace figcheck::reports
