#include "parser/attribution/entity_mentions.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "parser/attribution/word_buckets.hpp"
#include "parser/sentence.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

struct SuffixWord {
  std::string_view text;
  EntityLevel level;
  bool single_character;  // 市, 省, 县: a name only with 2–4 characters before it
};

// Words that end the name of a body or place; the name runs back from them (长春海悦药业).
constexpr std::array kSuffixes{
    SuffixWord{"股份有限公司", EntityLevel::organisation, false},
    SuffixWord{"有限责任公司", EntityLevel::organisation, false},
    SuffixWord{"有限公司", EntityLevel::organisation, false},
    SuffixWord{"公司", EntityLevel::organisation, false},
    SuffixWord{"集团", EntityLevel::organisation, false},
    SuffixWord{"药业", EntityLevel::organisation, false},
    SuffixWord{"研究所", EntityLevel::organisation, false},
    SuffixWord{"研究院", EntityLevel::organisation, false},
    SuffixWord{"实验室", EntityLevel::organisation, false},
    SuffixWord{"大学", EntityLevel::organisation, false},
    SuffixWord{"学院", EntityLevel::organisation, false},
    SuffixWord{"联盟", EntityLevel::organisation, false},
    SuffixWord{"银行", EntityLevel::organisation, false},
    SuffixWord{"医院", EntityLevel::organisation, false},
    SuffixWord{"医药城", EntityLevel::zone, false},
    SuffixWord{"科学城", EntityLevel::zone, false},
    SuffixWord{"高新区", EntityLevel::zone, false},
    SuffixWord{"开发区", EntityLevel::zone, false},
    SuffixWord{"经开区", EntityLevel::zone, false},
    SuffixWord{"示范区", EntityLevel::zone, false},
    SuffixWord{"自贸区", EntityLevel::zone, false},
    SuffixWord{"新区", EntityLevel::zone, false},
    SuffixWord{"产业园", EntityLevel::zone, false},
    SuffixWord{"示范园", EntityLevel::zone, false},
    SuffixWord{"农高区", EntityLevel::zone, false},
    SuffixWord{"市", EntityLevel::city, true},
    SuffixWord{"省", EntityLevel::province, true},
    SuffixWord{"县", EntityLevel::district, true},
};

struct ReferenceWord {
  std::string_view text;
  EntityLevel level;
};

// 该高新区, 本市, 全省, 我国: the entity meant is found from what came before.
constexpr std::array kReferences{
    ReferenceWord{"该高新区", EntityLevel::zone},
    ReferenceWord{"该新区", EntityLevel::zone},
    ReferenceWord{"该开发区", EntityLevel::zone},
    ReferenceWord{"该园区", EntityLevel::zone},
    ReferenceWord{"该区", EntityLevel::district},
    ReferenceWord{"本区", EntityLevel::district},
    ReferenceWord{"全区", EntityLevel::district},
    ReferenceWord{"我区", EntityLevel::district},
    ReferenceWord{"该市", EntityLevel::city},
    ReferenceWord{"本市", EntityLevel::city},
    ReferenceWord{"全市", EntityLevel::city},
    ReferenceWord{"我市", EntityLevel::city},
    ReferenceWord{"该省", EntityLevel::province},
    ReferenceWord{"本省", EntityLevel::province},
    ReferenceWord{"全省", EntityLevel::province},
    ReferenceWord{"我省", EntityLevel::province},
    ReferenceWord{"该县", EntityLevel::district},
    ReferenceWord{"全县", EntityLevel::district},
    ReferenceWord{"全国", EntityLevel::country},
    ReferenceWord{"我国", EntityLevel::country},
    ReferenceWord{"该公司", EntityLevel::organisation},
    ReferenceWord{"该企业", EntityLevel::organisation},
    ReferenceWord{"该集团", EntityLevel::organisation},
};

