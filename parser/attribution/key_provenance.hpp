// Where a claim's entity and period came from, read back from where their names stand relative
// to the figure when the pass that chose them did not record it: a mention of the entity (or a
// time mark of the period) in the figure's clause, its sentence, its paragraph; else the article.
#pragma once

#include <span>
#include <string_view>

#include "parser/attribution/entity_mentions.hpp"
#include "parser/attribution/time_marks.hpp"
#include "parser/claim.hpp"

namespace figcheck::parser {

void infer_key_provenance(std::string_view text, std::span<Claim> claims,
                          std::span<const EntityMention> mentions, std::span<const TimeMark> marks);

}  // namespace figcheck::parser
