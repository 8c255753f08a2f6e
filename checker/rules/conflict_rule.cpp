#include "checker/rules/conflict_rule.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "checker/claim_key.hpp"
#include "checker/fact_precision.hpp"
#include "checker/hashed_groups.hpp"
#include "checker/rules/interval_math.hpp"
#include "checker/rules/variant_conflicts.hpp"
#include "parser/attribution/time_marks.hpp"
#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

// Whether the key's metric says what is counted well enough for the key check: a statistic the
// pack names, or a phrase of two characters or more that names a particular thing.
bool names_what_it_counts(const parser::Claim& claim) {
  return measures_a_lexicon_metric(claim) ||
         (parser::utf8::count_code_points(claim.metric) >= 2 && !claim.names_a_kind_only);
}

// Stands for a figure in a sentence's frame.
constexpr std::string_view kFigureMark = "\x1F";

// Articles written in different years (both known) may repeat a sentence with the figure of
// each year: 全年新增就业1244万人 in the 2024 report and 1269万人 in the 2023 one.
bool written_in_different_years(const parser::Document& a, const parser::Document& b) {
  const auto ya = parser::year_of(a.date());
  const auto yb = parser::year_of(b.date());
  return ya && yb && *ya != *yb;
}

// The sentences of each document, hashed, built on first use: whether two articles share a
// sentence tells a republished copy from two articles that only use one phrase template.
class SentenceSets {
 public:
  bool share_a_sentence(const parser::Document& a, const parser::Document& b) {
    const auto& first = of(a);
    const auto& second = of(b);
    const auto& smaller = first.size() <= second.size() ? first : second;
    const auto& larger = first.size() <= second.size() ? second : first;
    return std::any_of(smaller.begin(), smaller.end(),
                       [&](std::size_t h) { return larger.contains(h); });
  }

 private:
  static constexpr std::size_t kMinSentenceBytes = 30;  // about ten characters

  const std::unordered_set<std::size_t>& of(const parser::Document& document) {
    auto [it, inserted] = sets_.try_emplace(&document);
    if (!inserted) return it->second;
    const std::string_view text = document.text();
    std::size_t begin = 0;
    for (std::size_t at = 0; at < text.size();) {
      const parser::utf8::Decoded d = parser::utf8::decode(text, at);
      at += static_cast<std::size_t>(std::max(d.length, 1));
      if (d.code_point != U'。' && d.code_point != U'！' && d.code_point != U'？' &&
          d.code_point != U'\n' && at < text.size())
        continue;
      if (at - begin >= kMinSentenceBytes)
        it->second.insert(std::hash<std::string_view>{}(text.substr(begin, at - begin)));
      begin = at;
    }
    return it->second;
  }

  std::unordered_map<const parser::Document*, std::unordered_set<std::size_t>> sets_;
};

class ConflictRule : public Rule {
 public:
  ConflictRule(RuleSettings settings, bool by_key, bool same_sentence, std::size_t min_chars)
      : Rule(std::move(settings)),
        by_key_(by_key),
        same_sentence_(same_sentence),
        min_sentence_chars_(min_chars) {}

  // Reads every claim and every sentence with a figure.
  [[nodiscard]] int expected_cost() const override { return 2; }

  void check(const CorpusClaims& corpus, const PackData&,
             std::vector<Finding>& findings) const override {
    if (by_key_) check_keys(corpus, findings);
    if (by_key_) check_variants(corpus, findings);
    if (same_sentence_) check_sentences(corpus, findings);
  }

 private:
  void check_keys(const CorpusClaims& corpus, std::vector<Finding>& findings) const {
    for (const std::span<const ClaimRef> claims : corpus.key_groups()) {
      std::vector<ClaimRef> group;
      for (const ClaimRef& ref : claims) {
        if (!settings().where.accepts(*ref.claim) || !ref.claim->value) continue;
        // A sentence that states one key twice lists different things under one name
        // (工业建设项目716个，农林水利建设项目185个): its first figure speaks for it.
        if (!group.empty() && group.back().document == ref.document &&
            group.back().claim->sentence == ref.claim->sentence)
          continue;
        group.push_back(ref);
      }
      if (group.size() < 2) continue;
      for (std::vector<ClaimRef>& scoped : split_by_scope(std::move(group)))
        check_group(std::move(scoped), findings);
    }
  }

  // Two wordings of one statistic are at most medium: a modifier may narrow what is counted.
  void check_variants(const CorpusClaims& corpus, std::vector<Finding>& findings) const {
    for (const auto& [a, b] : variant_conflicts(corpus, settings().where)) {
      const ClaimRef* pair[] = {&a, &b};
      const Precision precision = std::min(findings_precision(pair), Precision::medium);
      std::vector<Evidence> evidence{evidence_of(a), evidence_of(b)};
      std::sort(evidence.begin(), evidence.end(), by_place);
      findings.push_back(make_finding(std::move(evidence), {}, precision));
    }
  }

