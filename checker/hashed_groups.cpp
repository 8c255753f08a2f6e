#include "checker/hashed_groups.hpp"

#include <algorithm>
#include <bit>
#include <tuple>

namespace figcheck::checker {

void Hash128::add(char32_t c) {
  a = (a ^ c) * 1099511628211ULL;
  b = std::rotl((b + c) * 0xC2B2AE3D27D4EB4FULL, 31);
}

void Hash128::add(std::string_view bytes) {
  for (const char c : bytes) add(static_cast<char32_t>(static_cast<unsigned char>(c)));
}

std::vector<std::span<const HashedItem>> group_by_key(std::vector<HashedItem>& items,
                                                      bool repeated_only) {
  std::sort(items.begin(), items.end(), [](const HashedItem& x, const HashedItem& y) {
    return std::tie(x.key, x.item) < std::tie(y.key, y.item);
  });
  std::vector<std::span<const HashedItem>> groups;
  for (std::size_t begin = 0; begin < items.size();) {
    std::size_t end = begin + 1;
    while (end < items.size() && items[end].key == items[begin].key) ++end;
    if (!repeated_only || end - begin > 1) groups.emplace_back(items.data() + begin, end - begin);
    begin = end;
  }
  std::sort(groups.begin(), groups.end(),
            [](const auto& x, const auto& y) { return x.front().item < y.front().item; });
  return groups;
}

}  // namespace figcheck::checker
