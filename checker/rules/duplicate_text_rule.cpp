#include "checker/rules/duplicate_text_rule.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>

#include "checker/hashed_groups.hpp"
#include "checker/rules/near_duplicates.hpp"
#include "checker/rules/text_folding.hpp"
#include "parser/attribution/entity_mentions.hpp"
#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

struct Passage {
  std::uint32_t article;  // index in the corpus's articles
  parser::ByteSpan span;
};

bool ends_sentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'；' ||
         c == U'\n';
}

// The key of the text with spaces dropped and full-width forms folded (，→, ！→!), and its
// length in characters: passages are grouped by it without building the normalized string.
std::pair<Hash128, std::size_t> normalized_key(std::string_view text) {
  Hash128 key;
  std::size_t characters = 0;
  for (std::size_t at = 0; at < text.size();) {
    const parser::utf8::Decoded d = parser::utf8::decode(text, at);
    at += static_cast<std::size_t>(std::max(d.length, 1));
    if (!d.valid()) continue;
    char32_t c = folded_for_comparison(d.code_point);
    if (c == 0) continue;
    if (c == U'、') c = U',';
    key.add(c);
    ++characters;
  }
  return {key, characters};
}

class DuplicateTextRule : public Rule {
 public:
  // `near` unset: exact repeats; set: near-duplicate sentences only.
  DuplicateTextRule(RuleSettings settings, std::size_t min_sentence, std::size_t min_paragraph,
                    std::size_t max_evidence, std::optional<NearDuplicateOptions> near)
      : Rule(std::move(settings)),
        min_sentence_chars_(min_sentence),
        min_paragraph_chars_(min_paragraph),
        max_evidence_(max_evidence),
        near_(near) {}

  // Both read every sentence of the corpus; near duplicates shingle them too.
  [[nodiscard]] int expected_cost() const override { return near_ ? 3 : 2; }

  void check(const CorpusClaims& corpus, const PackData& pack,
             std::vector<Finding>& findings) const override {
    Passages paragraphs;
    Passages sentences;
    const auto& articles = corpus.articles();
    for (std::size_t i = 0; i < articles.size(); ++i)
      collect(articles, static_cast<std::uint32_t>(i), paragraphs, sentences);
    if (near_) {
      report_near(corpus, pack, sentences, findings);
      return;
    }
    Covered covered;
    report(articles, paragraphs, nullptr, &covered, findings);
    for (auto& [document, spans] : covered) {
      std::sort(spans.begin(), spans.end(),
                [](const auto& a, const auto& b) { return a.begin < b.begin; });
    }
    report(articles, sentences, &covered, nullptr, findings);
  }

 private:
  // Every passage long enough to count, and its key; item i of `keys` is passage i.
  struct Passages {
    std::vector<Passage> passages;
    std::vector<HashedItem> keys;
  };
  // Paragraphs reported as repeated, per document, sorted: their sentences are not reported.
  using Covered = std::unordered_map<const parser::Document*, std::vector<parser::ByteSpan>>;

  static bool is_covered(const Covered& covered, const parser::Document* document,
                         const parser::ByteSpan& span) {
    const auto found = covered.find(document);
    if (found == covered.end()) return false;
    const auto& spans = found->second;
    auto it =
        std::upper_bound(spans.begin(), spans.end(), span.begin,
                         [](std::size_t at, const parser::ByteSpan& s) { return at < s.begin; });
    return it != spans.begin() && span.end <= std::prev(it)->end;
  }

  void collect(const std::vector<Article>& articles, std::uint32_t article, Passages& paragraphs,
               Passages& sentences) const {
    const std::string_view text = articles[article].document->text();
    std::size_t line_start = 0;
    std::size_t sentence_start = 0;
    for (std::size_t at = 0; at <= text.size();) {
      const bool at_end = at == text.size();
      const parser::utf8::Decoded d =
          at_end ? parser::utf8::Decoded{U'\n', 0} : parser::utf8::decode(text, at);
      const std::size_t next = at + static_cast<std::size_t>(std::max(d.length, at_end ? 0 : 1));
      if (d.valid() && ends_sentence(d.code_point)) {
        const std::size_t end = d.code_point == U'\n' ? at : next;
        add(sentences, text, article, {sentence_start, end}, min_sentence_chars_);
        sentence_start = next;
        if (d.code_point == U'\n') {
          if (!near_) add(paragraphs, text, article, {line_start, at}, min_paragraph_chars_);
          line_start = next;
        }
      }
      if (at_end) break;
      at = next;
    }
  }

