#include "parser/attribution/attributor.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <span>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "parser/attribution/respectively_list.hpp"
#include "parser/attribution/time_marks.hpp"
#include "parser/attribution/topic.hpp"
#include "parser/attribution/word_buckets.hpp"
#include "parser/byte_match.hpp"
#include "parser/phrase_cues.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

// Verbs inside a lead: the metric is what follows the last of them (企业实现产值 → 产值).
constexpr auto kInnerVerbs = std::to_array<std::string_view>(
    {"实现", "完成", "达到", "拥有", "共计", "累计", "总计", "兑现", "集聚",   "汇聚",
     "形成", "获得", "突破", "超过", "引进", "开展", "共建", "建设", "打造",   "实施",
     "推动", "促成", "荣获", "提供", "解决", "集结", "组建", "落地", "研发出", "发布",
     "布局", "吸引", "成立", "建成", "组织", "涵盖", "生成", "举办", "培育",   "造成"});

// Nouns that open with one of those verbs: 建成区 is an area, not something built; 工业建设项目
// are projects of industry, not projects that industry builds.
constexpr auto kNounsStartingWithAVerb =
    std::to_array<std::string_view>({"建成区", "发布会", "建设项目", "建设用地"});

// Verbs that end a lead whose figure is followed by what it counts: 一次性给予200万元补助,
// 建成20万平方米人才公寓, 达成13.65亿美元新药授权交易.
constexpr auto kVerbsBeforeTheirObject = std::to_array<std::string_view>(
    {"给予", "提供", "投入", "安排", "发放", "下达", "争取", "筹集", "撬动", "带动", "拉动", "建成",
     "新建", "实现", "完成", "达成"});

// Holidays: a figure stated for one is of its days (国庆假期), not of its year.
constexpr auto kHolidays = std::to_array<std::string_view>(
    {"春节", "元旦", "清明", "五一", "劳动节", "端午", "中秋", "国庆", "春运", "暑期", "暑运"});

// Words that make a figure of the current year a running total (已累计举办, 截至22日, 以来).
constexpr auto kRunningTotalWords =
    std::to_array<std::string_view>({"累计", "截至", "以来", "已举办", "已发布", "已完成"});

// How the names of sectors end (轻工业, 房地产业, 铁路, 民航): a sector before a lead's verb says
// whose figure it is (铁路累计完成固定资产投资 is not all fixed-asset investment).
constexpr auto kSectors =
    std::to_array<std::string_view>({"工业", "农业", "制造业", "服务业", "建筑业", "房地产业",
                                     "商业", "铁路", "公路", "民航", "水运", "水利", "电力"});

// Nouns that end in one of those verbs: 党组织 and 经合组织 organise nothing.
constexpr auto kNounsEndingInAVerb =
    std::to_array<std::string_view>({"党组织", "卫组织", "合组织", "际组织", "贸组织"});

// Words that join phrases; a metric is what follows the last of them.
constexpr auto kFunctionWords =
    std::to_array<std::string_view>({"的", "与", "和", "及", "等", "、", "在", "对", "为", "向",
                                     "将", "把", "被", "给", "由", "从", "即"});

// A headline or lead of the form "长春高新区：…" names the article's subject.
constexpr std::size_t kSubjectWindowBytes = 400;

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return begin < end ? text.substr(begin, end - begin) : std::string_view{};
}

// How far back a paragraph's context reaches: a 10 MB line without a break must not make every
// figure look through all of it.
constexpr std::size_t kParagraphWindowBytes = 16 * 1024;

std::size_t rfind_in(std::string_view text, std::string_view word, std::size_t begin,
                     std::size_t end) {
  const std::size_t found = slice(text, begin, end).rfind(word);
  return found == std::string_view::npos ? std::string_view::npos : begin + found;
}

// The verbs and function words above, bucketed by their last byte, so a phrase is scanned once
// from its end instead of searched once per word.
const WordBuckets& inner_verbs_and_function_words() {
  static const WordBuckets words = [] {
    WordBuckets built(kFunctionWords, WordBuckets::Side::end);
    built.add(kInnerVerbs);
    return built;
  }();
  return words;
}

// 在轨卫星, 在孵企业, 在建项目: 在 before these says what state things are in; it is part of the
// noun, not a preposition before it.
bool starts_a_status_word(std::string_view word, std::string_view phrase, std::size_t after) {
  if (word != "在") return false;
  static constexpr std::string_view kStates[] = {"轨", "孵", "建", "校", "职", "岗", "营",
                                                 "册", "研", "售", "运", "库", "线", "用"};
  const std::string_view rest = phrase.substr(after);
  return std::any_of(std::begin(kStates), std::end(kStates),
                     [&](std::string_view state) { return rest.starts_with(state); });
}

// Whether `lead` ends with 、 or a comma (blanks aside): it closes an item of a list.
std::string_view without_trailing_blanks(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool ends_a_list_item(std::string_view lead) {
  lead = without_trailing_blanks(lead);
  return lead.ends_with("、") || lead.ends_with("，") || lead.ends_with(",");
}

bool is_function_word(std::string_view word) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end();
}

// The head of a long lead: after its last verb or function word (…等高校与双城企业共建实训基地
// → 实训基地).
std::string_view after_last_inner_verb(std::string_view phrase) {
  const WordBuckets& words = inner_verbs_and_function_words();
  const bool contributes = phrase.ends_with("贡献率") || phrase.ends_with("贡献度");
  // A word must leave something after it, so the scan starts before the last character.
  const auto before_character = [&phrase](std::size_t end) {
    do --end;
    while (end > 0 && (static_cast<unsigned char>(phrase[end]) & 0xC0) == 0x80);
    return end;
  };
  for (std::size_t end = phrase.empty() ? 0 : before_character(phrase.size()); end > 0;
       end = before_character(end)) {
    const std::string_view word = words.match(phrase.substr(0, end));
    if (word.empty() || starts_a_status_word(word, phrase, end)) continue;
    // 服务业对国民经济增长的贡献率: who contributes to what is the measure, 的 and 对 included
    // (China's share of world growth is not services' share of China's).
    if (contributes && is_function_word(word)) continue;
    // 解决率, 完成额: one character after the verb makes a noun of it.
    if (utf8::count_code_points(phrase.substr(end)) == 1) continue;
    // 建成区绿地率: the verb opens a noun.
    if (std::any_of(kNounsStartingWithAVerb.begin(), kNounsStartingWithAVerb.end(),
                    [&](std::string_view noun) {
                      return end >= word.size() &&
                             phrase.substr(end - word.size()).starts_with(noun);
                    }))
      continue;
    const std::string_view before = phrase.substr(0, end);
    if (std::any_of(kNounsEndingInAVerb.begin(), kNounsEndingInAVerb.end(),
                    [&](std::string_view noun) { return before.ends_with(noun); }))
      continue;
    return phrase.substr(end);
  }
  return phrase;
}

class DocumentAttribution {
 public:
  DocumentAttribution(std::string_view text, Extraction& extraction,
                      std::vector<EntityMention> mentions, std::vector<TimeMark> marks,
                      std::span<const WordStart> starts, const MetricLexicon& metrics,
                      const std::optional<std::string>& date)
      : text_(text),
        claims_(extraction.claims),
        mentions_(std::move(mentions)),
        marks_(std::move(marks)),
        metrics_(metrics),
        date_(date),
        document_year_(year_of(date)) {
    subject_ = article_subject();
    if (const std::string_view headline = headline_subject();
        !headline.empty() && subject_ == headline)
      name_everywhere(headline);
    // The word starts hold every line break already (as sentence breaks).
    for (const WordStart& start : starts) {
      if ((start.kinds & kSentenceBreak) != 0 && text_[start.offset] == '\n')
        line_starts_.push_back(start.offset + 1);
    }
  }