// Characters that cannot be inside a name: function words and particles.
constexpr std::u32string_view kNameStops =
    U"的在和与及为对将从由是了向把被让等于或并但而也都已以给到跟同据经之其这那此该各每们些";

// Verbs that often stand right before a name and are not part of it.
constexpr auto kLeadingVerbs = std::to_array<std::string_view>(
    {"走进", "依托", "支持", "推动", "联合",   "汇聚", "拥有", "集聚", "引进", "成立", "组建",
     "建设", "打造", "落户", "带动", "吸引",   "培育", "来到", "位于", "作为", "通过", "围绕",
     "携手", "助力", "服务", "加入", "入驻",   "包括", "涵盖", "如",   "像",   "有",   "即",
     "获",   "获批", "获得", "实现", "建设成", "建成", "打响", "现有", "加强", "增强"});

// What may follow 市/省/县 in a word that is not a place name (市委, 省级, 市场).
constexpr std::u32string_view kPlaceWordContinuations =
    U"委政场民级内外长属领直值况面容貌人府份区域";

constexpr std::u32string_view kClassifiers = U"家个项名位批所座条只台件户";
constexpr std::u32string_view kChineseDigits = U"零〇一二三四五六七八九十百千万亿两几余多";

bool contains(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool can_be_in_name(char32_t c) {
  if (utf8::is_han(c)) return !contains(kNameStops, c);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == U'(' || c == U')' || c == U'（' ||
         c == U'）';
}

std::size_t code_points_between(std::string_view text, std::size_t begin, std::size_t end) {
  return utf8::count_code_points(text.substr(begin, end - begin));
}

// Names of categories, not of bodies: 重点实验室, 国家级…中心 (a surface name needs a proper part).
bool is_category(std::string_view name_part) {
  static constexpr auto kGenericWords = std::to_array<std::string_view>(
      {"重点", "国家重点", "全国重点", "省部级重点", "省级重点", "国家", "省级", "市级", "国家级",
       "省部级", "龙头", "骨干", "新型", "各", "一批", "多家", "全国", "省", "市", "产业", "国际",
       "军用",
       // 上市公司股东的净利润: kinds of company, not a company
       "上市", "子", "母", "分", "控股", "参股", "投资", "该", "本", "我",
       // 报告期公司产能提升: the company of the report, not one named 报告期
       "报告期", "报告期内", "期内", "同期"});
  if (std::find(kGenericWords.begin(), kGenericWords.end(), name_part) != kGenericWords.end())
    return true;
  return name_part.ends_with("重点") || name_part.ends_with("级");
}

// A place named as the whole of a share or the base of a comparison (占全省, 比上年): not whom
// the sentence is about.
bool is_comparison_base(std::string_view text, std::size_t at) {
  static constexpr auto kBaseWords = std::to_array<std::string_view>({"占", "比", "较", "超过"});
  for (std::string_view lead : kBaseWords) {
    if (at >= lead.size() && text.substr(at - lead.size(), lead.size()) == lead) return true;
  }
  return false;
}

// 以…国家重点实验室、吉林省…重点实验室为代表的…, 拥有一汽奔腾、天合富奥等一批龙头企业: a name
// among the examples of a category (places listed with 等 are more often the subjects together:
// 北京、河北等地). `representative` is where the next 为代表 at or after the mention is, or npos.
bool is_an_example(std::string_view text, ByteSpan span, EntityLevel level,
                   std::size_t representative) {
  constexpr std::size_t kReachBytes = 240;
  const std::string_view ahead = text.substr(span.end, kReachBytes);
  if (level == EntityLevel::organisation) {
    // 一汽奔腾、…等: the item may go on for a brand or a plant after the name.
    constexpr int kMaxTailCharacters = 3;
    std::size_t item_end = 0;
    for (int tail = 0; tail < kMaxTailCharacters; ++tail) {
      const utf8::Decoded d = utf8::decode(ahead, item_end);
      if (!d.valid() || !utf8::is_han(d.code_point) || d.code_point == U'等') break;
      item_end += static_cast<std::size_t>(d.length);
    }
    const std::string_view item_rest = ahead.substr(item_end);
    if (item_rest.starts_with("、") || item_rest.starts_with("等")) {
      const std::size_t list_end = clause_end(ahead, 0, ahead.size());
      if (ahead.substr(0, list_end).find("等") != std::string_view::npos) return true;
    }
  }
  if (representative == std::string_view::npos || representative - span.end >= kReachBytes)
    return false;
  const std::size_t marker = representative - span.end;
  const std::size_t clause =
      clause_start(text, span.begin, span.begin - std::min(span.begin, kReachBytes));
  const std::string_view behind = text.substr(clause, span.begin - clause);
  if (behind.find("以") == std::string_view::npos) return false;
  const std::string_view between = ahead.substr(0, marker);
  return between.find("，") == std::string_view::npos &&
         between.find("。") == std::string_view::npos &&
         between.find(',') == std::string_view::npos;
}

// “中国创新药出海领航企业40强”, “走遍长春·情暖春城”行动: a name inside a quoted title is a word
// of the title. A name quoted alone (“长春新区”) is still the name.
bool inside_a_quoted_title(std::string_view before, std::string_view after) {
  constexpr std::size_t kReachBytes = 24;  // eight characters before, sixteen after
  const std::string_view near = before.substr(before.size() - std::min(before.size(), kReachBytes));
  const std::size_t open = near.rfind("“");
  if (open == std::string_view::npos || near.find("”", open) != std::string_view::npos)
    return false;
  const std::size_t close = after.find("”");
  if (close == std::string_view::npos || after.substr(0, close).find("“") != std::string_view::npos)
    return false;
  return !(near.ends_with("“") && close == 0);
}

// A mention that qualifies rather than acts: 在全省首推 and 居全国第二 (where), 吉林省首届 and
// 全国首家 (first where), 吉林省专精特新企业 (who certified), and a name opening a longer quoted
// title (“中国创新药出海领航企业40强”).
bool is_qualifier(std::string_view text, ByteSpan span, EntityLevel level, bool scope,
                  std::size_t representative) {
  const std::string_view before = text.substr(0, span.begin);
  const std::string_view after = text.substr(span.end, 16);
  if (scope && (before.ends_with("在") || before.ends_with("于") || before.ends_with("居")))
    return true;
  // 据中国充电联盟统计: the source of the figure, not its subject.
  if (before.ends_with("据")) return true;
  static constexpr auto kLabels = std::to_array<std::string_view>(
      {"专精特新", "重点实验室", "单项冠军", "“专精特新", "瞪羚", "雏鹰"});
  if (std::any_of(kLabels.begin(), kLabels.end(),
                  [&](std::string_view label) { return after.starts_with(label); }))
    return true;
  // 举办吉林省首届…, 是全国首个…: "first where" after a verb; 我国首条高铁 opening a clause is
  // the subject.
  if (after.starts_with("首")) {
    const utf8::Decoded previous = utf8::decode_before(text, span.begin);
    if (previous.valid() && utf8::is_han(previous.code_point)) return true;
  }
  if (inside_a_quoted_title(before, text.substr(span.end, 48))) return true;
  return is_an_example(text, span, level, representative);
}

// “吉林一号” is a satellite, not the province.
bool names_a_product(std::string_view text, std::size_t end) {
  const std::string_view after = text.substr(end, 12);
  const std::size_t mark = after.find("号");
  if (mark == std::string_view::npos || mark == 0 || mark > 9) return false;
  const utf8::Decoded first = utf8::decode(after, 0);
  return first.valid() &&
         (is_ascii_alnum(first.code_point) || contains(kChineseDigits, first.code_point));
}

// 吉林大华机械, 吉林化纤集团: a place name followed by a brand and a trade starts a company's
// name; the place is not who the sentence is about.
bool names_a_company(std::string_view text, std::size_t end) {
  static constexpr auto kTrades = std::to_array<std::string_view>(
      {"机械", "科技", "药业", "制药", "生物", "汽车", "电子", "化工", "化纤", "能源", "光电",
       "材料", "股份", "集团", "银行", "证券", "控股", "实业", "医疗", "电气", "农业", "食品"});
  static const WordBuckets trades(kTrades, WordBuckets::Side::start);
  constexpr int kMaxBrandCharacters = 3;
  std::size_t at = end;
  for (int brand = 0; brand <= kMaxBrandCharacters; ++brand) {
    if (brand > 0) {
      if (!trades.match(text.substr(at)).empty()) return true;
    }
    const utf8::Decoded d = utf8::decode(text, at);
    if (!d.valid() || !utf8::is_han(d.code_point) || contains(kNameStops, d.code_point))
      return false;
    at += static_cast<std::size_t>(d.length);
  }
  return false;
}

// （中国证券报）, 吉林日报记者: a place name opening a newspaper's or a broadcaster's name is the
// source of the article, not who a figure is about.
bool names_a_medium(std::string_view text, std::size_t end) {
  static constexpr auto kMedia = std::to_array<std::string_view>(
      {"日报", "晚报", "时报", "商报", "证券报", "青年报", "工人报", "经济报", "电视台", "广播电台",
       "新闻网", "通讯社", "新闻社"});
  constexpr int kMaxTitleCharacters = 4;
  const auto ends_the_name = [&](std::size_t at) {
    const std::string_view rest = text.substr(at);
    const utf8::Decoded next = utf8::decode(text, at);
    return !next.valid() || !utf8::is_han(next.code_point) || rest.starts_with("记者") ||
           rest.starts_with("网") || rest.starts_with("讯") || rest.starts_with("社");
  };
  // Most names are no medium's: none of the characters media names end with follows closely.
  constexpr std::size_t kReachBytes = 24;
  const std::string_view near = text.substr(end, kReachBytes);
  if (near.find("报") == std::string_view::npos && near.find("台") == std::string_view::npos &&
      near.find("网") == std::string_view::npos && near.find("社") == std::string_view::npos)
    return false;
  std::size_t at = end;
  for (int title = 0; title <= kMaxTitleCharacters; ++title) {
    for (std::string_view medium : kMedia) {
      if (text.substr(at).starts_with(medium) && ends_the_name(at + medium.size())) return true;
    }
    const utf8::Decoded d = utf8::decode(text, at);
    if (!d.valid() || !utf8::is_han(d.code_point) || contains(kNameStops, d.code_point))
      return false;
    at += static_cast<std::size_t>(d.length);
  }
  return false;
}

// Where the name ending in the suffix at `suffix_begin` starts; nullopt when it is no name.
// `mentions` are those found before the suffix: a name may open with one city, province or
// country (长春海悦药业, 长春北湖…示范园) but runs back over no second one and over no zone
// (长春新区|长春北湖…示范园).
std::optional<std::size_t> surface_name_begin(std::string_view text, std::size_t suffix_begin,
                                              std::size_t suffix_end, const SuffixWord& suffix,
                                              std::size_t floor,
                                              std::span<const EntityMention> mentions) {
  constexpr std::size_t kMaxNameCharacters = 20;
  if (!mentions.empty()) {
    // A zone named just before is a word of its own (长春新区|长春北湖…示范园); a city, province
    // or country may open the name, and a body's name may go on (…集团|股份有限公司).
    const EntityLevel last = mentions.back().level;
    if (last == EntityLevel::zone || last == EntityLevel::district)
      floor = std::max(floor, mentions.back().span.end);
    if (mentions.size() >= 2) floor = std::max(floor, mentions[mentions.size() - 2].span.end);
  }
  std::size_t begin = suffix_begin;
  std::size_t characters = 0;
  while (begin > floor && characters < kMaxNameCharacters) {
    const utf8::Decoded d = utf8::decode_before(text, begin);
    if (!d.valid() || !can_be_in_name(d.code_point)) break;
    begin -= static_cast<std::size_t>(d.length);
    ++characters;
  }
  // 68例（郑州市1例: a parenthesis opened and not closed before the suffix is not the name's.
  {
    const std::string_view run = text.substr(begin, suffix_begin - begin);
    const std::size_t ascii = run.rfind('(');
    const std::size_t wide = run.rfind("（");
    const std::size_t open = ascii == std::string_view::npos  ? wide
                             : wide == std::string_view::npos ? ascii
                                                              : std::max(ascii, wide);
    if (open != std::string_view::npos && run.find(')', open) == std::string_view::npos &&
        run.find("）", open) == std::string_view::npos)
      begin += open + (run[open] == '(' ? 1 : std::string_view("（").size());
  }
  // A category being counted (11家全国重点实验室) is no named body.
  if (begin > floor) {
    const utf8::Decoded before = utf8::decode_before(text, begin);
    const utf8::Decoded first = utf8::decode(text, begin);
    if (first.valid() && contains(kClassifiers, first.code_point) && before.valid() &&
        (is_ascii_alnum(before.code_point) || contains(kChineseDigits, before.code_point))) {
      return std::nullopt;
    }
  }
  // 2019年青阳县: the 年 closes a date and opens no name.
  if (begin > floor && begin < suffix_begin) {
    const utf8::Decoded before = utf8::decode_before(text, begin);
    const utf8::Decoded first = utf8::decode(text, begin);
    const bool after_number = before.valid() && (is_ascii_alnum(before.code_point) ||
                                                 contains(kChineseDigits, before.code_point));
    if (after_number && first.valid() &&
        (first.code_point == U'年' || first.code_point == U'月' || first.code_point == U'日'))
      begin += static_cast<std::size_t>(first.length);
  }
  static const WordBuckets leading_verbs(kLeadingVerbs, WordBuckets::Side::start);
  for (std::string_view verb;
       !(verb = leading_verbs.match(text.substr(begin, suffix_begin - begin))).empty();)
    begin += verb.size();
  const std::size_t name_characters = code_points_between(text, begin, suffix_begin);
  if (is_category(text.substr(begin, suffix_begin - begin))) return std::nullopt;
  if (!suffix.single_character) {
    return name_characters >= 2 ? std::optional(begin) : std::nullopt;
  }
  if (name_characters < 2 || name_characters > 4) return std::nullopt;
  // 经济大省, 制造强市, 产粮大县: a kind of place, not one (波哥大市 is one).
  static constexpr auto kKindsOfPlace = std::to_array<std::string_view>(
      {"经济大", "产粮大", "粮食大", "生产大", "农业大", "工业大", "人口大", "制造大",
       "旅游大", "能源大", "资源大", "外贸大", "消费大", "开放大", "百强",   "千强",
       "经济强", "农业强", "工业强", "制造强", "科技强", "文化强", "教育强", "体育强",
       "旅游强", "质量强", "交通强", "海洋强", "网络强", "数字强", "人才强", "增强"});
  // 发展城市, 部分城市, 一线城市: the common noun 城市, unless the name is one of the cities
  // that end in 城.
  static constexpr auto kCitiesEndingInCheng = std::to_array<std::string_view>(
      {"白城", "盐城", "聊城", "晋城", "运城", "宜城", "宣城", "韩城", "诸城", "邹城", "麻城",
       "应城", "武城", "德城", "兴城"});
  const std::string_view name = text.substr(begin, suffix_begin - begin);
  if (suffix.text == "市" && name.ends_with("城") &&
      std::none_of(kCitiesEndingInCheng.begin(), kCitiesEndingInCheng.end(),
                   [&](std::string_view city) { return name.ends_with(city); }))
    return std::nullopt;
  // The name and two characters before it (经|济大省 after a verb was taken off, 济百强县|市).
  std::size_t window = begin;
  for (int n = 0; n < 2 && window > 0; ++n)
    window -= static_cast<std::size_t>(std::max(utf8::decode_before(text, window).length, 1));
  const std::string_view named = text.substr(window, suffix_begin - window);
  if (std::any_of(kKindsOfPlace.begin(), kKindsOfPlace.end(), [&](std::string_view kind) {
        return named.find(kind) != std::string_view::npos;
      }))
    return std::nullopt;
  const utf8::Decoded next = utf8::decode(text, suffix_end);
  if (next.valid() && contains(kPlaceWordContinuations, next.code_point)) return std::nullopt;
  return begin;
}

// “金赛药业” in (以下简称“金赛药业”) right after a name: an alias the article defines.
std::optional<std::string_view> defined_alias(std::string_view text, std::size_t name_end) {
  std::string_view rest = text.substr(name_end, 64);
  for (std::string_view open : {"(", "（"}) {
    if (!rest.starts_with(open)) continue;
    rest.remove_prefix(open.size());
    for (std::string_view lead : {"以下简称", "简称"}) {
      if (!rest.starts_with(lead)) continue;
      rest.remove_prefix(lead.size());
      if (rest.starts_with("“")) rest.remove_prefix(std::string_view("“").size());
      const std::size_t close = rest.find("”");
      if (close == std::string_view::npos || close == 0) return std::nullopt;
      return rest.substr(0, close);
    }
  }
  return std::nullopt;
}

bool level_matches(EntityLevel wanted, EntityLevel have) {
  if (wanted == have) return true;
  const auto areal = [](EntityLevel l) {
    return l == EntityLevel::district || l == EntityLevel::zone;
  };
  return areal(wanted) && areal(have);
}

}  // namespace