  static void add(Passages& to, std::string_view document_text, std::uint32_t article,
                  parser::ByteSpan span, std::size_t min_chars) {
    std::string_view text = document_text.substr(span.begin, span.size());
    // A sentence ending in 。 in one article and in ； in another is the same sentence.
    for (std::string_view end : {"。", "；", "！", "？", ";", "!", "?"}) {
      if (text.ends_with(end)) {
        text.remove_suffix(end.size());
        break;
      }
    }
    const auto [key, characters] = normalized_key(text);
    if (characters < min_chars) return;
    to.keys.push_back({key, static_cast<std::uint32_t>(to.passages.size())});
    to.passages.push_back({article, span});
  }

  void report(const std::vector<Article>& articles, Passages& passages, const Covered* skip,
              Covered* cover, std::vector<Finding>& findings) const {
    for (const auto group : group_by_key(passages.keys, true)) {
      const auto place = [&](const HashedItem& member) {
        const Passage& p = passages.passages[member.item];
        return std::pair{articles[p.article].document, p.span};
      };
      const auto inside_reported = [&](const HashedItem& member) {
        const auto [document, span] = place(member);
        return is_covered(*skip, document, span);
      };
      if (skip && std::all_of(group.begin(), group.end(), inside_reported)) continue;
      std::vector<Evidence> evidence;
      for (const HashedItem& member : group) {
        if (evidence.size() == max_evidence_) break;
        const auto [document, span] = place(member);
        evidence.push_back({document, span, span, nullptr});
      }
      if (cover) {
        for (const HashedItem& member : group) {
          const auto [document, span] = place(member);
          (*cover)[document].push_back(span);
        }
      }
      findings.push_back(
          make_finding(std::move(evidence), {{"count", std::to_string(group.size())}}));
    }
  }

  // The claims (in text order) that start inside `span`.
  static std::span<const parser::Claim> claims_in(std::span<const parser::Claim> claims,
                                                  parser::ByteSpan span) {
    const auto starts_before = [](const parser::Claim& c, std::size_t at) {
      return c.span.begin < at;
    };
    const auto first = std::lower_bound(claims.begin(), claims.end(), span.begin, starts_before);
    const auto last = std::lower_bound(first, claims.end(), span.end, starts_before);
    return {first, last};
  }

  // Whom a passage is about: the entity of its first figure, else the first entity it names.
  static std::string subject_of(const parser::Document& document, parser::ByteSpan span,
                                std::span<const parser::Claim> claims,
                                const parser::EntityFinder& entities) {
    for (const parser::Claim& c : claims_in(claims, span))
      if (!c.entity.empty()) return c.entity;
    for (const parser::EntityMention& m :
         entities.find(document.text().substr(span.begin, span.size()))) {
      if (!m.scope && m.may_be_subject()) return std::string(m.id);
    }
    return {};
  }

  // The figures stated in `span`, as value and unit.
  static std::vector<std::pair<double, std::string_view>> figures_in(
      std::span<const parser::Claim> claims, parser::ByteSpan span) {
    std::vector<std::pair<double, std::string_view>> figures;
    for (const parser::Claim& c : claims_in(claims, span))
      if (c.value) figures.emplace_back(*c.value, c.unit);
    return figures;
  }

  // A yearly formula (全年中央财政用于“三农”支出3397亿元 one year, 5625亿元 the next): every
  // member states figures and none of them recurs in another member, so the wording is all the
  // members share. A pasted passage keeps at least one of its figures.
  template <typename FiguresOf>
  static bool only_the_figures_recur(const NearCluster& cluster, FiguresOf figures_of) {
    std::vector<std::pair<double, std::string_view>> seen;
    for (std::size_t member : cluster.members) {
      auto figures = figures_of(member);
      if (figures.empty()) return false;
      std::sort(figures.begin(), figures.end());
      figures.erase(std::unique(figures.begin(), figures.end()), figures.end());
      for (const auto& figure : figures) {
        if (std::find(seen.begin(), seen.end(), figure) != seen.end()) return false;
      }
      seen.insert(seen.end(), figures.begin(), figures.end());
    }
    return true;
  }

