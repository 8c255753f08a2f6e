#include "parser/mention_context.hpp"

#include <algorithm>
#include <array>
#include <bitset>

#include "parser/byte_match.hpp"
#include "parser/candidate_scanner.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/lexicon/qualifiers.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

template <std::size_t N>
bool starts_with_any(std::string_view text, std::size_t position,
                     const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return starts_with_at(text, position, w); });
}

bool is_ascii_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_ascii_alnum(char c) {
  return is_ascii_letter(c) || (c >= '0' && c <= '9');
}

bool is_opening_quote(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'「' || c == U'『' || c == U'"' || c == U'《';
}
bool is_closing_quote(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'"' || c == U'》';
}

// A quotation this short is a name, a code or a slogan (“三区叠加”, “4到位”, “1351”).
constexpr int kShortQuoteCodePoints = 12;

}  // namespace

namespace {

// 最高支持1000万元, 至少举办12场, 约有300人: these qualifiers reach over one short verb. The
// verb stays out of the claim's text.
std::optional<PrefixQualifier> qualifier_over_a_verb(std::string_view text, std::size_t position) {
  static constexpr std::string_view kReaching[] = {"最高", "最多", "至少", "最少", "约"};
  std::size_t gap = position;
  for (int chars = 1; chars <= 2; ++chars) {
    const utf8::Decoded d = utf8::decode_before(text, gap);
    if (!d.valid() || d.code_point < 0x4E00 || d.code_point > 0x9FFF) return std::nullopt;
    gap -= static_cast<std::size_t>(d.length);
    for (std::string_view word : kReaching) {
      if (!ends_with_at(text, gap, word)) continue;
      for (const lexicon::QualifierEntry& entry : lexicon::prefix_qualifiers())
        if (entry.surface == word) return PrefixQualifier{entry.qualifier, position, false, word};
    }
  }
  return std::nullopt;
}

}  // namespace

namespace {

// Whether some prefix qualifier ends with `c`: most figures follow none, and this spares them
// the comparison with every entry.
bool may_end_a_prefix_qualifier(char32_t c) {
  static const std::bitset<0x10000> last_characters = [] {
    std::bitset<0x10000> set;
    for (const lexicon::QualifierEntry& entry : lexicon::prefix_qualifiers()) {
      const utf8::Decoded last = utf8::decode_before(entry.surface, entry.surface.size());
      if (last.valid() && last.code_point < 0x10000) set.set(last.code_point);
    }
    return set;
  }();
  return c < 0x10000 && last_characters.test(c);
}

}  // namespace

std::optional<PrefixQualifier> prefix_qualifier_before(std::string_view text,
                                                       std::size_t position) {
  std::optional<PrefixQualifier> best;
  const utf8::Decoded before = utf8::decode_before(text, position);
  const bool may_follow_one = before.valid() && may_end_a_prefix_qualifier(before.code_point);
  for (const lexicon::QualifierEntry& entry : lexicon::prefix_qualifiers()) {
    if (!may_follow_one) break;
    if (!ends_with_at(text, position, entry.surface)) continue;
    if (best && best->surface.size() >= entry.surface.size()) continue;
    best = PrefixQualifier{entry.qualifier, position - entry.surface.size(), entry.in_span,
                           entry.surface};
  }
  if (!best) best = qualifier_over_a_verb(text, position);
  return best;
}

std::optional<CurrencyPrefix> currency_prefix_before(std::string_view text, std::size_t position) {
  struct Prefix {
    std::string_view surface;
    std::string_view code;
  };
  static constexpr std::array<Prefix, 16> kPrefixes{{{"US$", "USD"},
                                                     {"港币", "HKD"},
                                                     {"港元", "HKD"},
                                                     {"美元", "USD"},
                                                     {"欧元", "EUR"},
                                                     {"日元", "JPY"},
                                                     {"新台币", "TWD"},
                                                     {"台币", "TWD"},
                                                     {"英镑", "GBP"},
                                                     {"HK$", "HKD"},
                                                     {"$", "USD"},
                                                     {"￥", "CNY"},
                                                     {"¥", "CNY"},
                                                     {"€", "EUR"},
                                                     {"£", "GBP"},
                                                     {"人民币", "CNY"}}};
  // 新台币 177.1 亿元: a space may stand between the currency and the amount.
  while (position > 0 && text[position - 1] == ' ') --position;
  for (const Prefix& p : kPrefixes) {
    if (ends_with_at(text, position, p.surface))
      return CurrencyPrefix{p.code, position - p.surface.size()};
  }
  return std::nullopt;
}

