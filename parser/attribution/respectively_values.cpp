#include "parser/attribution/respectively_values.hpp"

#include <algorithm>

#include "parser/attribution/words/word_classes.hpp"
#include "parser/phrase_cues.hpp"

namespace figcheck::parser {

namespace {

// Numbers of the list that share the unit written once at its end: 10.6万、3.8万、3.3万平方公里
// holds three values, of which only the last is a claim.
std::size_t bare_values(std::string_view text, std::span<const Claim> claims, std::size_t first,
                        std::size_t end) {
  const std::size_t marker = text.rfind("分别", claims[first].span.begin);
  if (marker == std::string_view::npos || marker < claims[first].sentence.begin) return 0;
  std::size_t count = 0;
  std::size_t from = marker;
  for (std::size_t j = first; j < end; ++j) {
    const std::string_view gap = text.substr(from, claims[j].span.begin - from);
    for (std::size_t at = 0; at < gap.size(); ++at) {
      const bool digit = (gap[at] >= '0' && gap[at] <= '9');
      if (!digit) continue;
      std::size_t stop = at;
      while (stop < gap.size() && ((gap[stop] >= '0' && gap[stop] <= '9') || gap[stop] == '.'))
        ++stop;
      for (std::string_view scale : {"万", "亿"}) {
        if (gap.substr(stop).starts_with(scale)) stop += scale.size();
      }
      if (!words::word_starting(words::WordClass::list_joiner, gap.substr(stop)).empty()) ++count;
      at = stop;
    }
    from = claims[j].span.end;
  }
  return count;
}

}  // namespace

void count_list_values(std::string_view text, std::span<Claim> claims) {
  for (std::size_t i = 0; i < claims.size();) {
    if (claims[i].role != Role::respectively) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    // The values of one list are joined by 、和及; a comma or a second 分别 starts another list
    // (分别为774亿元、…和123亿元，比上年增长29.2%、…).
    while (end < claims.size() && claims[end].role == Role::respectively &&
           claims[end].sentence == claims[i].sentence &&
           !ends_a_respectively_list(text.substr(
               claims[end - 1].span.end, claims[end].span.begin - claims[end - 1].span.end)))
      ++end;
    const std::size_t values = end - i + bare_values(text, claims, i, end);
    constexpr std::size_t kMaxCounted = 255;
    claims[i].list_values = static_cast<std::uint8_t>(std::min(values, kMaxCounted));
    i = end;
  }
}

}  // namespace figcheck::parser
