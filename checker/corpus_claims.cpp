#include "checker/corpus_claims.hpp"

#include "checker/claim_key.hpp"

namespace figcheck::checker {

CorpusClaims::CorpusClaims(std::vector<Article> articles) : articles_(std::move(articles)) {
  for (const Article& article : articles_) {
    for (const parser::Claim& claim : article.claims) {
      const ClaimRef ref{article.document, &claim};
      claims_.push_back(ref);
      if (!has_full_key(claim)) continue;
      std::string key = claim_key(claim);
      auto [it, inserted] = by_key_.try_emplace(key);
      if (inserted) keys_.push_back(key);
      it->second.push_back(ref);
    }
  }
}

std::span<const ClaimRef> CorpusClaims::with_key(const std::string& key) const {
  const auto found = by_key_.find(key);
  if (found == by_key_.end()) return {};
  return found->second;
}

}  // namespace figcheck::checker
