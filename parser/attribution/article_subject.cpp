#include "parser/attribution/article_subject.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

// How far from the top a "X：" lead names the article's subject.
constexpr std::size_t kSubjectWindowBytes = 400;

// The subject named as "X：" near the top, else the headline's name, else the entity the
// article names most often as a subject (the first of them on a tie).
ArticleSubject stated_or_prevailing(std::string_view text,
                                    const std::vector<EntityMention>& mentions,
                                    std::string_view headline) {
  for (const EntityMention& m : mentions) {
    if (m.span.begin >= kSubjectWindowBytes) break;
    const std::string_view after = text.substr(m.span.end, 3);
    if (after.starts_with("：") || after.starts_with(":"))
      return {std::string(m.id), EntitySource::subject};
  }
  if (!headline.empty()) return {std::string(headline), EntitySource::subject};
  std::unordered_map<std::string_view, std::size_t> counts;
  std::string_view best;
  std::size_t best_count = 0;
  // The other party of an exchange (对东盟出口) or a base (比全国) is not what the article is
  // about, however often it is named.
  for (const EntityMention& m : mentions) {
    if (!m.may_be_subject()) continue;
    const std::size_t n = ++counts[m.id];
    if (n > best_count) {
      best_count = n;
      best = m.id;
    }
  }
  if (best.empty()) return {};
  return {std::string(best), EntitySource::prevailing};
}

bool is_name_character(const utf8::Decoded& d) {
  return d.valid() && (utf8::is_han(d.code_point) ||
                       (d.code_point < 0x80 && std::isalnum(static_cast<int>(d.code_point))));
}

// The headline's name is a mention wherever the article writes it, and the names inside it are
// not (a company's name that opens with a country's is the company speaking). Inside a longer
// name it is that name's part.
void name_everywhere(std::string_view text, std::string_view name,
                     std::vector<EntityMention>& mentions) {
  std::vector<EntityMention> merged;
  merged.reserve(mentions.size());
  auto it = mentions.begin();
  for (std::size_t at = text.find(name); at != std::string_view::npos;
       at = text.find(name, at + name.size())) {
    const ByteSpan span{at, at + name.size()};
    const auto overlapping_end = std::find_if(
        it, mentions.end(), [&](const EntityMention& m) { return m.span.begin >= span.end; });
    const bool inside_a_longer_name = std::any_of(it, overlapping_end, [&](const EntityMention& m) {
      return m.span.end > span.begin && (m.span.begin < span.begin || m.span.end > span.end);
    });
    for (; it != overlapping_end; ++it) {
      if (inside_a_longer_name || it->span.end <= span.begin) merged.push_back(*it);
    }
    if (!inside_a_longer_name) merged.push_back({span, name, EntityLevel::organisation});
  }
  merged.insert(merged.end(), it, mentions.end());
  mentions = std::move(merged);
}

}  // namespace

std::string_view headline_subject(std::string_view text) {
  constexpr std::size_t kMinCharacters = 2;
  constexpr std::size_t kMaxCharacters = 10;
  const std::string_view first_line =
      text.substr(0, std::min(text.find('\n'), kSubjectWindowBytes));
  std::size_t colon = first_line.find("：");
  if (colon == std::string_view::npos) colon = first_line.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view name = first_line.substr(0, colon);
  std::size_t characters = 0;
  for (std::size_t at = 0; at < name.size(); ++characters) {
    const utf8::Decoded d = utf8::decode(name, at);
    if (!is_name_character(d)) return {};
    at += static_cast<std::size_t>(d.length);
  }
  // A headline that opens with a figure (3天10万人次：…) names nobody.
  if (characters < kMinCharacters || characters > kMaxCharacters ||
      std::isdigit(static_cast<unsigned char>(name.front())))
    return {};
  // A label (观察：, 快讯：) is not written again; a company's name is.
  return text.find(name, first_line.size()) != std::string_view::npos ? name : std::string_view{};
}

ArticleSubject article_subject(std::string_view text, std::vector<EntityMention>& mentions) {
  const std::string_view headline = headline_subject(text);
  ArticleSubject subject = stated_or_prevailing(text, mentions, headline);
  if (!headline.empty() && subject.id == headline) name_everywhere(text, headline, mentions);
  return subject;
}

}  // namespace figcheck::parser
