// One scan of a document for entity mentions: EntityFinder::find.
#include <algorithm>
#include <memory>

#include "parser/attribution/entity_reading.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

class EntityFinder::Scan {
 public:
  Scan(const EntityFinder& finder, std::string_view text, std::span<const WordStart> starts)
      : finder_(finder), text_(text), starts_(starts) {}

  std::vector<EntityMention> run() {
    for (std::size_t at = 0;;) {
      std::uint8_t kinds = 0;
      if (!next_candidate(at, kinds)) break;
      const utf8::Decoded here = utf8::decode(text_, at);
      const std::size_t length = static_cast<std::size_t>(std::max(here.length, 1));
      if (aliases_ && here.valid()) kinds = finder_.own_starts_.kinds_of(here.code_point);
      if ((kinds & kSentenceBreak) != 0) floor_ = at;
      if (((kinds & kEntityReference) != 0 && read_reference(at)) ||
          (aliases_ && here.valid() && aliases_->may_start(here.code_point) && read_alias(at)) ||
          ((kinds & kEntityName) != 0 && read_lexicon_name(at)) ||
          ((kinds & kEntitySuffix) != 0 && read_surface_name(at)))
        continue;
      at += length;
    }
    return std::move(mentions_);
  }

 private:
  // Moves `at` to the next marked start; once the article has defined an alias (rare), any
  // character may start one, so from there every character is visited. False at the end.
  bool next_candidate(std::size_t& at, std::uint8_t& kinds) {
    if (aliases_) return at < text_.size();
    while (next_start_ < starts_.size() && starts_[next_start_].offset < at) ++next_start_;
    if (next_start_ == starts_.size()) return false;
    at = starts_[next_start_].offset;
    kinds = starts_[next_start_].kinds;
    return true;
  }

  // Where the next 为代表 is: mentions come in text order, so one forward search serves all.
  std::size_t representative_after(std::size_t at) {
    if (!searched_ || (representative_ != std::string_view::npos && representative_ < at)) {
      representative_ = text_.find("为代表", at);
      searched_ = true;
    }
    return representative_;
  }

  void add_mention(EntityMention mention) {
    // A longer name swallows names nested in it (a city's name inside a company's).
    while (!mentions_.empty() && mentions_.back().span.begin >= mention.span.begin)
      mentions_.pop_back();
    if (auto alias = defined_alias(text_, mention.span.end)) {
      // Most articles define no alias: the index (and its bitsets) is made for the first one.
      if (!aliases_) aliases_ = std::make_unique<PhraseIndex>();
      aliases_->add(*alias, alias_targets_.size());
      alias_targets_.push_back(mention);
    }
    mention.comparison_base = is_comparison_base(text_, mention.span.begin);
    mention.qualifier = is_qualifier(text_, mention.span, mention.level, false,
                                     representative_after(mention.span.end));
    mentions_.push_back(std::move(mention));
  }

