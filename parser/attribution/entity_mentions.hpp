// Who a text talks about, in text order: names from the lexicon (a pack's 某某高新区, 高新区),
// surface names of bodies and places not in it (…公司, …药业, …研究所, …新区), aliases an article
// defines ((以下简称“某某”)), and references (该高新区, 全市, 全省) resolved to the nearest entity
// of the matching level or to an ancestor of it through `part_of`.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/attribution/lexicon.hpp"
#include "parser/attribution/word_starts.hpp"
#include "parser/claim.hpp"
#include "parser/phrase_index.hpp"

namespace figcheck::parser {

struct EntityMention {
  ByteSpan span;
  // The lexicon id, or the surface name for bodies not in the lexicon: a view into the lexicon
  // or into the text searched, both of which outlive the mentions.
  std::string_view id;
  EntityLevel level = EntityLevel::other;
  bool comparison_base = false;  // 占全省, 比上年: named as a whole or a base, not a subject
  bool scope = false;  // 全省, 全国: "across the province" more often than the province itself
  // 在全省推广, 某省专精特新企业, “某省十佳…”: a place that says where or whose label,
  // not who the sentence is about.
  bool qualifier = false;

  [[nodiscard]] bool may_be_subject() const { return !comparison_base && !qualifier; }
};

class EntityFinder {
 public:
  explicit EntityFinder(const AttributionLexicon& lexicon);

  // Every mention in `text` (one document), references resolved, in text order.
  [[nodiscard]] std::vector<EntityMention> find(std::string_view text) const;

  // The same from the word starts of `text` that a table marked by mark_word_starts found (so
  // one pass over the text serves several scans).
  [[nodiscard]] std::vector<EntityMention> find(std::string_view text,
                                                std::span<const WordStart> starts) const;

  // Marks the first characters of names, suffixes and references, and the sentence breaks.
  void mark_word_starts(WordStartTable& table) const;

  // The entity's ancestor (or itself) at `level`, following part_of; empty when none.
  [[nodiscard]] std::string_view ancestor_at(std::string_view id, EntityLevel level) const;

 private:
  // How a pack name that is also a generic word (高新区, 经开区) reads where it is written.
  struct GenericName {
    enum class Reading {
      pack_entity,          // 高新区 alone, or after the pack's own city: the pack's zone
      end_of_another_name,  // 某某高新区 of another city: another zone, named from `begin`
      kind_of_body,         // 国家高新区, 12家高新区: a kind of zone, no entity
    };
    Reading reading = Reading::pack_entity;
    std::size_t begin = 0;
  };
  [[nodiscard]] GenericName read_generic_name(std::string_view text, std::size_t at,
                                              const PhraseIndex::Match& name, std::size_t floor,
                                              std::span<const EntityMention> before) const;

  class Scan;  // one document's scan (mention_scan.cpp)

  const AttributionLexicon& lexicon_;
  PhraseIndex names_;       // entries: index into lexicon_.entities
  PhraseIndex suffixes_;    // entries: index into words::name_suffix_rows()
  PhraseIndex references_;  // entries: index into words::reference_rows()
  std::unordered_map<std::string_view, std::size_t> by_id_;

  WordStartTable own_starts_;  // for find(text): the lists above and sentence breaks
};

}  // namespace figcheck::parser
