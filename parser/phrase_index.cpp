#include "parser/phrase_index.hpp"

#include <algorithm>

#include "parser/utf8.hpp"

namespace figcheck::parser {

void PhraseIndex::add(std::string_view name, std::size_t entry) {
  if (name.empty()) return;
  const utf8::Decoded first = utf8::decode(name, 0);
  if (!first.valid()) return;
  if (first.code_point < 0x10000) first_in_bmp_.set(first.code_point);
  std::vector<Name>& names = by_first_[first.code_point];
  const auto longer = [](const Name& a, const Name& b) { return a.text.size() > b.text.size(); };
  Name added{std::string(name), entry};
  names.insert(std::upper_bound(names.begin(), names.end(), added, longer), std::move(added));
}

std::optional<PhraseIndex::Match> PhraseIndex::match_at(std::string_view text,
                                                        std::size_t offset) const {
  if (offset >= text.size()) return std::nullopt;
  const utf8::Decoded first = utf8::decode(text, offset);
  if (!first.valid()) return std::nullopt;
  if (first.code_point < 0x10000 && !first_in_bmp_.test(first.code_point)) return std::nullopt;
  const auto found = by_first_.find(first.code_point);
  if (found == by_first_.end()) return std::nullopt;
  const std::string_view rest = text.substr(offset);
  for (const Name& name : found->second) {
    if (rest.starts_with(name.text)) return Match{name.text.size(), name.entry};
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, PhraseIndex::Match>> PhraseIndex::first_match(
    std::string_view text) const {
  for (std::size_t at = 0; at < text.size();) {
    const utf8::Decoded d = utf8::decode(text, at);
    if (d.valid() && may_start(d.code_point)) {
      if (auto match = match_at(text, at)) return std::pair{at, *match};
    }
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, PhraseIndex::Match>> PhraseIndex::last_match(
    std::string_view text, std::size_t begin, std::size_t end) const {
  std::optional<std::pair<std::size_t, Match>> last;
  end = std::min(end, text.size());
  const std::string_view bounded = text.substr(0, end);
  for (std::size_t at = begin; at < end;) {
    if (auto match = match_at(bounded, at)) {
      last = {at, *match};
      at += match->length;
      continue;
    }
    const utf8::Decoded d = utf8::decode(text, at);
    at += static_cast<std::size_t>(std::max(d.length, 1));
  }
  return last;
}

}  // namespace figcheck::parser