  // The nearest mention of that level or lying in one: a company lies in no city the lexicon
  // knows; a zone lies in its city through part_of.
  std::optional<EntityMention> resolve(EntityLevel level) const {
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (level_matches(level, it->level)) return *it;
      if (const std::string_view up = finder_.ancestor_at(it->id, level); !up.empty())
        return EntityMention{{}, up, level};
    }
    return std::nullopt;
  }

  // The pack's entity whose name is the `length` bytes at `at`, if any. 我国 where the pack
  // lists it as a name of its home country is that country, not the nearest country named
  // before; 全国 stays a reference that falls back on the pack's name when nothing resolves it.
  std::optional<EntityMention> pack_name(std::size_t at, std::size_t length) const {
    const auto name = finder_.names_.match_at(text_, at);
    if (!name || name->length != length) return std::nullopt;
    const EntityEntry& entry = finder_.lexicon_.entities[name->entry];
    return EntityMention{{}, entry.id, entry.level};
  }

  // 该区, 全市, 我国: resolved to the entity meant.
  bool read_reference(std::size_t& at) {
    const auto reference = finder_.references_.match_at(text_, at);
    const bool scope = text_.substr(at).starts_with("全");
    if (!reference || (pack_name(at, reference->length) && !scope)) return false;
    const ByteSpan span{at, at + reference->length};
    // 全国重点实验室 names a category of labs, not the country.
    if (!text_.substr(span.end).starts_with("重点")) {
      const words::ReferenceRow& row = words::reference_rows()[reference->entry];
      auto target = resolve(row.level);
      if (!target) target = pack_name(at, reference->length);
      if (target)
        mentions_.push_back(
            {span, target->id, target->level, is_comparison_base(text_, at), scope,
             is_qualifier(text_, span, target->level, scope, representative_after(span.end))});
    }
    at = floor_ = span.end;
    return true;
  }

  bool read_alias(std::size_t& at) {
    const auto alias = aliases_->match_at(text_, at);
    if (!alias) return false;
    const EntityMention& target = alias_targets_[alias->entry];
    add_mention({{at, at + alias->length}, target.id, target.level});
    at = floor_ = at + alias->length;
    return true;
  }

  // Whether the lexicon name at `at` is no mention of its entity: 其中国家级 is 其中 + 国家级;
  // a product (某某一号), a company (a place and a brand and a trade) or a medium.
  bool is_part_of_another_word(std::size_t at, const PhraseIndex::Match& name) const {
    const std::size_t end = at + name.length;
    if (at >= 3 && text_.substr(at - 3, 3) == "其") return true;
    if (names_a_product(text_, end) || names_a_clock(text_, end)) return true;
    // A company's name opens with a place, not with a zone or a body that has a name of its own.
    const EntityLevel level = finder_.lexicon_.entities[name.entry].level;
    if (level != EntityLevel::zone && level != EntityLevel::organisation &&
        names_a_company(text_, end))
      return true;
    return names_a_medium(text_, end);
  }

  bool read_lexicon_name(std::size_t& at) {
    const auto name = finder_.names_.match_at(text_, at);
    if (!name || is_part_of_another_word(at, *name)) return false;
    const EntityEntry& entry = finder_.lexicon_.entities[name->entry];
    const std::size_t end = at + name->length;
    switch (const GenericName generic =
                finder_.read_generic_name(text_, at, *name, floor_, mentions_);
            generic.reading) {
      case GenericName::Reading::kind_of_body:
        break;
      case GenericName::Reading::end_of_another_name:
        add_mention(
            {{generic.begin, end}, text_.substr(generic.begin, end - generic.begin), entry.level});
        break;
      case GenericName::Reading::pack_entity:
        add_mention({{at, end}, entry.id, entry.level});
        break;
    }
    at = end;
    return true;
  }

  bool read_surface_name(std::size_t& at) {
    const auto suffix = finder_.suffixes_.match_at(text_, at);
    if (!suffix) return false;
    const words::NameSuffixRow& row = words::name_suffix_rows()[suffix->entry];
    const std::size_t end = at + suffix->length;
    const auto begin = surface_name_begin(text_, at, end, row, floor_, mentions_);
    // “宜居宜业 美丽新区”: a slogan ends with the suffix, no body is named.
    if (!begin || (text_.substr(end).starts_with("”") && !text_.substr(0, *begin).ends_with("“")))
      return false;
    add_mention({{*begin, end}, text_.substr(*begin, end - *begin), row.level});
    at = end;
    return true;
  }

  const EntityFinder& finder_;
  std::string_view text_;
  std::span<const WordStart> starts_;
  std::vector<EntityMention> mentions_;
  std::unique_ptr<PhraseIndex> aliases_;  // a std::optional would zero 16 KB on every scan
  std::vector<EntityMention> alias_targets_;
  std::size_t representative_ = 0;
  bool searched_ = false;
  std::size_t floor_ = 0;  // names never reach back over an earlier mention's start
  std::size_t next_start_ = 0;
};

std::vector<EntityMention> EntityFinder::find(std::string_view text,
                                              std::span<const WordStart> starts) const {
  return Scan(*this, text, starts).run();
}

}  // namespace figcheck::parser