// A sign opens a figure where no word precedes it, or after a verb of being or reaching
// (增速为负2%, 降至负5度); after any other character 负 ends a word (担负, 胜负, 抱负).
bool may_precede_a_sign(std::string_view text, std::size_t sign) {
  const utf8::Decoded before = utf8::decode_before(text, sign);
  if (!before.valid() || !utf8::is_han(before.code_point)) return true;
  static constexpr std::string_view kVerbsBeforeASign[] = {"为", "是", "至", "到",
                                                           "达", "长", "了"};
  return std::any_of(std::begin(kVerbsBeforeASign), std::end(kVerbsBeforeASign),
                     [&](std::string_view verb) { return ends_with_at(text, sign, verb); });
}

std::optional<std::size_t> sign_before(std::string_view text, std::size_t position) {
  for (std::string_view minus : {std::string_view("负"), std::string_view("負")}) {
    if (!ends_with_at(text, position, minus)) continue;
    const std::size_t sign = position - minus.size();
    if (may_precede_a_sign(text, sign)) return sign;
    return std::nullopt;
  }
  if (position >= 1 && text[position - 1] == '-') {
    if (position >= 2 && is_ascii_alnum(text[position - 2])) return std::nullopt;
    // 新华网-三部门发文: a minus is written 负 before Chinese numerals; a dash there joins words.
    if (position < text.size() && static_cast<unsigned char>(text[position]) >= 0x80)
      return std::nullopt;
    // ------2500, --9: a rule of dashes or a doubled dash is no minus sign.
    if (position >= 2 && text[position - 2] == '-') return std::nullopt;
    // A dash after a Chinese numeral or unit is a range (3至5, 10-20), not a sign.
    const utf8::Decoded before = utf8::decode_before(text, position - 1);
    if (before.valid() && is_numeral_character(before.code_point)) return std::nullopt;
    return position - 1;
  }
  return std::nullopt;
}

bool continues_an_ordinal(std::string_view text, std::size_t position) {
  std::size_t start = position;
  while (start > 0) {
    const utf8::Decoded before = utf8::decode_before(text, start);
    if (!before.valid() || !is_numeral_character(before.code_point)) break;
    start -= static_cast<std::size_t>(before.length);
  }
  return start < position && ends_with_at(text, start, "第");
}

PrefixMark prefix_mark_before(std::string_view text, std::size_t position) {
  if (ends_with_at(text, position, "第")) return PrefixMark::ordinal;
  if (ends_with_at(text, position, "每")) return PrefixMark::rate;
  // 这3家, 上述三项: the things a reference points back to, counted again, not a new figure.
  if (ends_with_at(text, position, "这") || ends_with_at(text, position, "那") ||
      ends_with_at(text, position, "上述") || ends_with_at(text, position, "前述"))
    return PrefixMark::demonstrative;
  if (ends_with_at(text, position, "前") || ends_with_at(text, position, "排名") ||
      ends_with_at(text, position, "Top") || ends_with_at(text, position, "TOP"))
    return PrefixMark::rank;
  return PrefixMark::none;
}

// 歼-20, 运油-20, 东风-41: a name joined by a hyphen to a whole number is a designation. A signed
// figure follows a verb of being (为-3摄氏度) or has a decimal point or percent (同比-0.8%).
bool names_a_designation(std::string_view text, std::size_t digits) {
  if (digits < 1 || text[digits - 1] != '-' || may_precede_a_sign(text, digits - 1)) return false;
  std::size_t end = digits;
  while (end < text.size() && (text[end] >= '0' && text[end] <= '9')) ++end;
  return end == text.size() || (text[end] != '.' && text[end] != '%');
}

bool preceded_by_code_character(std::string_view text, std::size_t position) {
  if (position == 0) return false;
  const char before = text[position - 1];
  if (is_ascii_letter(before)) return true;
  // URLs and query strings: ?q=30%25%2020, /search/2024, #12
  if (before == '%' || before == '=' || before == '&' || before == '?' || before == '#' ||
      before == '_')
    return true;
  if ((before == '-' || before == '_' || before == '.') && position >= 2)
    return is_ascii_alnum(text[position - 2]) || names_a_designation(text, position);
  return false;
}

bool followed_by_code_character(std::string_view text, std::size_t position) {
  if (position >= text.size()) return false;
  // 5元3分钟: a digit after a Chinese unit starts the next figure, not a code.
  const bool after_han = position > 0 && (static_cast<unsigned char>(text[position - 1]) & 0x80);
  if (text[position] >= '0' && text[position] <= '9') return !after_han;
  if (is_ascii_alnum(text[position])) return true;
  if (text[position] == '-' && position + 1 < text.size() && is_ascii_letter(text[position + 1]))
    return true;
  const utf8::Decoded d = utf8::decode(text, position);
  return d.valid() && d.code_point >= 0x0391 && d.code_point <= 0x03C9;  // Greek: 1β
}