  // Each distinct sentence once (its exact repeats travel with it into the evidence).
  void report_near(const CorpusClaims& corpus, const PackData& pack, Passages& sentences,
                   std::vector<Finding>& findings) const {
    const auto& articles = corpus.articles();
    const parser::AttributionLexicon no_lexicon;
    const parser::EntityFinder entities(pack.lexicon ? *pack.lexicon : no_lexicon);
    const auto groups = group_by_key(sentences.keys, false);
    const auto passage = [&](const HashedItem& member) -> const Passage& {
      return sentences.passages[member.item];
    };
    std::vector<std::string_view> texts;
    texts.reserve(groups.size());
    for (const auto& group : groups) {
      const Passage& p = passage(group.front());
      texts.push_back(articles[p.article].document->text().substr(p.span.begin, p.span.size()));
    }
    const auto subject = [&](std::size_t i) {
      const Passage& p = passage(groups[i].front());
      const Article& article = articles[p.article];
      return subject_of(*article.document, p.span, article.claims, entities);
    };
    for (const NearCluster& cluster : near_duplicate_clusters(texts, *near_, subject)) {
      if (only_the_figures_recur(cluster, [&](std::size_t member) {
            const Passage& p = passage(groups[member].front());
            return figures_in(articles[p.article].claims, p.span);
          }))
        continue;
      std::vector<Evidence> evidence;
      std::size_t count = 0;
      // One place per wording first (a sentence repeated 30 times must not crowd out its
      // variant), then the exact repeats.
      std::vector<Evidence> repeats;
      for (std::size_t member : cluster.members) {
        const auto& group = groups[member];
        count += group.size();
        for (std::size_t i = 0; i < group.size(); ++i) {
          const Passage& p = passage(group[i]);
          const Evidence place{articles[p.article].document, p.span, p.span, nullptr};
          (i == 0 ? evidence : repeats).push_back(place);
        }
      }
      const int percent = static_cast<int>(cluster.similarity * 100);
      Finding finding = make_finding(
          std::move(evidence),
          {{"count", std::to_string(count)}, {"similarity", std::to_string(percent) + "%"}});
      add_more_evidence(finding, std::move(repeats));
      findings.push_back(std::move(finding));
    }
  }

  std::size_t min_sentence_chars_;
  std::size_t min_paragraph_chars_;
  std::size_t max_evidence_;
  std::optional<NearDuplicateOptions> near_;
};

}  // namespace

RuleKind duplicate_text_rule_kind() {
  return {"duplicate-text",
          "A sentence or paragraph that appears more than once in the corpus",
          {"similarity"},
          [](RuleSettings settings, MappingReader& options) -> std::unique_ptr<Rule> {
            const std::size_t sentence =
                options.count("min_sentence_chars", false, 1, 100000).value_or(20);
            const std::size_t paragraph =
                options.count("min_paragraph_chars", false, 1, 1000000).value_or(60);
            const std::size_t evidence =
                options.count("max_evidence", false, 2, 100000).value_or(20);
            std::optional<NearDuplicateOptions> near;
            if (options.choice("match", {"exact", "near"}, false).value_or("exact") == "near") {
              near = NearDuplicateOptions{};
              near->min_chars = sentence;
              near->similarity = options.number("similarity", false).value_or(0.85);
              if (near->similarity < 0.5 || near->similarity >= 1)
                options.error(*options.node("similarity", false),
                              "similarity must be at least 0.5 and below 1");
              near->max_cluster = options.count("max_cluster", false, 2, 1000).value_or(10);
            }
            return std::make_unique<DuplicateTextRule>(std::move(settings), sentence, paragraph,
                                                       evidence, near);
          }};
}

}  // namespace figcheck::checker
