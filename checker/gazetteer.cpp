#include "checker/gazetteer.hpp"

#include <unordered_set>
#include <vector>

#include "checker/default_pack.hpp"

namespace figcheck::checker {

namespace {

// The fields of `line` between `separator`s.
std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  for (std::size_t begin = 0;;) {
    const std::size_t end = line.find(separator, begin);
    fields.push_back(line.substr(begin, end - begin));
    if (end == std::string_view::npos) return fields;
    begin = end + 1;
  }
}

// id, level, part_of, names: one place of the table.
void add_place(std::string_view line, RulePack& pack, std::unordered_set<std::string>& ids) {
  constexpr std::size_t kFields = 4;
  const std::vector<std::string_view> fields = split(line, '\t');
  if (fields.size() != kFields || fields[0].empty() || ids.contains(std::string(fields[0]))) return;
  parser::EntityEntry entry{
      std::string(fields[0]), {}, std::string(fields[2]), entity_level_named(fields[1])};
  for (std::string_view name : split(fields[3], '|'))
    if (!name.empty()) entry.names.emplace_back(name);
  if (entry.names.empty()) return;
  ids.insert(entry.id);
  pack.lexicon.entities.push_back(std::move(entry));
}

}  // namespace

parser::EntityLevel entity_level_named(std::string_view name) {
  using parser::EntityLevel;
  if (name == "country") return EntityLevel::country;
  if (name == "province") return EntityLevel::province;
  if (name == "city") return EntityLevel::city;
  if (name == "district") return EntityLevel::district;
  if (name == "zone") return EntityLevel::zone;
  if (name == "organisation") return EntityLevel::organisation;
  return EntityLevel::other;
}

void add_gazetteer(RulePack& pack) {
  std::unordered_set<std::string> ids;
  for (const parser::EntityEntry& e : pack.lexicon.entities) ids.insert(e.id);
  for (std::string_view chunk : default_places_chunks()) {
    for (std::string_view line : split(chunk, '\n'))
      if (!line.empty() && !line.starts_with('#')) add_place(line, pack, ids);
  }
}

}  // namespace figcheck::checker
