#include "checker/metric_variants.hpp"

#include <vector>

#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

constexpr std::size_t kMinCharacters = 3;
constexpr std::size_t kHeadCharacters = 2;

std::vector<std::string_view> characters_of(std::string_view phrase) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at < phrase.size();) {
    const auto length =
        static_cast<std::size_t>(std::max(parser::utf8::decode(phrase, at).length, 1));
    out.push_back(phrase.substr(at, length));
    at += length;
  }
  return out;
}

constexpr std::size_t kMaxDropped = 2;

// Whether `shorter` is `longer` with single characters left out (never two in a row).
bool drops_single_characters(const std::vector<std::string_view>& shorter,
                             const std::vector<std::string_view>& longer) {
  if (longer.size() - shorter.size() > kMaxDropped) return false;
  std::size_t matched = 0;
  bool dropped_last = false;
  for (std::size_t i = 0; i < longer.size(); ++i) {
    if (matched < shorter.size() && longer[i] == shorter[matched]) {
      ++matched;
      dropped_last = false;
    } else if (dropped_last) {
      return false;
    } else {
      dropped_last = true;
    }
  }
  return matched == shorter.size();
}

}  // namespace

std::string_view head_noun(std::string_view phrase) {
  const std::vector<std::string_view> characters = characters_of(phrase);
  if (characters.size() < kHeadCharacters) return phrase;
  const std::string_view first = characters[characters.size() - kHeadCharacters];
  return phrase.substr(static_cast<std::size_t>(first.data() - phrase.data()));
}

bool may_name_one_statistic(std::string_view a, std::string_view b) {
  if (a == b) return false;
  const std::vector<std::string_view> ca = characters_of(a);
  const std::vector<std::string_view> cb = characters_of(b);
  if (ca.size() < kMinCharacters || cb.size() < kMinCharacters) return false;
  if (ca.front() != cb.front() || head_noun(a) != head_noun(b)) return false;
  if (ca.size() == cb.size()) return false;
  return ca.size() < cb.size() ? drops_single_characters(ca, cb) : drops_single_characters(cb, ca);
}

}  // namespace figcheck::checker
