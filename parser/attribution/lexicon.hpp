// What attribution knows by name: the entities and metrics of a rule pack (DESIGN §6), in plain
// types so that the parser needs nothing from the checker that loads them.
#pragma once

#include <string>
#include <vector>

namespace figcheck::parser {

// How far a place or body reaches: 全市 refers to the nearest `city`, 该公司 to an
// `organisation` …
enum class EntityLevel { country, province, city, district, zone, organisation, other };

struct EntityEntry {
  std::string id;
  std::vector<std::string> names;  // the first is the display name
  std::string part_of;             // id of the entity this one lies in, or empty
  EntityLevel level = EntityLevel::other;
};

struct MetricEntry {
  std::string id;
  std::vector<std::string> names;
  std::string kind;  // money, count, percent …; empty when any
  // Its growth is stated at comparable prices (GDP, value added, 社会物流总额): two nominal
  // values do not give the stated rate.
  bool real_growth = false;
};

struct AttributionLexicon {
  std::vector<EntityEntry> entities;
  std::vector<MetricEntry> metrics;
};

}  // namespace figcheck::parser
