#include "parser/attribution/entity_mentions.hpp"

#include <algorithm>

#include "parser/attribution/entity_reading.hpp"
#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser {

bool level_matches(EntityLevel wanted, EntityLevel have) {
  if (wanted == have) return true;
  const auto areal = [](EntityLevel l) {
    return l == EntityLevel::district || l == EntityLevel::zone;
  };
  return areal(wanted) && areal(have);
}

EntityFinder::EntityFinder(const AttributionLexicon& lexicon) : lexicon_(lexicon) {
  for (std::size_t i = 0; i < lexicon.entities.size(); ++i) {
    by_id_.emplace(lexicon.entities[i].id, i);
    for (const std::string& name : lexicon.entities[i].names) names_.add(name, i);
  }
  const auto suffixes = words::name_suffix_rows();
  for (std::size_t i = 0; i < suffixes.size(); ++i) suffixes_.add(suffixes[i].word, i);
  const auto references = words::reference_rows();
  for (std::size_t i = 0; i < references.size(); ++i) references_.add(references[i].word, i);
  mark_word_starts(own_starts_);
}

void EntityFinder::mark_word_starts(WordStartTable& table) const {
  for (char32_t c : references_.first_characters()) table.mark(c, kEntityReference);
  for (char32_t c : names_.first_characters()) table.mark(c, kEntityName);
  for (char32_t c : suffixes_.first_characters()) table.mark(c, kEntitySuffix);
  table.mark(U'\n', kSentenceBreak);
  table.mark(U'。', kSentenceBreak);
}

std::vector<EntityMention> EntityFinder::find(std::string_view text) const {
  return find(text, own_starts_.find(text));
}

std::string_view EntityFinder::ancestor_at(std::string_view id, EntityLevel level) const {
  // The depth bound guards against a part_of cycle in a user's pack.
  for (int depth = 0; depth < 16; ++depth) {
    const auto found = by_id_.find(id);
    if (found == by_id_.end()) return {};
    const EntityEntry& entry = lexicon_.entities[found->second];
    if (level_matches(level, entry.level)) return entry.id;
    id = entry.part_of;
  }
  return {};
}

EntityFinder::GenericName EntityFinder::read_generic_name(
    std::string_view text, std::size_t at, const PhraseIndex::Match& name, std::size_t floor,
    std::span<const EntityMention> before) const {
  const auto suffix = suffixes_.match_at(text, at);
  if (!suffix || suffix->length != name.length) return {};
  // 国家高新区, 12家高新区, 各经开区: a kind of zone, not one.
  if (!words::word_ending(words::WordClass::kind_of_zone_lead, text.substr(0, at)).empty())
    return {GenericName::Reading::kind_of_body};
  const std::size_t end = at + name.length;
  const auto begin =
      surface_name_begin(text, at, end, words::name_suffix_rows()[suffix->entry], floor, before);
  if (!begin || *begin >= at) return {};
  // 安平市高新区: the pack's own place written before its zone.
  if (!before.empty() && before.back().span.begin <= *begin && before.back().span.end >= at) {
    const EntityMention& place = before.back();
    const std::string_view pack_id = lexicon_.entities[name.entry].id;
    if (ancestor_at(pack_id, place.level) == place.id) return {};
  }
  return {GenericName::Reading::end_of_another_name, *begin};
}

}  // namespace figcheck::parser