  void run() {
    for (std::size_t i = 0; i < claims_.size(); ++i) {
      Claim& claim = claims_[i];
      const std::size_t clause = clause_start(text_, claim.span.begin, claim.sentence.begin);
      claim.entity = entity_of(claim, clause);
      claim.period = within_the_period(claim, period_of(claim));
      if (claim.kind == ClaimKind::multiple) claim.base_period = multiple_base(claim);
      claim.metric = metric_of(i, clause);
      if (claim.modality == Modality::actual && is_after_the_document(claim.period))
        claim.modality = Modality::target;
    }
  }

 private:
  // A figure for a year after the article was written (a 1993 report's 1997年钢产量达到9400万吨)
  // is a plan or a goal, whatever its verb: it cannot have been measured yet.
  bool is_after_the_document(std::string_view period) const {
    if (!document_year_ || period.size() < 4) return false;
    int year = 0;
    const auto [end, error] = std::from_chars(period.data(), period.data() + 4, year);
    return error == std::errc{} && end == period.data() + 4 && year > *document_year_;
  }

  // Where the line (paragraph) holding `position` starts, at most kParagraphWindowBytes back.
  std::size_t line_begin(std::size_t position) const {
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), position);
    const std::size_t start = after == line_starts_.begin() ? 0 : *std::prev(after);
    if (position - start <= kParagraphWindowBytes) return start;
    std::size_t begin = position - kParagraphWindowBytes;
    while (begin < position && (static_cast<unsigned char>(text_[begin]) & 0xC0) == 0x80) ++begin;
    return begin;
  }

  // The subject named as "X：" near the top, else the entity the article names most often
  // (the first of them on a tie).
  std::string article_subject() const {
    for (const EntityMention& m : mentions_) {
      if (m.span.begin >= kSubjectWindowBytes) break;
      const std::string_view after = text_.substr(m.span.end, 3);
      if (after.starts_with("：") || after.starts_with(":")) return std::string(m.id);
    }
    if (const std::string_view headline = headline_subject(); !headline.empty())
      return std::string(headline);
    std::unordered_map<std::string_view, std::size_t> counts;
    std::string_view best;
    std::size_t best_count = 0;
    for (const EntityMention& m : mentions_) {
      const std::size_t n = ++counts[m.id];
      if (n > best_count) {
        best_count = n;
        best = m.id;
      }
    }
    return std::string(best);
  }

  // 德力股份：2021年净利预增…, 中国中免：预计…: a headline that opens with a short name and a
  // colon, the name written again in the article, names the company or body the article is
  // about, even one the lexicon does not know (and not the 中国 that 中国中免 starts with).
  std::string_view headline_subject() const {
    constexpr std::size_t kMinCharacters = 2;
    constexpr std::size_t kMaxCharacters = 10;
    const std::string_view first_line =
        text_.substr(0, std::min(text_.find('\n'), kSubjectWindowBytes));
    std::size_t colon = first_line.find("：");
    if (colon == std::string_view::npos) colon = first_line.find(':');
    if (colon == std::string_view::npos) return {};
    const std::string_view name = first_line.substr(0, colon);
    std::size_t characters = 0;
    for (std::size_t at = 0; at < name.size(); ++characters) {
      const utf8::Decoded d = utf8::decode(name, at);
      const bool letter =
          d.valid() && (utf8::is_han(d.code_point) ||
                        (d.code_point < 0x80 && std::isalnum(static_cast<int>(d.code_point))));
      if (!letter) return {};
      at += static_cast<std::size_t>(d.length);
    }
    // 9小时1000万单：… is a headline's figure, not a name.
    if (characters < kMinCharacters || characters > kMaxCharacters ||
        std::isdigit(static_cast<unsigned char>(name.front())))
      return {};
    // A label (深度解读：, 午评：) is not named again; a company is (德力股份公告，预计…).
    return text_.find(name, first_line.size()) != std::string_view::npos ? name
                                                                         : std::string_view{};
  }

  // The headline's name (中国中免：…) is a mention wherever the article writes it, and the names
  // inside it are not: 中国中免公告 is the company speaking, not China. Inside a longer name
  // (苏州市和科达超声设备有限公司) it is that name's part.
  void name_everywhere(std::string_view name) {
    std::vector<EntityMention> merged;
    merged.reserve(mentions_.size());
    auto it = mentions_.begin();
    for (std::size_t at = text_.find(name); at != std::string_view::npos;
         at = text_.find(name, at + name.size())) {
      const ByteSpan span{at, at + name.size()};
      const auto overlapping_end = std::find_if(
          it, mentions_.end(), [&](const EntityMention& m) { return m.span.begin >= span.end; });
      const bool inside_a_longer_name =
          std::any_of(it, overlapping_end, [&](const EntityMention& m) {
            return m.span.end > span.begin && (m.span.begin < span.begin || m.span.end > span.end);
          });
      for (; it != overlapping_end; ++it) {
        if (inside_a_longer_name || it->span.end <= span.begin) merged.push_back(*it);
      }
      if (!inside_a_longer_name) merged.push_back({span, name, EntityLevel::organisation});
    }
    merged.insert(merged.end(), it, mentions_.end());
    mentions_ = std::move(merged);
  }

  // The first mention that begins at or after `position` (mentions are in text order).
  std::vector<EntityMention>::const_iterator first_mention_from(std::size_t position) const {
    return std::lower_bound(
        mentions_.begin(), mentions_.end(), position,
        [](const EntityMention& m, std::size_t at) { return m.span.begin < at; });
  }

  // The last entity named in [floor, end), skipping those inside a share's whole (占全省…).
  const EntityMention* last_mention(std::size_t floor, std::size_t end,
                                    bool skip_scope = false) const {
    auto it = std::lower_bound(
        mentions_.begin(), mentions_.end(), end,
        [](const EntityMention& m, std::size_t position) { return m.span.begin < position; });
    while (it != mentions_.begin()) {
      --it;
      if (it->span.begin < floor) return nullptr;
      if (it->span.end <= end && it->may_be_subject() && !(skip_scope && it->scope)) return &*it;
    }
    return nullptr;
  }

  // The last entity named in [floor, end) that is not inside a parenthesis closed before `end`:
  // after 新增确诊病例40例（上海22例，广东4例），死亡病例…, the provinces of the breakdown are
  // over.
  const EntityMention* last_open_mention(std::size_t floor, std::size_t end,
                                         bool skip_scope = false) const {
    const EntityMention* m = last_mention(floor, end, skip_scope);
    while (m && closes_a_parenthesis(slice(text_, m->span.end, end)))
      m = last_mention(floor, m->span.begin, skip_scope);
    return m;
  }

  // Whether `between` closes more parentheses than it opens.
  static bool closes_a_parenthesis(std::string_view between) {
    // Most text between a name and a figure holds no parenthesis at all: two memchr passes.
    if (between.find(')') == std::string_view::npos && between.find("）") == std::string_view::npos)
      return false;
    int depth = 0;
    for (std::size_t at = 0; at < between.size(); ++at) {
      if (starts_with_at(between, at, "（") || between[at] == '(') ++depth;
      if (starts_with_at(between, at, "）") || between[at] == ')') {
        if (--depth < 0) return true;
      }
    }
    return false;
  }

  // The entity of `claim` when `m` is the last named before it. …捷翼科技成为…供应商；吉林大华机械
  // …；全年新认定…项目24个: a company's clause closed by ； (with no full stop since) is over; the
  // figure belongs to the place the paragraph is about.
  // …长光卫星实现星地激光遥感影像传输,中机试验等3户企业获评…: nor does a company's clause reach
  // a count of firms in the next one.
  // “吉林一号”创造…纪录，12项成果荣获…: a quoted brand is the subject of its own clause only.
  std::string carried_to(const EntityMention& m, const Claim& claim) const {
    if (m.level != EntityLevel::organisation) return std::string(m.id);
    const std::string_view between = slice(text_, m.span.end, claim.span.begin);
    const bool comma =
        between.find("，") != std::string_view::npos || between.find(',') != std::string_view::npos;
    const bool semicolon = between.find("；") != std::string_view::npos;
    const bool full_stop = between.find("。") != std::string_view::npos;
    const bool quoted_brand =
        ends_with_at(text_, m.span.begin, "“") && starts_with_at(text_, m.span.end, "”");
    const bool clause_over = quoted_brand
                                 ? comma || semicolon || full_stop
                                 : !full_stop && (semicolon || (comma && counts_firms(claim)));
    if (!clause_over) return std::string(m.id);
    if (const EntityMention* place = last_place(line_begin(claim.sentence.begin), m.span.begin))
      return std::string(place->id);
    return subject_;
  }

  // 3户企业, 12家企业: a count of firms, which no one firm is the subject of.
  bool counts_firms(const Claim& claim) const {
    if (claim.kind != ClaimKind::count) return false;
    const std::string_view after = text_.substr(claim.span.end, 12);
    return after.starts_with("企业") || after.starts_with("公司");
  }

  // The last mention in [floor, end) that is no body (a place or zone), scopes skipped.
  const EntityMention* last_place(std::size_t floor, std::size_t end) const {
    for (const EntityMention* m = last_mention(floor, end, true); m;
         m = last_mention(floor, m->span.begin, true)) {
      if (m->level != EntityLevel::organisation) return m;
    }
    return nullptr;
  }

  const EntityMention* first_mention(std::size_t begin, std::size_t end,
                                     bool skip_scope = false) const {
    auto it = std::lower_bound(
        mentions_.begin(), mentions_.end(), begin,
        [](const EntityMention& m, std::size_t position) { return m.span.begin < position; });
    for (; it != mentions_.end() && it->span.end <= end; ++it) {
      if (it->may_be_subject() && !(skip_scope && it->scope)) return &*it;
    }
    return nullptr;
  }

  std::string entity_of(const Claim& claim, std::size_t clause) const {
    std::size_t end = claim.span.begin;
    if (claim.role == Role::share) {
      if (const std::size_t share = rfind_in(text_, "占", clause, end);
          share != std::string_view::npos)
        end = share;
    }
    if (const EntityMention* m = last_open_mention(claim.sentence.begin, end))
      return carried_to(*m, claim);
    // Further away, 全省 and 全国 say where, not who (在全省首推, 占全国): they are skipped.
    // 338名干部下沉一线…，长春新区的党建引领…: named later in the same sentence.
    if (const EntityMention* m = first_mention(claim.span.end, claim.sentence.end, true))
      return std::string(m->id);
    if (const EntityMention* m =
            last_open_mention(line_begin(claim.sentence.begin), claim.sentence.begin, true)) {
      return carried_to(*m, claim);
    }
    return subject_;
  }

  // Where the words naming this figure start: after the entity, the period and the figure
  // before it in the same clause.
  // Only names and times before `end` count: in 公路通车里程由1997年的123万公里, the year after 由
  // does not cut the words before it.
  std::size_t lead_begin(std::size_t index, std::size_t clause, std::size_t end,
                         bool skip_claims) const {
    const Claim& claim = claims_[index];
    std::size_t begin = clause;
    if (const EntityMention* m = last_mention(clause, end)) begin = std::max(begin, m->span.end);
    if (const TimeMark* mark = last_mark(end); mark && mark->span.begin >= clause)
      begin = std::max(begin, mark->span.end);
    if (skip_claims && index > 0 && claims_[index - 1].span.end <= claim.span.begin)
      begin = std::max(begin, claims_[index - 1].span.end);
    return begin;
  }

  // The words in [begin, end) before figure `index`, with the figures among them cut out.
  std::string words_between(std::size_t index, std::size_t begin, std::size_t end) const {
    std::string words;
    std::size_t first = index;
    while (first > 0 && claims_[first - 1].span.end > begin) --first;
    std::size_t at = begin;
    for (std::size_t j = first; j < index && claims_[j].span.begin < end; ++j) {
      words.append(slice(text_, at, claims_[j].span.begin));
      at = std::max(at, claims_[j].span.end);
    }
    words.append(slice(text_, at, end));
    return words;
  }

  // The lexicon id the phrase names, else the phrase itself trimmed to its head noun.
  std::string named(std::string_view phrase) const {
    const std::string trimmed = trim_metric_phrase(phrase);
    if (std::string_view id = metrics_.find(trimmed); !id.empty()) return std::string(id);
    return head_named(trimmed);
  }

  // named() for a trimmed phrase the lexicon does not know as a whole.
  std::string head_named(std::string_view trimmed) const {
    const std::string_view after_verb = after_last_inner_verb(trimmed);
    std::string head = trim_metric_phrase(after_verb);
    if (std::string_view id = metrics_.find(head); !id.empty()) {
      // 铁路累计完成固定资产投资: the sector before the verb says whose investment it is.
      const std::string_view subject =
          trimmed.substr(0, static_cast<std::size_t>(after_verb.data() - trimmed.data()));
      if (const std::string sector = sector_before_verb(subject); !sector.empty())
        return fmt::format("{}:{}", sector, id);
      return std::string(id);
    }
    return head;
  }

  // The noun before a lead's verbs when it names a sector (铁路, 民航, 轻工业); empty otherwise
  // (企业实现营业收入 is the firms' revenue, whoever they are).
  static std::string sector_before_verb(std::string_view subject) {
    const WordBuckets& verbs = inner_verbs_and_function_words();
    while (!subject.empty()) {
      const std::string_view verb = verbs.match(subject);
      if (verb.empty()) break;
      subject.remove_suffix(verb.size());
    }
    const std::string noun = trim_metric_phrase(subject);
    const std::size_t characters = utf8::count_code_points(noun);
    if (characters < 2 || characters > 4) return {};
    const bool names_a_sector = std::any_of(kSectors.begin(), kSectors.end(),
                                            [&](std::string_view s) { return noun.ends_with(s); });
    return names_a_sector ? noun : std::string();
  }

  std::string base_metric(std::size_t index, std::size_t clause, std::size_t end) const {
    const Claim& claim = claims_[index];
    const std::size_t begin = std::min(lead_begin(index, clause, end, false), end);
    const std::size_t narrow = std::min(std::max(begin, lead_begin(index, clause, end, true)), end);
    // 制造业规模连续13年位居: the years are the span the output ranked, not the output.
    if (is_time_unit(claim.unit)) {
      const std::string_view lead = without_trailing_blanks(slice(text_, narrow, end));
      if (std::string span = duration_metric(index, lead); !span.empty()) {
        const std::string of = named(lead.substr(0, lead.size() - span_verb_size(lead)));
        // …以来，连续9年位居: words that name nothing measured leave the span alone.
        const bool names_a_thing = utf8::count_code_points(of) >= 2 && of != "以来";
        return names_a_thing ? fmt::format("{}/{}", of, span) : span;
      }
    }
    if (end == claim.span.begin) {
      const std::string_view lead = slice(text_, narrow, end);
      if (std::string metric = claim.kind == ClaimKind::count ? counted_noun_metric(index, lead)
                                                              : object_metric(index, lead);
          !metric.empty())
        return metric;
    }
    const std::string wide = words_between(index, begin, end);
    const std::string trimmed_wide = trim_metric_phrase(wide);
    if (std::string_view id = metrics_.find(trimmed_wide); !id.empty()) return std::string(id);
    // Most leads hold no earlier figure: the narrow words are the wide ones, already trimmed.
    const std::string_view narrow_words = slice(text_, narrow, end);
    std::string phrase = narrow_words == wide ? head_named(trimmed_wide) : named(narrow_words);
    if (phrase.empty() && narrow > begin) phrase = head_named(trimmed_wide);
    if (is_bare_total(phrase)) {
      if (std::string whole = whole_of_previous(index); !whole.empty()) return whole;
    }
    if (!phrase.empty()) return phrase;
    if (std::string span = duration_metric(index, narrow_words); !span.empty()) return span;
    // 生物医药产值2024年达到241.3亿元: the words after the time name nothing; those before it do.
    if (const TimeMark* mark = last_mark(end);
        mark && mark->span.end == begin && mark->span.begin > clause && !mark->comparison_base) {
      if (std::string before_time = base_metric(index, clause, mark->span.begin);
          names_a_measure(before_time))
        return before_time;
    }
    return end == claim.span.begin ? unnamed_figure_metric(index, narrow_words) : std::string();
  }

  // Whether words before a time name what is measured: not a lone joining word (一九五八年和
  // 一九五九年) or a verb that takes the time as its object (进入2022年).
  static bool names_a_measure(std::string_view words) {
    static constexpr std::string_view kTimeVerbs[] = {"进入", "迈入", "步入",
                                                      "截至", "到了", "回顾"};
    return utf8::count_code_points(words) >= 2 &&
           std::none_of(std::begin(kTimeVerbs), std::end(kTimeVerbs),
                        [&](std::string_view verb) { return words.ends_with(verb); });
  }

  // A figure whose own words name nothing: 13人入选“国家重大人才工程” is counted by what the
  // people did; 死亡病例增加7892例，达到5592266例 and 新增确诊病例40例（上海22例…） state more of
  // the measure before them in the sentence.
  std::string unnamed_figure_metric(std::size_t index, std::string_view lead) const {
    const Claim& claim = claims_[index];
    if (claim.kind == ClaimKind::count) {
      if (std::string deed = deed_after(index); !deed.empty()) return deed;
    }
    // 200P算力智算中心, 八成来自沪苏浙: words right after the figure say what it is of; a change
    // (比1957年的537亿元增长64%) or a state (46个已开工) after it does not.
    static constexpr std::string_view kGoingOn[] = {"增长", "增加", "下降", "减少", "上升",
                                                    "提高", "已",   "均",   "都"};
    const std::string_view after = text_.substr(claim.span.end);
    const utf8::Decoded next = utf8::decode(text_, claim.span.end);
    const bool own_words =
        next.valid() && utf8::is_han(next.code_point) &&
        std::none_of(std::begin(kGoingOn), std::end(kGoingOn),
                     [&](std::string_view word) { return after.starts_with(word); });
    // 五年增加70%: a span of time is no more of the measure before it.
    if (!names_nothing(lead) || own_words || is_time_unit(claim.unit)) return {};
    return previous_measure(index);
  }

  // Whether a lead holds no words of its own, only verbs and fillers (达到, 共计, 高达) or a place
  // already taken as the entity.
  static bool names_nothing(std::string_view lead) {
    return trim_metric_phrase(without_trailing_blanks(lead)).empty();
  }

  // 3人死亡, 13人入选“国家重大人才工程”: a count of people followed by what they did or suffered.
  std::string deed_after(std::size_t index) const {
    static constexpr auto kDeeds = std::to_array<std::string_view>(
        {"入选", "死亡", "受伤", "遇难", "失踪", "获救", "获奖", "确诊", "治愈", "出院",
         "参赛", "参加", "参与", "报名", "就业", "落户", "脱贫", "受益", "受灾", "转移"});
    const Claim& claim = claims_[index];
    const std::string_view people[] = {"人", "名", "位", "人次"};
    if (std::find(std::begin(people), std::end(people), claim.classifier) == std::end(people))
      return {};
    const std::size_t stop = clause_end(text_, claim.span.end, claim.sentence.end);
    const std::string_view after = slice(text_, claim.span.end, stop);
    const auto deed = std::find_if(kDeeds.begin(), kDeeds.end(),
                                   [&](std::string_view d) { return after.starts_with(d); });
    if (deed == kDeeds.end()) return {};
    // The object goes with the deed (入选国家重大人才工程); a place before it does not (吉林省).
    std::string object = trim_metric_phrase(after.substr(deed->size()));
    if (const EntityMention* m = first_mention(claim.span.end, stop);
        m && slice(text_, claim.span.end + deed->size(), m->span.begin).empty())
      object = trim_metric_phrase(slice(text_, m->span.end, stop));
    return std::string(*deed) + object;
  }

  // The measure of the figure before this one in its sentence, whatever its role: the 7892例 that
  // 死亡病例 increased by, the 40例 a parenthesis breaks down. Empty when this figure is the first.
  std::string previous_measure(std::size_t index) const {
    const std::span<const Claim> earlier = earlier_in_sentence(index);
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
      if (it->role == Role::respectively) break;
      if (!it->metric.empty()) return measure_of(it->metric);
    }
    return {};
  }

  // The figures before figure `index` in its sentence, in text order.
  std::span<const Claim> earlier_in_sentence(std::size_t index) const {
    std::size_t first = index;
    while (first > 0 && claims_[first - 1].sentence.begin == claims_[index].sentence.begin) --first;
    return std::span<const Claim>(claims_).subspan(first, index - first);
  }

  // A metric without what a change or share adds to it: 死亡病例/增量 → 死亡病例.
  static std::string measure_of(std::string_view metric) {
    return std::string(metric.substr(0, metric.find('/')));
  }

  static bool is_time_unit(std::string_view unit) {
    return unit == "year" || unit == "month" || unit == "day" || unit == "hour" || unit == "week";
  }

  static constexpr auto kSpanVerbs =
      std::to_array<std::string_view>({"历时", "历经", "相隔", "用时", "耗时", "连续"});

  // The size of the span verb `lead` ends with; 0 when none.
  static std::size_t span_verb_size(std::string_view lead) {
    const auto verb = std::find_if(kSpanVerbs.begin(), kSpanVerbs.end(),
                                   [&](std::string_view v) { return lead.ends_with(v); });
    return verb == kSpanVerbs.end() ? 0 : verb->size();
  }

  // 历时8个月, 相隔不到20天, 连续7年获评: a span of time, measured by the verb before it (the
  // trimming takes these verbs off a noun phrase, leaving nothing).
  std::string duration_metric(std::size_t index, std::string_view lead) const {
    static constexpr auto kRepeatedVerbs =
        std::to_array<std::string_view>({"获评", "荣获", "获得", "入选", "位居", "保持"});
    lead = without_trailing_blanks(lead);
    const std::size_t verb_size = span_verb_size(lead);
    if (verb_size == 0) return {};
    const std::string_view verb = lead.substr(lead.size() - verb_size);
    if (verb != "连续") return std::string(verb);
    const std::string_view after = text_.substr(claims_[index].span.end);
    for (std::string_view repeated : kRepeatedVerbs) {
      if (after.starts_with(repeated)) return fmt::format("连续{}", repeated);
    }
    return {};
  }

  // The words right after figure `index` up to a verb, cut after their head noun.
  std::string_view noun_after(std::size_t index) const {
    const Claim& claim = claims_[index];
    // 十四亿人口, 十亿人民: the classifier 人 is the first character of the noun counted.
    constexpr std::string_view kPerson = "人";
    if (claim.classifier == kPerson && ends_with_at(text_, claim.span.end, kPerson) &&
        (starts_with_at(text_, claim.span.end, "口") ||
         starts_with_at(text_, claim.span.end, "民")))
      return text_.substr(claim.span.end - kPerson.size(),
                          kPerson.size() + std::string_view("口").size());
    const std::size_t clause_stop = clause_end(text_, claim.span.end, claim.sentence.end);
    return noun_after_classifier(text_, claim.span.end, clause_stop);
  }

  // 生物医药24家规模以上企业: the words before the count qualify the noun after it. Empty when
  // no noun follows.
  std::string counted_noun_metric(std::size_t index, std::string_view lead) const {
    const std::string_view noun = noun_after(index);
    // 涵盖12章42节、11个专栏, 《条例》共6章: after a verb of containing (or right after the figure
    // before), a classifier that is itself a noun names what it counts; 文稿33篇 counts 文稿.
    static constexpr std::string_view kSelfNaming[] = {"章", "节", "篇", "卷", "册", "页", "集"};
    static constexpr std::string_view kContaining[] = {"涵盖", "包括", "包含", "共",  "分为",
                                                       "分",   "含",   "收录", "收入"};
    const std::string_view bare_lead = without_trailing_blanks(lead);
    const bool lead_contains =
        bare_lead.empty() ||
        std::any_of(std::begin(kContaining), std::end(kContaining),
                    [&](std::string_view verb) { return bare_lead.ends_with(verb); });
    if (noun.empty() && lead_contains &&
        std::find(std::begin(kSelfNaming), std::end(kSelfNaming), claims_[index].classifier) !=
            std::end(kSelfNaming))
      return std::string(claims_[index].classifier);
    if (noun.empty()) return {};
    // 3人死亡、28人受伤: words closed by 、 belong to the figure before, not to this noun;
    // 北京安贞、 浙大妇院2个国家区域医疗中心: a list before the figure names the things counted.
    std::string modifiers =
        ends_a_list_item(lead) || lead.find("、") != std::string_view::npos
            ? std::string()
            : trim_metric_phrase(after_last_inner_verb(trim_metric_phrase(lead)));
    // TW50、TW200两款无人机: a model number names the things, it is no kind of them.
    if (!utf8::contains_han(modifiers)) modifiers.clear();
    return named(modifiers + std::string(noun));
  }

  // 一次性给予200万元补助: a lead that ends with a verb leaves the metric to the noun after the
  // figure. Empty when the lead does not, or no noun naming a metric follows.
  std::string object_metric(std::size_t index, std::string_view lead) const {
    lead = without_trailing_blanks(lead);
    if (std::none_of(kVerbsBeforeTheirObject.begin(), kVerbsBeforeTheirObject.end(),
                     [&](std::string_view verb) { return lead.ends_with(verb); }))
      return {};
    const std::string_view noun = noun_after(index);
    // 实现1.3万亿斤以上目标: a goal or level names no metric.
    if (noun.empty() || noun.starts_with("目标") || noun.starts_with("任务") ||
        noun.starts_with("水平"))
      return {};
    return named(noun);
  }

  static bool is_bare_total(std::string_view phrase) {
    return phrase == "总数" || phrase == "总量" || phrase == "数量" || phrase == "总数量";
  }

  // 新认定高新技术企业350家，总数预计突破900家: a bare 总数 counts what the figure before it
  // counted, all of them rather than the new ones.
  std::string whole_of_previous(std::size_t index) const {
    const std::string previous = previous_metric(index);
    for (std::string_view fresh : {"新认定", "新增", "新引进", "新培育", "新建"}) {
      if (previous.starts_with(fresh))
        return named(std::string_view(previous).substr(fresh.size()));
    }
    return {};
  }

  // The metric of the figure before this one in the sentence: what 同比增长18% is a change of.
  std::string previous_metric(std::size_t index) const {
    const std::span<const Claim> earlier = earlier_in_sentence(index);
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
      if (it->role == Role::value && !it->metric.empty()) return it->metric;
    }
    return {};
  }

  std::string scope_prefix(std::size_t clause, std::size_t end) const {
    const std::string_view lead = slice(text_, clause, end);
    if (lead.find("首批") != std::string_view::npos) return "首批:";
    const std::size_t batch = lead.find("批");
    const std::size_t ordinal = lead.find("第");
    if (batch != std::string_view::npos && ordinal != std::string_view::npos && ordinal < batch &&
        batch - ordinal <= 9) {
      return std::string(lead.substr(ordinal, batch + std::string_view("批").size() - ordinal)) +
             ":";
    }
    return {};
  }

  std::string metric_of(std::size_t index, std::size_t clause) {
    Claim& claim = claims_[index];
    const std::size_t end = claim.span.begin;
    std::string metric;
    switch (claim.role) {
      case Role::share:
        metric = share_metric(index, clause);
        break;
      case Role::change:
      case Role::change_from:
        metric = change_metric(index, clause);
        break;
      case Role::respectively: {
        RespectivelyItem item = respectively_item(index, clause);
        claim.list_size = item.list_size;
        if (!item.period.empty()) claim.period = std::move(item.period);
        metric = std::move(item.metric);
        break;
      }
      case Role::value:
      case Role::subset:
        metric = base_metric(index, clause, end);
        break;
    }
    if (metric.empty()) return metric;
    if (claim.role != Role::share && claim.role != Role::respectively)
      metric = of_the_whole(index, clause, std::move(metric));
    // 吸引首批5个产业化项目: the batch is said once, as the prefix.
    const std::string scope = scope_prefix(clause, end);
    if (!scope.empty() && metric.starts_with(scope.substr(0, scope.size() - 1)))
      metric.erase(0, scope.size() - 1);
    metric = scope + metric;
    const std::string_view topic = topic_of(index, clause);
    if (topic.empty() || metric.find(without_field_word(topic)) != std::string::npos) return metric;
    if (const std::string_view id = metrics_.find(topic); !id.empty() && metric.starts_with(id))
      return metric;
    return fmt::format("{}:{}", topic, metric);
  }

  // 服务进出口总额80823.1亿元…其中，出口36267.9亿元: a part named by a word of its whole's name
  // is that kind of part (服务出口, not all exports). `metric` unchanged otherwise.
  std::string of_the_whole(std::size_t index, std::size_t clause, std::string metric) {
    const Claim& claim = claims_[index];
    // 其中 opens the figure's clause or the one before it: a few dozen characters back at most
    // (a sentence may run for kilobytes).
    constexpr std::size_t kReachBytes = 96;
    const std::size_t floor = std::max<std::size_t>(
        claim.sentence.begin,
        std::min(clause, claim.span.begin - std::min(claim.span.begin, kReachBytes)));
    const std::size_t among = last_among(claim.sentence, floor, claim.span.begin);
    if (among == std::string_view::npos) return metric;
    const std::size_t words_begin = std::max(clause, among + std::string_view("其中").size());
    const std::string part =
        trim_metric_phrase(after_last_inner_verb(slice(text_, words_begin, claim.span.begin)));
    if (part.empty() || named(part) != measure_of(metric)) return metric;
    const std::string whole = whole_before(among);
    std::size_t at = whole.find("进" + part);
    if (at == std::string::npos) at = whole.find(part);
    // 共青团员…其中，团员: a part that is the whole's head names the same kind of thing.
    if (at == std::string::npos || at == 0 || whole.substr(at) == part) return metric;
    return named(whole.substr(0, at) + part) + metric.substr(measure_of(metric).size());
  }

  // Where the last 其中 in [floor, end) of `sentence` starts; npos when none. Each sentence is
  // searched once, however many figures it holds.
  std::size_t last_among(ByteSpan sentence, std::size_t floor, std::size_t end) {
    if (sentence.begin != among_sentence_) {
      among_sentence_ = sentence.begin;
      among_offsets_.clear();
      const std::string_view words = slice(text_, sentence.begin, sentence.end);
      for (std::size_t at = words.find("其中"); at != std::string_view::npos;
           at = words.find("其中", at + 1))
        among_offsets_.push_back(sentence.begin + at);
    }
    for (auto it = among_offsets_.rbegin(); it != among_offsets_.rend(); ++it) {
      if (*it + std::string_view("其中").size() <= end)
        return *it >= floor ? *it : std::string_view::npos;
    }
    return std::string_view::npos;
  }

  // The measure of the last figure before `position` in its paragraph: the whole 其中 divides.
  std::string whole_before(std::size_t position) const {
    const std::size_t floor = line_begin(position);
    auto it = std::lower_bound(claims_.begin(), claims_.end(), position,
                               [](const Claim& c, std::size_t at) { return c.span.begin < at; });
    while (it != claims_.begin()) {
      --it;
      if (it->span.begin < floor) break;
      if (it->role != Role::share && it->role != Role::respectively && !it->metric.empty())
        return measure_of(it->metric);
    }
    return {};
  }

  // The sector or field the figure's sentence or paragraph is about (民营企业保持…，进出口19万亿元;
  // 机械工业。…), when the figure comes after the clause naming it. A sentence that states a figure
  // in its opening clause (高新技术企业达631家，同比增长18%) is about that figure, and one that
  // opens with a place (吉林省规上工业企业) about the place.
  std::string_view topic_of(std::size_t index, std::size_t clause) const {
    const Claim& claim = claims_[index];
    if (const std::optional<Topic> topic = sentence_topic(text_, claim.sentence, clause);
        topic && first_in_sentence(index).span.begin >= topic->clause_end &&
        !last_mention(topic->name.begin, topic->name.end))
      return slice(text_, topic->name.begin, topic->name.end);
    if (const std::optional<Topic> topic = heading_topic(text_, line_begin(claim.sentence.begin));
        topic && claim.span.begin >= topic->clause_end)
      return slice(text_, topic->name.begin, topic->name.end);
    return {};
  }

  const Claim& first_in_sentence(std::size_t index) const {
    const std::span<const Claim> earlier = earlier_in_sentence(index);
    return earlier.empty() ? claims_[index] : earlier.front();
  }

  std::string share_metric(std::size_t index, std::size_t clause) const {
    const Claim& claim = claims_[index];
    const std::size_t share = rfind_in(text_, "占", clause, claim.span.begin);
    if (share == std::string_view::npos) {
      std::string base = base_metric(index, clause, claim.span.begin);
      if (base.empty()) base = previous_metric(index);
      return base.empty() ? std::string() : base + "/占比";
    }
    if (const std::string of_named_whole = share_of_whole_named_before(index, clause, share);
        !of_named_whole.empty())
      return of_named_whole;
    // 其中工业增加值100亿元，占地区生产总值的40%, 同比增长18%，占全省…的15%: with no words of its
    // own the part is the measure of the figure before (the part itself, or what its rate was of).
    std::string base = base_metric(index, clause, share);
    if (base.empty()) base = previous_measure(index);
    const std::size_t whole_begin = share + std::string_view("占").size();
    // The whole as "entity:what"; what may be empty (占全省15%: of the same thing as the part).
    std::string whole_entity;
    std::size_t what_begin = whole_begin;
    for (auto it = first_mention_from(whole_begin);
         it != mentions_.end() && it->span.begin < claim.span.begin; ++it) {
      if (it->span.end <= claim.span.begin) {
        whole_entity = it->id;
        what_begin = it->span.end;
      }
    }
    std::string what = trim_metric_phrase(slice(text_, what_begin, claim.span.begin));
    for (std::string_view tail : {"比重", "比例"}) {
      if (what.ends_with(tail)) what.resize(what.size() - tail.size());
    }
    if (std::string_view id = metrics_.find(what); !id.empty()) what = id;
    // 占全省生物医药产业产值的15% says what 占全省15% leaves to the part: the same key.
    if (what == base) what.clear();
    return (base.empty() ? std::string("?") : base) + "/占" + whole_entity + ":" + what;
  }

  // 产值在全省占比15%, 增速为18%，在全省占比15%: with the noun 占比 the whole is named before
  // it, and the part is what the words before the whole (else the figure before) measure.
  // Empty when 占 is no 占比 or names no place.
  std::string share_of_whole_named_before(std::size_t index, std::size_t clause,
                                          std::size_t share) const {
    if (!text_.substr(share).starts_with("占比")) return {};
    // The last mention that begins in [clause, share).
    const auto after = first_mention_from(share);
    if (after == mentions_.begin() || std::prev(after)->span.begin < clause) return {};
    const EntityMention* whole = &*std::prev(after);
    std::string_view between = slice(text_, whole->span.end, share);
    if (between.starts_with("的")) between.remove_prefix(std::string_view("的").size());
    if (!between.empty()) return {};
    std::size_t lead_end = whole->span.begin;
    if (ends_with_at(text_, lead_end, "在")) lead_end -= std::string_view("在").size();
    std::string base = lead_end > clause ? base_metric(index, clause, lead_end) : std::string();
    if (base.empty()) base = previous_measure(index);
    if (base.empty()) return {};
    return base + "/占" + std::string(whole->id) + ":";
  }

  // 较一季度回落, 增速由上年全年下降3.8%: a bare verb of change, or a bare word for a rate,
  // names no measure of its own; the figure before says what changed.
  static bool names_only_a_change(std::string_view words) {
    for (std::string_view verb : {"加快", "回落", "提高", "下降", "增长", "放缓", "上升", "减少",
                                  "增加", "扩大", "收窄", "降低", "降", "升", "调整", "转"}) {
      if (words == verb || (words.starts_with(verb) && words.substr(verb.size()) == "了"))
        return true;
    }
    for (std::string_view rate : {"增速", "增幅", "增长率", "涨幅", "降幅", "速度", "增长速度"}) {
      if (words == rate) return true;
    }
    return false;
  }

  // The words of the clause before figure `index`, without the time it is dated by: 增加到 in
  // 增加到2002年的176万公里.
  std::string_view words_before_dated_figure(std::size_t index, std::size_t clause) const {
    const Claim& claim = claims_[index];
    std::string_view before = slice(text_, clause, claim.span.begin);
    if (before.ends_with("的")) before.remove_suffix(std::string_view("的").size());
    const std::size_t end = clause + before.size();
    if (const TimeMark* mark = last_mark(end);
        mark && mark->span.end == end && mark->span.begin >= clause)
      before = slice(text_, clause, mark->span.begin);
    return before;
  }

  std::string change_metric(std::size_t index, std::size_t clause) const {
    const Claim& claim = claims_[index];
    const std::string_view before = words_before_dated_figure(index, clause);
    std::size_t lead_end = claim.span.begin;
    // 入驻率由年初的21.3%提高到…: what changes is named before 由 (从).
    if (claim.role == Role::change_from) {
      for (std::string_view from : {"由", "从"}) {
        if (const std::size_t at = rfind_in(text_, from, clause, claim.span.begin);
            at != std::string_view::npos && at > clause)
          lead_end = at;
      }
    }
    // 由21.3%提高到53.6%: the new level is of what the starting value was.
    if (claim.role == Role::change && index > 0 && claims_[index - 1].role == Role::change_from &&
        claims_[index - 1].sentence.begin == claim.sentence.begin &&
        claims_[index - 1].metric.ends_with("/起点") &&
        (before.ends_with("到") || before.ends_with("至"))) {
      const std::string& from = claims_[index - 1].metric;
      return from.substr(0, from.size() - std::string_view("/起点").size());
    }
    std::string base = base_metric(index, clause, lead_end);
    // 比上年四季度加快0.3个百分点, 较一季度回落: the words name the comparison, not the metric,
    // which is that of the figure before (规上工业增加值同比增长3.0%).
    if (base.starts_with("比") || base.starts_with("较") || names_only_a_change(base))
      base = previous_metric(index);
    if (base.empty()) base = previous_metric(index);
    if (base.empty()) return {};
    if (claim.role == Role::change_from) return base + "/起点";
    // 提高到53.6%, 增至116个, 降为33.6%: the new level, the same metric as a plain value.
    for (std::string_view to : {"到", "至", "降为", "升为", "减为", "增为", "调整为"}) {
      if (before.ends_with(to)) return base;
    }
    const std::string against = explicit_base(claim);
    if (claim.kind == ClaimKind::percent) return base + "/增速" + against;
    if (claim.kind == ClaimKind::percentage_point) return base + "/变化" + against;
    return base + "/增量" + against;
  }

  // A change measured against a year written in its sentence (与2000年相比, 较2020年, 同1954年比较)
  // other than the year before its own: "(较2000)", so that 增长57.3% over five years and
  // 增长9.9% over one are not the same figure. Empty for 比上年 and for no base.
  std::string explicit_base(const Claim& claim) const {
    const TimeMark* mark = last_mark(claim.span.begin);
    for (; mark && mark->span.begin >= claim.sentence.begin;
         mark = mark == marks_.data() ? nullptr : mark - 1) {
      if (!mark->comparison_base) continue;
      const std::string_view base = mark->canonical;
      const auto is_year = [](std::string_view y) {
        return y.size() == 4 &&
               std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
      };
      if (base.empty()) return {};
      // 比一季度加快: a part of the year is named in full.
      if (!is_year(base)) return fmt::format("(较{})", base);
      const std::string own = claim.period.substr(0, 4);
      if (is_year(own) && std::stoi(own) - 1 == std::stoi(std::string(base))) return {};
      return fmt::format("(较{})", base);
    }
    return {};
  }

  // The figures of the list that 分别 at `marker` opens: up to a comma or another 分别.
  std::size_t values_after(std::size_t marker, ByteSpan sentence) const {
    std::size_t count = 0;
    std::size_t previous_end = marker;
    // Claims are in text order: start at the first after the marker, stop at the sentence end.
    auto first = std::lower_bound(
        claims_.begin(), claims_.end(), marker,
        [](const Claim& c, std::size_t position) { return c.span.begin < position; });
    for (auto it = first; it != claims_.end() && it->span.begin < sentence.end; ++it) {
      const Claim& c = *it;
      const std::string_view gap = slice(text_, previous_end, c.span.begin);
      if (count > 0 && ends_a_respectively_list(gap)) break;
      ++count;
      previous_end = c.span.end;
    }
    return count;
  }

  struct RespectivelyItem {
    std::string metric;
    std::string period;  // set when the list names years (2022年、2023年及2024年的收入)
    std::uint8_t list_size = 0;
  };

  // What the figure at `index` of a 分别 list stands for: the subject in its position, or the
  // year when the list is of years.
  RespectivelyItem respectively_item(std::size_t index, std::size_t clause) const {
    const Claim& claim = claims_[index];
    const std::size_t marker = rfind_in(text_, "分别", claim.sentence.begin, claim.span.begin);
    if (marker == std::string_view::npos)
      return {base_metric(index, clause, claim.span.begin), {}, 0};
    const std::size_t list_clause = clause_start(text_, marker, claim.sentence.begin);
    std::size_t list_begin = list_clause;
    if (const EntityMention* m = last_mention(list_clause, marker)) {
      // 中国、印度、日本分别增长…: a name followed by 、 is the list's first item; one after 、
      // is in the list (招商银行、贵州茅台、浪潮信息), whatever follows it.
      const bool first_item = text_.substr(m->span.end).starts_with("、");
      const bool inside = slice(text_, list_clause, m->span.begin).ends_with("、");
      if (!inside) list_begin = std::max(list_begin, first_item ? m->span.begin : m->span.end);
    }
    const std::size_t values = values_after(marker, claim.sentence);
    const ScopedList scoped = cut_at_scope(slice(text_, list_begin, marker));
    std::vector<std::string_view> items =
        subjects_of(split_list(scoped.items, values), values, kInnerVerbs);
    std::size_t position = 0;
    for (std::size_t j = index; j-- > 0;) {
      if (claims_[j].span.begin < marker || claims_[j].role != Role::respectively) break;
      ++position;
    }
    const std::size_t items_begin =
        items.empty() ? marker : static_cast<std::size_t>(items.front().data() - text_.data());
    if (const std::vector<const TimeMark*> years =
            listed_years(claim.sentence.begin, items_begin, marker, items.size(), values);
        !years.empty()) {
      RespectivelyItem item{years_metric(index, years, items_begin, marker),
                            {},
                            static_cast<std::uint8_t>(std::min<std::size_t>(values, 255))};
      item.period = year_in_position(years, position);
      return item;
    }
    std::vector<std::string> subjects = complete_list(items);
    for (std::string& subject : subjects) subject += scoped.share_word;
    RespectivelyItem item;
    item.list_size = static_cast<std::uint8_t>(std::min<std::size_t>(subjects.size(), 255));
    if (position < subjects.size()) item.metric = named(subjects[position]);
    return item;
  }

  // The years a 分别 list is about, in order, or none: years listed as its items (2022年、2023年
  // 及2024年的收入), or before them when the items do not match the figures (2022年、2023年及
  // 2024年，全区新增企业分别为a、b和c), or a span of as many years as figures (2023-2025年
  // 新能源材料与器件方向升学率分别为a、b和c, and a second list of that sentence).
  std::vector<const TimeMark*> listed_years(std::size_t sentence_begin, std::size_t items_begin,
                                            std::size_t marker, std::size_t items,
                                            std::size_t values) const {
    std::vector<const TimeMark*> years;
    const auto first = std::lower_bound(
        marks_.begin(), marks_.end(), sentence_begin,
        [](const TimeMark& m, std::size_t position) { return m.span.begin < position; });
    for (const TimeMark& mark : std::span(first, marks_.end())) {
      if (mark.span.begin >= marker) break;
      if (mark.comparison_base) continue;
      const bool joined =
          !years.empty() && is_list_joiner(slice(text_, years.back()->span.end, mark.span.begin));
      if (!joined) years.clear();
      if (mark.canonical.size() == 4) years.push_back(&mark);
    }
    const bool are_the_items = !years.empty() && years.front()->span.begin >= items_begin;
    if (years.size() >= 2 && years.size() == values && (are_the_items || items != values))
      return years;
    years.clear();
    if (items == values) return years;
    for (const TimeMark* mark = last_mark(marker); mark && mark->span.begin >= sentence_begin;
         mark = mark == marks_.data() ? nullptr : mark - 1) {
      const auto [first, last] = year_span(mark->canonical);
      if (first == 0) continue;
      if (static_cast<std::size_t>(last - first + 1) == values) years.push_back(mark);
      break;
    }
    return years;
  }

  static bool is_list_joiner(std::string_view gap) {
    return gap.empty() || gap == "、" || gap == "和" || gap == "及" || gap == "与" || gap == "、和";
  }

  // 2023..2025 → {2023, 2025}; {0, 0} for anything else.
  static std::pair<int, int> year_span(std::string_view canonical) {
    const auto year = [](std::string_view y) {
      int value = 0;
      const auto [end, error] = std::from_chars(y.data(), y.data() + y.size(), value);
      return y.size() == 4 && error == std::errc() && end == y.data() + y.size() ? value : 0;
    };
    const std::size_t dots = canonical.find("..");
    if (dots == std::string_view::npos) return {0, 0};
    const int first = year(canonical.substr(0, dots));
    const int last = year(canonical.substr(dots + 2));
    if (first == 0 || last <= first) return {0, 0};
    return {first, last};
  }

  static std::string year_in_position(const std::vector<const TimeMark*>& years,
                                      std::size_t position) {
    if (years.size() == 1) {
      const auto [first, last] = year_span(years.front()->canonical);
      const int year = first + static_cast<int>(position);
      return year <= last ? fmt::format("{}", year) : std::string();
    }
    return position < years.size() ? years[position]->canonical : std::string();
  }

  // What a list of years measures: the words after the last year (的收入, 方向升学率), else those
  // before the first (经济增长率继2023年和2024年分别收缩), else the figure before.
  std::string years_metric(std::size_t index, const std::vector<const TimeMark*>& years,
                           std::size_t items_begin, std::size_t marker) const {
    std::string_view phrase = slice(text_, std::max(years.back()->span.end, items_begin), marker);
    if (phrase.starts_with("的")) phrase.remove_prefix(std::string_view("的").size());
    if (phrase.empty() && years.front()->span.begin > items_begin) {
      phrase = slice(text_, items_begin, years.front()->span.begin);
      if (phrase.ends_with("继")) phrase.remove_suffix(std::string_view("继").size());
    }
    std::string metric = phrase.empty() ? std::string() : named(phrase);
    return metric.empty() ? previous_metric(index) : metric;
  }

  // The last time mark that ends by `end`.
  const TimeMark* last_mark(std::size_t end) const {
    auto it = std::lower_bound(
        marks_.begin(), marks_.end(), end,
        [](const TimeMark& m, std::size_t position) { return m.span.end <= position; });
    return it == marks_.begin() ? nullptr : &*std::prev(it);
  }

  // A figure of a holiday (2022年春节假期，…出游2.51亿人次) is of those days, not of the year;
  // a running total of the year the article was written in (截至22日，已累计举办3.4万场) is as of
  // the article's date: a later article's larger total does not contradict it.
  std::string within_the_period(const Claim& claim, std::string period) {
    if (period.empty()) return period;
    const std::string_view before = slice(text_, claim.sentence.begin, claim.span.begin);
    if (period.size() == 4) {
      // 五一假期，全国边检机关…。其中，内地居民出入境476.8万人次: the holiday may open the
      // paragraph, unless the figure's sentence names its own time (今年，…).
      const TimeMark* own = last_mark(claim.span.begin);
      const std::size_t reach = own && own->span.begin >= claim.sentence.begin
                                    ? claim.sentence.begin
                                    : line_begin(claim.sentence.begin);
      if (const std::string_view holiday = last_holiday(reach, claim.span.begin); !holiday.empty())
        return fmt::format("{}/{}", period, holiday);
    }
    if (date_ && document_year_ && period == fmt::format("{}", *document_year_) &&
        std::any_of(
            kRunningTotalWords.begin(), kRunningTotalWords.end(),
            [&](std::string_view word) { return before.find(word) != std::string_view::npos; }))
      return "as-of-" + *date_;
    return period;
  }

  // The last holiday named in [begin, end), which lie in one line; the line's holidays are
  // found once, when its first figure asks.
  std::string_view last_holiday(std::size_t begin, std::size_t end) {
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), end);
    const std::size_t line = after == line_starts_.begin() ? 0 : *std::prev(after);
    if (line != holidays_line_) {
      holidays_line_ = line;
      holidays_.clear();
      const std::string_view text =
          slice(text_, line, after == line_starts_.end() ? text_.size() : *after);
      for (std::string_view holiday : kHolidays) {
        for (std::size_t at = text.find(holiday); at != std::string_view::npos;
             at = text.find(holiday, at + holiday.size()))
          holidays_.push_back({line + at, holiday});
      }
      std::sort(holidays_.begin(), holidays_.end(),
                [](const HolidayAt& a, const HolidayAt& b) { return a.offset < b.offset; });
    }
    const auto past = std::lower_bound(holidays_.begin(), holidays_.end(), end,
                                       [](const HolidayAt& h, std::size_t position) {
                                         return h.offset + h.word.size() <= position;
                                       });
    if (past == holidays_.begin() || std::prev(past)->offset < begin) return {};
    return std::prev(past)->word;
  }

  // 是2024年全年的3倍: the base year named between the figure multiplied and the multiple.
  std::string multiple_base(const Claim& claim) const {
    const TimeMark* mark = last_mark(claim.span.begin);
    if (!mark || !mark->comparison_base || mark->span.begin < claim.sentence.begin) return {};
    return mark->canonical;
  }

  // 12项成果荣获2023年度国家科学技术奖: an award's edition named after the figure, in its clause,
  // dates it when nothing before it in its sentence does.
  const TimeMark* edition_after(const Claim& claim) const {
    const auto it = std::lower_bound(
        marks_.begin(), marks_.end(), claim.span.end,
        [](const TimeMark& m, std::size_t position) { return m.span.begin < position; });
    if (it == marks_.end() || !it->names_an_edition) return nullptr;
    return it->span.begin < clause_end(text_, claim.span.end, claim.sentence.end) ? &*it : nullptr;
  }

  std::string period_of(const Claim& claim) const {
    const TimeMark* mark = last_mark(claim.span.begin);
    // 比1957年的126亿元 is the 1957 figure; a figure further on is not (…增长百分之七十).
    // (是2024年全年的3倍 names the multiple, not the base's figure.)
    const auto names_base_figure = [&](const TimeMark& m) {
      const std::string_view between = slice(text_, m.span.end, claim.span.begin);
      return claim.kind != ClaimKind::multiple && (between.empty() || between == "的");
    };
    // 由1978年的36.5%调整到29%: 1978 dates the starting value, not the level reached after it
    // (由上年全年下降3.8% dates the 3.8% itself).
    const auto dates_a_starting_value = [&](const TimeMark& m) {
      const std::string_view before = slice(text_, claim.sentence.begin, m.span.begin);
      if (!before.ends_with("由") && !before.ends_with("从")) return false;
      const auto first_after =
          std::lower_bound(claims_.begin(), claims_.end(), m.span.end,
                           [](const Claim& c, std::size_t at) { return c.span.begin < at; });
      return first_after != claims_.end() && first_after->span.end <= claim.span.begin;
    };
    while (mark && ((mark->comparison_base && !names_base_figure(*mark)) ||
                    dates_a_starting_value(*mark))) {
      mark = mark == marks_.data() ? nullptr : mark - 1;
    }
    if (const TimeMark* edition = edition_after(claim);
        edition && !(mark && mark->span.begin >= claim.sentence.begin))
      return edition->canonical;
    if (!mark) return {};
    const TimeMark& latest = *mark;
    if (latest.span.begin >= claim.sentence.begin) return latest.canonical;
    // Carried from an earlier sentence of the same paragraph; an award's edition carries not.
    if (latest.names_an_edition) return {};
    if (latest.span.begin >= line_begin(claim.sentence.begin)) return latest.canonical;
    return {};
  }

  std::string_view text_;
  std::vector<Claim>& claims_;
  std::vector<EntityMention> mentions_;
  std::vector<TimeMark> marks_;
  std::vector<std::size_t> line_starts_;  // offsets just after each line break
  const MetricLexicon& metrics_;
  struct HolidayAt {
    std::size_t offset;
    std::string_view word;
  };
  std::size_t among_sentence_ = std::string_view::npos;  // the sentence among_offsets_ are of
  std::vector<std::size_t> among_offsets_;               // where 其中 starts in it
  std::size_t holidays_line_ = std::string_view::npos;   // the line holidays_ were found in
  std::vector<HolidayAt> holidays_;
  std::optional<std::string> date_;   // the article's date (YYYY-MM-DD); empty when not known
  std::optional<int> document_year_;  // from the article's date; empty when not known
  std::string subject_;
};

}  // namespace

Attributor::Attributor(const AttributionLexicon& lexicon) : entities_(lexicon), metrics_(lexicon) {
  entities_.mark_word_starts(word_starts_);
  mark_time_word_starts(word_starts_);
}

void Attributor::attribute(std::string_view text, Extraction& extraction,
                           const std::vector<PeriodMention>& periods,
                           const std::optional<std::string>& date) const {
  const std::vector<WordStart> starts = word_starts_.find(text);
  DocumentAttribution document(text, extraction, entities_.find(text, starts),
                               time_marks(text, periods, date, starts), starts, metrics_, date);
  document.run();
}

}  // namespace figcheck::parser
