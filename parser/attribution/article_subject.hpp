// Whom an article is about as a whole: the name its lead or headline states ("X：…"), else the
// entity it names most often. Figures whose own sentence and paragraph name nobody take it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parser/attribution/entity_mentions.hpp"
#include "parser/claim.hpp"

namespace figcheck::parser {

struct ArticleSubject {
  std::string id;
  // subject: stated by a "X：" lead or the headline; prevailing: the most frequent; none.
  EntitySource source = EntitySource::none;
};

// A headline that opens with a short name and a colon, the name written again in the article
// (某某股份：…, then 某某股份公告…): the name. Empty for a label (观察：) or a figure.
std::string_view headline_subject(std::string_view text);

// The subject of an article whose mentions are `mentions`. When the headline's name is it,
// `mentions` become mentions of that name wherever the article writes it (name_everywhere).
ArticleSubject article_subject(std::string_view text, std::vector<EntityMention>& mentions);

}  // namespace figcheck::parser