EntityFinder::EntityFinder(const AttributionLexicon& lexicon) : lexicon_(lexicon) {
  for (std::size_t i = 0; i < lexicon.entities.size(); ++i) {
    by_id_.emplace(lexicon.entities[i].id, i);
    for (const std::string& name : lexicon.entities[i].names) names_.add(name, i);
  }
  for (std::size_t i = 0; i < kSuffixes.size(); ++i) suffixes_.add(kSuffixes[i].text, i);
  for (std::size_t i = 0; i < kReferences.size(); ++i) references_.add(kReferences[i].text, i);
  mark_word_starts(own_starts_);
}

void EntityFinder::mark_word_starts(WordStartTable& table) const {
  for (char32_t c : references_.first_characters()) table.mark(c, kEntityReference);
  for (char32_t c : names_.first_characters()) table.mark(c, kEntityName);
  for (char32_t c : suffixes_.first_characters()) table.mark(c, kEntitySuffix);
  table.mark(U'\n', kSentenceBreak);
  table.mark(U'。', kSentenceBreak);
}

std::vector<EntityMention> EntityFinder::find(std::string_view text) const {
  return find(text, own_starts_.find(text));
}

std::string_view EntityFinder::ancestor_at(std::string_view id, EntityLevel level) const {
  // The depth bound guards against a part_of cycle in a user's pack.
  for (int depth = 0; depth < 16; ++depth) {
    const auto found = by_id_.find(id);
    if (found == by_id_.end()) return {};
    const EntityEntry& entry = lexicon_.entities[found->second];
    if (level_matches(level, entry.level)) return entry.id;
    id = entry.part_of;
  }
  return {};
}

