#include "checker/corpus_claims.hpp"

#include <algorithm>

#include "checker/claim_key.hpp"

namespace figcheck::checker {

std::span<const parser::Claim> claims_within(const Article& article, parser::ByteSpan span) {
  const auto starts_before = [](const parser::Claim& c, std::size_t at) {
    return c.span.begin < at;
  };
  const auto first =
      std::lower_bound(article.claims.begin(), article.claims.end(), span.begin, starts_before);
  const auto last = std::lower_bound(first, article.claims.end(), span.end, starts_before);
  return {first, last};
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
