// The claims of a whole run, indexed once for every rule: by key in a hash map, so that rules
// compare claims within a group and never all pairs across the corpus.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/hashed_groups.hpp"
#include "parser/claim.hpp"
#include "parser/document.hpp"

namespace figcheck::checker {

struct Article {
  const parser::Document* document = nullptr;
  std::span<const parser::Claim> claims;
};

// The claims of `article` that begin inside the sentence of its claim `index`, found by walking
// out from that claim (claims are in text order), not over the whole article.
std::span<const parser::Claim> sentence_claims(const Article& article, std::size_t index);

struct ClaimRef {
  const parser::Document* document = nullptr;
  const parser::Claim* claim = nullptr;
};

class CorpusClaims {
 public:
  explicit CorpusClaims(std::vector<Article> articles);
  // The key groups are views into this object's own storage.
  CorpusClaims(const CorpusClaims&) = delete;
  CorpusClaims& operator=(const CorpusClaims&) = delete;

  [[nodiscard]] const std::vector<Article>& articles() const { return articles_; }
  [[nodiscard]] const std::vector<ClaimRef>& claims() const { return claims_; }
  // Claims with this full key (claim_key), in corpus order; empty when none.
  [[nodiscard]] std::span<const ClaimRef> with_key(std::string_view key) const;
  // The claims of each full key, in corpus order, one group per key; the groups in the order
  // their keys first appear (deterministic).
  [[nodiscard]] const std::vector<std::span<const ClaimRef>>& key_groups() const {
    return key_groups_;
  }

 private:
  std::vector<Article> articles_;
  std::vector<ClaimRef> claims_;
  std::vector<ClaimRef> grouped_;  // the claims with a full key, key by key
  std::vector<std::span<const ClaimRef>> key_groups_;
  std::unordered_map<Hash128, std::uint32_t, Hash128Hasher> group_of_key_;
};

}  // namespace figcheck::checker