  // Claims of one key about different populations, events or days are different facts.
  static std::vector<std::vector<ClaimRef>> split_by_scope(std::vector<ClaimRef> group) {
    std::vector<std::vector<ClaimRef>> scoped;
    std::unordered_map<std::string, std::size_t> index;
    for (const ClaimRef& ref : group) {
      const auto [it, inserted] = index.try_emplace(fact_scope(ref), scoped.size());
      if (inserted) scoped.emplace_back();
      scoped[it->second].push_back(ref);
    }
    std::erase_if(scoped, [](const std::vector<ClaimRef>& g) { return g.size() < 2; });
    return scoped;
  }

  void check_group(std::vector<ClaimRef> group, std::vector<Finding>& findings) const {
    // Sort by low end and sweep: a claim that starts after every earlier one has ended
    // cannot be true together with them.
    std::stable_sort(group.begin(), group.end(), [](const ClaimRef& a, const ClaimRef& b) {
      return range_of(*a.claim).low < range_of(*b.claim).low;
    });
    std::vector<const ClaimRef*> disagreeing{&group.front()};
    Range reach = range_of(*group.front().claim);
    for (const ClaimRef& ref : group) {
      const Range r = range_of(*ref.claim);
      if (!meet(reach, r)) {
        disagreeing.push_back(&ref);
        reach = r;
      } else {
        reach.high = std::min(reach.high, r.high);
        reach.low = std::max(reach.low, r.low);
      }
    }
    if (disagreeing.size() < 2) return;
    // Figures of one sentence that share a key are two readings of the key (同比 and 环比),
    // not two articles disagreeing.
    const auto same_sentence = [&](const ClaimRef* r) {
      return r->document == disagreeing.front()->document &&
             r->claim->sentence == disagreeing.front()->claim->sentence;
    };
    if (std::all_of(disagreeing.begin(), disagreeing.end(), same_sentence)) return;
    // A metric the lexicon does not know is a phrase of the text; within one article two such
    // phrases read alike more often than one thing is stated twice (比上年实际增长 of two
    // budget lines), so only articles that disagree with each other are reported.
    const auto same_document = [&](const ClaimRef* r) {
      return r->document == disagreeing.front()->document;
    };
    const parser::Claim& sample = *group.front().claim;
    if (!names_what_it_counts(sample) ||
        (!measures_a_lexicon_metric(sample) &&
         std::all_of(disagreeing.begin(), disagreeing.end(), same_document)))
      return;
    // 近五年 and 2021年以来 end when the article was written: articles of different years (or of
    // no known year) do not mean the same years; of one year they mostly do, as the year's
    // statistics are the latest they can cite.
    const bool relative = is_relative_period(sample);
    const auto same_year = [&](const ClaimRef* r) {
      const auto year = parser::year_of(r->document->date());
      return year && year == parser::year_of(disagreeing.front()->document->date());
    };
    if (relative && !std::all_of(disagreeing.begin(), disagreeing.end(), same_document) &&
        !std::all_of(disagreeing.begin(), disagreeing.end(), same_year))
      return;
    std::vector<Evidence> evidence;
    for (const ClaimRef* ref : disagreeing) evidence.push_back(evidence_of(*ref));
    std::sort(evidence.begin(), evidence.end(), by_place);
    Precision precision = precision_of(disagreeing);
    if (relative) precision = std::min(precision, Precision::medium);
    // One figure per disagreeing value makes the message; every other place that states the
    // key follows, so all the articles involved are listed.
    Finding finding = make_finding(std::move(evidence), {}, precision);
    // Marked by position in the group: a search of `disagreeing` for every member was quadratic
    // in a key stated thousands of times with many values.
    std::vector<bool> is_disagreeing(group.size(), false);
    for (const ClaimRef* ref : disagreeing)
      is_disagreeing[static_cast<std::size_t>(ref - group.data())] = true;
    std::vector<Evidence> others;
    for (std::size_t i = 0; i < group.size(); ++i) {
      if (!is_disagreeing[i]) others.push_back(evidence_of(group[i]));
    }
    add_more_evidence(finding, std::move(others));
    findings.push_back(std::move(finding));
  }

  // The weakest key decides, unless the two figures stand in one sentence copied between two
  // articles that share more text: the copy itself shows they state one thing.
  Precision precision_of(const std::vector<const ClaimRef*>& disagreeing) const {
    const Precision precision = findings_precision(disagreeing);
    if (precision == Precision::high || disagreeing.size() != 2) return precision;
    const ClaimRef& a = *disagreeing[0];
    const ClaimRef& b = *disagreeing[1];
    const bool copied = frame_of(a) == frame_of(b) && a.document != b.document &&
                        sentences_.share_a_sentence(*a.document, *b.document);
    return copied ? Precision::high : precision;
  }

  // The claim's sentence with the claim's own figure left out.
  static std::string frame_of(const ClaimRef& ref) {
    const std::string_view text = ref.document->text();
    const parser::Claim& c = *ref.claim;
    std::string frame(text.substr(c.sentence.begin, c.span.begin - c.sentence.begin));
    frame += kFigureMark;
    frame += text.substr(c.span.end, c.sentence.end - c.span.end);
    return frame;
  }

