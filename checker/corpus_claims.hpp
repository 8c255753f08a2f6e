// The claims of a whole run, indexed once for every rule: by key in a hash map, so that rules
// compare claims within a group and never all pairs across the corpus.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/claim.hpp"
#include "parser/document.hpp"

namespace figcheck::checker {

struct Article {
  const parser::Document* document = nullptr;
  std::span<const parser::Claim> claims;
};

struct ClaimRef {
  const parser::Document* document = nullptr;
  const parser::Claim* claim = nullptr;
};

class CorpusClaims {
 public:
  explicit CorpusClaims(std::vector<Article> articles);

  [[nodiscard]] const std::vector<Article>& articles() const { return articles_; }
  [[nodiscard]] const std::vector<ClaimRef>& claims() const { return claims_; }
  // Claims with this full key, in corpus order; empty when none.
  [[nodiscard]] std::span<const ClaimRef> with_key(const std::string& key) const;
  // Every key with at least one claim, in first-seen order (deterministic).
  [[nodiscard]] const std::vector<std::string>& keys() const { return keys_; }

 private:
  std::vector<Article> articles_;
  std::vector<ClaimRef> claims_;
  std::vector<std::string> keys_;
  std::unordered_map<std::string, std::vector<ClaimRef>> by_key_;
};

}  // namespace figcheck::checker
