#include "checker/corpus_claims.hpp"

#include "checker/claim_key.hpp"

namespace figcheck::checker {

std::span<const parser::Claim> sentence_claims(const Article& article, std::size_t index) {
  const std::span<const parser::Claim> claims = article.claims;
  const parser::ByteSpan sentence = claims[index].sentence;
  std::size_t first = index;
  while (first > 0 && claims[first - 1].span.begin >= sentence.begin) --first;
  std::size_t last = index + 1;
  while (last < claims.size() && claims[last].span.begin < sentence.end) ++last;
  return claims.subspan(first, last - first);
}

CorpusClaims::CorpusClaims(std::vector<Article> articles) : articles_(std::move(articles)) {
  std::vector<HashedItem> keys;
  for (const Article& article : articles_) {
    for (const parser::Claim& claim : article.claims) {
      if (has_full_key(claim))
        keys.push_back({claim_key_hash(claim), static_cast<std::uint32_t>(claims_.size())});
      claims_.push_back({article.document, &claim});
    }
  }
  const auto groups = group_by_key(keys, false);
  grouped_.reserve(keys.size());
  key_groups_.reserve(groups.size());
  group_of_key_.reserve(groups.size());
  for (const auto& group : groups) {
    const std::size_t begin = grouped_.size();
    for (const HashedItem& member : group) grouped_.push_back(claims_[member.item]);
    group_of_key_.emplace(group.front().key, static_cast<std::uint32_t>(key_groups_.size()));
    key_groups_.emplace_back(grouped_.data() + begin, group.size());
  }
}

std::span<const ClaimRef> CorpusClaims::with_key(std::string_view key) const {
  const auto found = group_of_key_.find(key_hash(key));
  if (found == group_of_key_.end()) return {};
  return key_groups_[found->second];
}

}  // namespace figcheck::checker