  // A sentence with figures: where its claims are, and the hash of the figures' texts. The
  // sentence with its figures blanked out (its frame) is what groups sentences.
  struct FramedSentence {
    std::uint32_t article = 0;
    std::uint32_t first_claim = 0;
    std::uint32_t claim_count = 0;
    Hash128 figures;
  };

  void check_sentences(const CorpusClaims& corpus, std::vector<Finding>& findings) const {
    const std::vector<Article>& articles = corpus.articles();
    std::vector<FramedSentence> sentences;
    std::vector<HashedItem> frames;
    for (std::uint32_t a = 0; a < articles.size(); ++a) {
      const std::string_view text = articles[a].document->text();
      const std::span<const parser::Claim> claims = articles[a].claims;
      for (std::size_t i = 0; i < claims.size();) {
        const parser::ByteSpan sentence = claims[i].sentence;
        FramedSentence framed{a, static_cast<std::uint32_t>(i), 0, {}};
        Hash128 frame;
        std::size_t frame_characters = 0;
        const auto add_to_frame = [&](std::string_view part) {
          frame.add(part);
          frame_characters += parser::utf8::count_code_points(part);
        };
        std::size_t at = sentence.begin;
        for (; i < claims.size() && claims[i].sentence == sentence; ++i) {
          const parser::Claim& claim = claims[i];
          add_to_frame(text.substr(at, claim.span.begin - at));
          add_to_frame(kFigureMark);
          framed.figures.add(text.substr(claim.span.begin, claim.span.size()));
          framed.figures.add(kFigureMark);
          ++framed.claim_count;
          at = claim.span.end;
        }
        add_to_frame(text.substr(at, sentence.end - at));
        if (frame_characters < min_sentence_chars_) continue;
        frames.push_back({frame, static_cast<std::uint32_t>(sentences.size())});
        sentences.push_back(framed);
      }
    }
    const auto claims_of = [&](const FramedSentence& framed) {
      const Article& article = articles[framed.article];
      std::vector<ClaimRef> refs;
      for (std::size_t k = 0; k < framed.claim_count; ++k)
        refs.push_back({article.document, &article.claims[framed.first_claim + k]});
      return refs;
    };
    // Every later sentence of a frame against the first one that used it.
    for (const auto group : group_by_key(frames, true)) {
      const FramedSentence& first = sentences[group.front().item];
      for (const HashedItem& member : group.subspan(1)) {
        const FramedSentence& later = sentences[member.item];
        if (later.figures == first.figures) continue;
        report_changed_figures(claims_of(first), claims_of(later), findings);
      }
    }
  }

  // Only a sentence with exactly one figure changed reads as a republished article; sentences
  // that differ in every figure are a template (新增死亡病例12例，累计死亡22057例).
  void report_changed_figures(const std::vector<ClaimRef>& first,
                              const std::vector<ClaimRef>& second,
                              std::vector<Finding>& findings) const {
    if (first.size() != second.size()) return;
    std::size_t changed = first.size();
    for (std::size_t k = 0; k < first.size(); ++k) {
      const parser::Claim& a = *first[k].claim;
      const parser::Claim& b = *second[k].claim;
      if (a.value && b.value && meet(range_of(a), range_of(b))) continue;
      if (changed != first.size()) return;  // a second changed figure
      changed = k;
    }
    if (changed == first.size()) return;
    // Figures with the same full key are the key check's to report, when it compares them.
    const parser::Claim& a = *first[changed].claim;
    const parser::Claim& b = *second[changed].claim;
    if (by_key_ && has_full_key(a) && claim_key(a) == claim_key(b) && names_what_it_counts(a))
      return;
    // A republished article shares more than this sentence with its original; a sentence
    // template of the news (大会主席团由176人组成, 昨日新增本土确诊病例18例) recurs in
    // unrelated articles with each day's figure.
    const parser::Document* da = first[changed].document;
    const parser::Document* db = second[changed].document;
    if (da == db || written_in_different_years(*da, *db) || !sentences_.share_a_sentence(*da, *db))
      return;
    // Told on different days, one sentence may be a template of a recurring event (this week's
    // session, this year's bond) as well as a copy: only a copy of one day is sure.
    const bool same_day = da->date() == db->date();
    findings.push_back(make_finding({evidence_of(second[changed]), evidence_of(first[changed])}, {},
                                    same_day ? Precision::high : Precision::medium));
  }

  bool by_key_;
  bool same_sentence_;
  std::size_t min_sentence_chars_;
  mutable SentenceSets sentences_;
};

}  // namespace

RuleKind conflict_rule_kind() {
  return {"conflict",
          "Claims about the same thing (same key) whose figures cannot both be true, and "
          "sentences repeated with a figure changed",
          {},
          [](RuleSettings settings, MappingReader& options) -> std::unique_ptr<Rule> {
            const bool by_key = options.flag("by_key", false).value_or(true);
            const bool same_sentence = options.flag("same_sentence", false).value_or(true);
            const std::size_t min_chars =
                options.count("min_sentence_chars", false, 1, 10000).value_or(12);
            return std::make_unique<ConflictRule>(std::move(settings), by_key, same_sentence,
                                                  min_chars);
          }};
}

}  // namespace figcheck::checker