std::size_t code_run_end(std::string_view text, std::size_t position) {
  std::size_t i = position;
  while (i < text.size() &&
         (is_ascii_alnum(text[i]) || text[i] == '-' || text[i] == '_' || text[i] == '.')) {
    ++i;
  }
  while (i > position && (text[i - 1] == '.' || text[i - 1] == '-')) --i;
  return std::max(i, position + 1);
}

bool inside_short_quote(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  int before = 0;
  bool opened = false;
  while (i > 0 && before <= kShortQuoteCodePoints) {
    const utf8::Decoded d = utf8::decode_before(text, i);
    if (d.length <= 0 || !d.valid()) return false;
    if (is_closing_quote(d.code_point) && d.code_point != U'"') return false;
    if (is_opening_quote(d.code_point)) {
      opened = true;
      break;
    }
    if (d.code_point == U'。' || d.code_point == U'\n') return false;
    i -= static_cast<std::size_t>(d.length);
    ++before;
  }
  if (!opened) return false;
  std::size_t j = end;
  int after = 0;
  while (j < text.size() && before + after <= kShortQuoteCodePoints) {
    const utf8::Decoded d = utf8::decode(text, j);
    if (!d.valid()) return false;
    if (is_closing_quote(d.code_point)) return true;
    if (is_opening_quote(d.code_point) || d.code_point == U'。' || d.code_point == U'\n')
      return false;
    j += static_cast<std::size_t>(d.length);
    ++after;
  }
  return false;
}

std::size_t set_phrase_end_covering(std::string_view text, std::size_t position) {
  // A set phrase may start up to three characters before the numeral (统一, 进一步, 双11).
  std::size_t start = position;
  for (int back = 0; back <= 3; ++back) {
    const std::size_t length = grammar::match_set_phrase(text.substr(start));
    if (length > 0 && start + length > position) return start + length;
    if (start == 0) break;
    const utf8::Decoded d = utf8::decode_before(text, start);
    if (d.length <= 0) break;
    start -= static_cast<std::size_t>(d.length);
  }
  return 0;
}

SuffixMark suffix_mark_after(std::string_view text, std::size_t end, ClaimKind kind,
                             std::string_view unit, std::string_view classifier) {
  using namespace std::string_view_literals;
  if (kind == ClaimKind::number) {
    static constexpr std::array kIdentifier = {"号"sv, "强"sv, "等奖"sv, "级"sv,  "型"sv, "类"sv,
                                               "代"sv, "期"sv, "线"sv,   "版"sv,  "楼"sv, "室"sv,
                                               "路"sv, "档"sv, "星级"sv, "A级"sv, "甲"sv, "点0"sv};
    if (starts_with_any(text, end, kIdentifier)) return SuffixMark::identifier;
    if (starts_with_at(text, end, "届")) return SuffixMark::session;
  }
  if (classifier == "次") {
    static constexpr std::array kSession = {"全会"sv,     "会议"sv,     "党代会"sv,
                                            "代表大会"sv, "全体会议"sv, "中全会"sv};
    if (starts_with_any(text, end, kSession)) return SuffixMark::session;
    // 十的负十次方: a power, not a number of times.
    if (starts_with_at(text, end, "方")) return SuffixMark::identifier;
  }
  if (unit == "year" && starts_with_at(text, end, "代")) return SuffixMark::decade;
  // 75周年 counts which anniversary (an ordinal); 20年期 and 3个月期 name a term, as a bond's or
  // a deposit's kind (期间 and 期限 go on to say how long).
  if (unit == "year" && ends_with_at(text, end, "周年")) return SuffixMark::identifier;
  if ((unit == "year" || unit == "month" || unit == "day") && starts_with_at(text, end, "期") &&
      !starts_with_at(text, end, "期间") && !starts_with_at(text, end, "期限"))
    return SuffixMark::identifier;
  if (kind == ClaimKind::measure || kind == ClaimKind::count) {
    static constexpr std::array kProgramme = {"攻坚"sv, "行动"sv, "计划"sv, "规划"sv,
                                              "方案"sv, "战略"sv, "工程"sv};
    if (starts_with_any(text, end, kProgramme)) return SuffixMark::name;
  }
  return SuffixMark::none;
}

bool bounds_a_noun(std::string_view text, std::size_t end) {
  if (end >= text.size()) return false;
  const utf8::Decoded d = utf8::decode(text, end);
  if (!d.valid()) return false;
  // A Han character that is not a conjunction or verb-like particle: 项目, 的企业, 企业.
  if (d.code_point < 0x4E00 || d.code_point > 0x9FFF) return false;
  static constexpr std::u32string_view kNotBounded = U"和及与或并且而，。、；的地得了是为";
  if (d.code_point == U'的') return true;
  return kNotBounded.find(d.code_point) == std::u32string_view::npos;
}

}  // namespace figcheck::parser
