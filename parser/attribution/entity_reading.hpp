// The readings EntityFinder makes of the words around a name (entity_mentions.cpp): where a
// surface name starts (surface_names.cpp), and whether a mention is a base, a qualifier or part
// of another name rather than a subject (mention_roles.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "parser/attribution/entity_mentions.hpp"
#include "parser/attribution/words/name_rows.hpp"

namespace figcheck::parser {

// entity_mentions.cpp
// Whether a reference to `wanted` (全区) may mean an entity at level `have`: districts and
// zones stand for each other.
bool level_matches(EntityLevel wanted, EntityLevel have);

// surface_names.cpp
// Where the name ending in the suffix at [suffix_begin, suffix_end) starts; nullopt when it is
// no name. `mentions` are those found before the suffix; `floor` is as far back as it may reach.
std::optional<std::size_t> surface_name_begin(std::string_view text, std::size_t suffix_begin,
                                              std::size_t suffix_end,
                                              const words::NameSuffixRow& suffix, std::size_t floor,
                                              std::span<const EntityMention> mentions);
// The alias an article defines right after a name: (以下简称“某某”) → 某某.
std::optional<std::string_view> defined_alias(std::string_view text, std::size_t name_end);

// mention_roles.cpp
// A place named as the whole of a share or the base of a comparison (占全省, 比全国).
bool is_comparison_base(std::string_view text, std::size_t at);
// A mention that qualifies rather than acts: where (在全省推广), first where (全国首个),
// whose label (某省专精特新企业), a source (据…统计), a word of a quoted title, an example of
// a category. `representative` is where the next 为代表 at or after the mention is, or npos.
bool is_qualifier(std::string_view text, ByteSpan span, EntityLevel level, bool scope,
                  std::size_t representative);
// A place name that opens a product's (某某一号 satellites), a company's (某地某某科技) or a
// medium's name (某省日报) is no mention of the place.
bool names_a_product(std::string_view text, std::size_t end);
bool names_a_company(std::string_view text, std::size_t end);
bool names_a_medium(std::string_view text, std::size_t end);
// A place name that opens a standard time (某城时间) is a clock, not the place.
bool names_a_clock(std::string_view text, std::size_t end);

}  // namespace figcheck::parser