EntityFinder::GenericName EntityFinder::read_generic_name(
    std::string_view text, std::size_t at, const PhraseIndex::Match& name, std::size_t floor,
    std::span<const EntityMention> before) const {
  const auto suffix = suffixes_.match_at(text, at);
  if (!suffix || suffix->length != name.length) return {};
  // 国家高新区, 12家高新区, 各经开区: a kind of zone, not one.
  static constexpr auto kKinds =
      std::to_array<std::string_view>({"国家", "国家级", "省级", "市级", "家", "个", "各", "等"});
  const std::string_view lead = text.substr(0, at);
  if (std::any_of(kKinds.begin(), kKinds.end(),
                  [&](std::string_view kind) { return lead.ends_with(kind); }))
    return {GenericName::Reading::kind_of_body};
  const std::size_t end = at + name.length;
  const auto begin = surface_name_begin(text, at, end, kSuffixes[suffix->entry], floor, before);
  if (!begin || *begin >= at) return {};
  // 长春市高新区: the pack's own place written before its zone.
  if (!before.empty() && before.back().span.begin <= *begin && before.back().span.end >= at) {
    const EntityMention& place = before.back();
    const std::string_view pack_id = lexicon_.entities[name.entry].id;
    if (ancestor_at(pack_id, place.level) == place.id) return {};
  }
  return {GenericName::Reading::end_of_another_name, *begin};
}

std::vector<EntityMention> EntityFinder::find(std::string_view text,
                                              std::span<const WordStart> starts) const {
  std::vector<EntityMention> mentions;
  // Most articles define no alias: the index (and its bitsets) is made for the first one.
  // (A std::optional would still zero its 16 KB of storage on every call.)
  std::unique_ptr<PhraseIndex> aliases;
  std::vector<EntityMention> alias_targets;

  // Where the next 为代表 is: mentions come in text order, so one forward search serves all.
  std::size_t representative = 0;
  bool searched = false;
  const auto representative_after = [&](std::size_t at) {
    if (!searched || (representative != std::string_view::npos && representative < at)) {
      representative = text.find("为代表", at);
      searched = true;
    }
    return representative;
  };

  const auto add_mention = [&](EntityMention mention) {
    // A longer name swallows names nested in it (长春 in 长春海悦药业).
    while (!mentions.empty() && mentions.back().span.begin >= mention.span.begin)
      mentions.pop_back();
    if (auto alias = defined_alias(text, mention.span.end)) {
      if (!aliases) aliases = std::make_unique<PhraseIndex>();
      aliases->add(*alias, alias_targets.size());
      alias_targets.push_back(mention);
    }
    mention.comparison_base = is_comparison_base(text, mention.span.begin);
    mention.qualifier = is_qualifier(text, mention.span, mention.level, false,
                                     representative_after(mention.span.end));
    mentions.push_back(std::move(mention));
  };

  const auto resolve = [&](EntityLevel level) -> std::optional<EntityMention> {
    // The nearest mention of that level or lying in one (长春高新区 … 长春海悦药业 … 全市: the
    // company is no city and lies in none the lexicon knows; the zone lies in 长春).
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
      if (level_matches(level, it->level)) return *it;
      if (const std::string_view up = ancestor_at(it->id, level); !up.empty())
        return EntityMention{{}, up, level};
    }
    return std::nullopt;
  };

  std::size_t floor = 0;  // names never reach back over an earlier mention's start
  std::size_t next_start = 0;
  for (std::size_t at = 0;;) {
    // Visit the next marked start; once the article has defined an alias (rare), any character
    // may start one, so from there every character is visited.
    std::uint8_t kinds = 0;
    if (!aliases) {
      while (next_start < starts.size() && starts[next_start].offset < at) ++next_start;
      if (next_start == starts.size()) break;
      at = starts[next_start].offset;
      kinds = starts[next_start].kinds;
    } else if (at >= text.size()) {
      break;
    }
    const utf8::Decoded here = utf8::decode(text, at);
    const std::size_t length = static_cast<std::size_t>(std::max(here.length, 1));
    if (aliases && here.valid()) kinds = own_starts_.kinds_of(here.code_point);
    if ((kinds & kSentenceBreak) != 0) floor = at;
    // 我国 where the pack lists it as a name of its home country is that country, not the nearest
    // country named before (美国…，我国…); 全国 stays a reference (a scope, 占全国) that falls
    // back on the pack's name when nothing before resolves it.
    const auto pack_name = [&](std::size_t length) -> std::optional<EntityMention> {
      const auto name = names_.match_at(text, at);
      if (!name || name->length != length) return std::nullopt;
      const EntityEntry& entry = lexicon_.entities[name->entry];
      return EntityMention{{}, entry.id, entry.level};
    };
    const auto named_in_the_pack = [&](std::size_t length) {
      return pack_name(length) && !text.substr(at).starts_with("全");
    };
    if ((kinds & kEntityReference) != 0) {
      if (auto reference = references_.match_at(text, at);
          reference && !named_in_the_pack(reference->length)) {
        const ByteSpan span{at, at + reference->length};
        // 全国重点实验室 names a category of labs, not the country.
        if (!text.substr(span.end).starts_with("重点")) {
          auto target = resolve(kReferences[reference->entry].level);
          if (!target) target = pack_name(reference->length);
          if (target) {
            const bool scope = text.substr(at).starts_with("全");
            mentions.push_back(
                {span, target->id, target->level, is_comparison_base(text, at), scope,
                 is_qualifier(text, span, target->level, scope, representative_after(span.end))});
          }
        }
        at = floor = span.end;
        continue;
      }
    }
    if (aliases && here.valid() && aliases->may_start(here.code_point)) {
      if (auto alias = aliases->match_at(text, at)) {
        const EntityMention& target = alias_targets[alias->entry];
        add_mention({{at, at + alias->length}, target.id, target.level});
        at = floor = at + alias->length;
        continue;
      }
    }
    if ((kinds & kEntityName) != 0) {
      // 其中国家级: 其中 + 国家级, not 中国.
      const auto splits_a_word = [&] { return at >= 3 && text.substr(at - 3, 3) == "其"; };
      // A company's name opens with a place (吉林大华机械), not with a zone or a body that has a
      // name of its own (永春医药城聚焦生物医药 is the zone at work).
      const auto opens_a_company = [&](const PhraseIndex::Match& name) {
        const EntityLevel level = lexicon_.entities[name.entry].level;
        return level != EntityLevel::zone && level != EntityLevel::organisation &&
               names_a_company(text, at + name.length);
      };
      if (auto name = names_.match_at(text, at);
          name && !splits_a_word() && !names_a_product(text, at + name->length) &&
          !opens_a_company(*name) && !names_a_medium(text, at + name->length)) {
        const EntityEntry& entry = lexicon_.entities[name->entry];
        const std::size_t end = at + name->length;
        switch (const GenericName generic = read_generic_name(text, at, *name, floor, mentions);
                generic.reading) {
          case GenericName::Reading::kind_of_body:
            break;
          case GenericName::Reading::end_of_another_name:
            add_mention({{generic.begin, end},
                         text.substr(generic.begin, end - generic.begin),
                         entry.level});
            break;
          case GenericName::Reading::pack_entity:
            add_mention({{at, end}, entry.id, entry.level});
            break;
        }
        at = end;
        continue;
      }
    }
    if ((kinds & kEntitySuffix) != 0) {
      if (auto suffix = suffixes_.match_at(text, at)) {
        const SuffixWord& word = kSuffixes[suffix->entry];
        const std::size_t end = at + suffix->length;
        // “乐购惠民 活力新区”: a slogan ends with the suffix, no body is named.
        const auto ends_a_slogan = [&](std::size_t begin) {
          return text.substr(end).starts_with("”") && !text.substr(0, begin).ends_with("“");
        };
        if (auto begin = surface_name_begin(text, at, end, word, floor, mentions);
            begin && !ends_a_slogan(*begin)) {
          add_mention({{*begin, end}, text.substr(*begin, end - *begin), word.level});
          at = end;
          continue;
        }
      }
    }
    at += length;
  }
  return mentions;
}

}  // namespace figcheck::parser
