#include "parser/extract.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "parser/breakdown.hpp"
#include "parser/byte_match.hpp"
#include "parser/candidate_scanner.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/mention_context.hpp"
#include "parser/phrase_cues.hpp"
#include "parser/sentence.hpp"
#include "parser/text_normalizer.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

using grammar::Numeral;
using grammar::QuantityAst;
using grammar::QuantityForm;

constexpr double kLargestFigure = 1e18;

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// 一 alone (一家, 一个专班) is an article, not a figure; 一千, 一万 are figures.
bool is_lone_one(std::string_view text, std::size_t begin, std::size_t numeral_end) {
  const bool one = starts_with_at(text, begin, "一") || starts_with_at(text, begin, "壹");
  return one && numeral_end == begin + 3;
}

// 万家, 亿万: a big unit with nothing before it states no figure unless a qualifier says how
// many (近万, 超亿).
// 千分之, 万分之, 百万分之: a denominator written as a bare power of ten names a rate.
bool is_per_power_of_ten(const Numeral& denominator) {
  if (!denominator.starts_with_unit || denominator.value < 1000) return false;
  const double exponent = std::log10(denominator.value);
  return std::fabs(exponent - std::round(exponent)) < 1e-9;
}

bool starts_with_big_unit(std::string_view text, std::size_t begin) {
  return starts_with_at(text, begin, "万") || starts_with_at(text, begin, "萬") ||
         starts_with_at(text, begin, "亿") || starts_with_at(text, begin, "億");
}

// 壹贰叁 are written for amounts (cheques, contracts: 壹仟元, 仟分之贰); with a classifier or
// alone they are names and words (玖章, 陆部).
bool uses_financial_numerals(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kFinancial[] = {"壹", "贰", "貳", "叁", "參", "肆", "伍", "陆",
                                                    "陸", "柒", "捌", "玖", "拾", "佰", "仟"};
  const std::string_view span = text.substr(begin, end - begin);
  for (std::string_view f : kFinancial)
    if (span.find(f) != std::string_view::npos) return true;
  return false;
}

// 二 to 九 alone between Chinese characters still name a number where every number is wanted
// (答案是四不是五); 一, 两, 十, 百 and 千 alone are mostly parts of words (一看, 两两, 五十千).
bool is_plain_digit_from_two(std::string_view text, std::size_t at) {
  static constexpr std::string_view kDigits[] = {"二", "三", "四", "五", "六", "七", "八", "九"};
  for (std::string_view digit : kDigits)
    if (starts_with_at(text, at, digit)) return true;
  return false;
}

// Reads one mention at a candidate and says where the scan goes on.
class MentionReader {
 public:
  MentionReader(std::string_view text, const ExtractOptions& options, Extraction& out,
                std::vector<PeriodMention>& periods, std::vector<bool>& thresholds)
      : text_(text), options_(options), out_(out), periods_(periods), thresholds_(thresholds) {}

  std::size_t read(std::size_t at) {
    if (starts_a_bare_decimal(at)) return read_numeral_at(at - 1);
    if (is_ascii_digit(text_[at]) && preceded_by_code_character(text_, at))
      return code_run_end(text_, at);
    if (!is_ascii_digit(text_[at])) {
      if (const std::size_t end = set_phrase_end_covering(text_, at); end > at) return end;
    }
    if (const std::size_t end = read_period(at); end > at) return end;
    // 03, 007: a number written with a leading zero is a code or a list number, not a figure.
    if (text_[at] == '0' && at + 1 < text_.size() && is_ascii_digit(text_[at + 1]))
      return code_run_end(text_, at);
    return read_numeral_at(at);
  }

 private:
  std::size_t read_numeral_at(std::size_t at) {
    const auto parsed = grammar::parse_quantity(text_.substr(at));
    if (!parsed) return numeral_run_end(text_, at);
    return read_quantity(at, parsed->value, at + parsed->length);
  }

  // .5, -.5: a decimal written without its leading zero, with nothing but a space or a sign
  // before its point (not 2.5.6, v.5 or a sentence's full stop).
  bool starts_a_bare_decimal(std::size_t at) const {
    if (at == 0 || text_[at - 1] != '.') return false;
    if (at == 1) return true;
    const char before = text_[at - 2];
    return before == ' ' || before == '\n' || before == '\t' || before == '-' || before == '+' ||
           before == '(';
  }

  // Every period the grammar reads holds 年, 月 or 季 within a few characters of its start
  // (2024年, 三季度, 6月, 近三年), or is an ISO date (2024-05-01): most figures hold none, and
  // this saves them the grammar.
  bool may_start_period(std::size_t at) const {
    const std::string_view window = text_.substr(at, 36);
    if (window.find("年") != std::string_view::npos ||
        window.find("月") != std::string_view::npos || window.find("季") != std::string_view::npos)
      return true;
    return window.size() > 4 && window[4] == '-';
  }

  std::size_t read_period(std::size_t at) {
    if (!may_start_period(at)) return at;
    static constexpr std::string_view kPrefixes[] = {"前",   "第",   "上",   "下",   "近",
                                                     "过去", "以往", "未来", "今后", "后续"};
    for (std::string_view prefix : kPrefixes) {
      if (at < prefix.size() || text_.compare(at - prefix.size(), prefix.size(), prefix) != 0)
        continue;
      const std::size_t start = at - prefix.size();
      if (auto period = grammar::parse_period(text_.substr(start))) {
        periods_.push_back(
            {{start, start + period->length}, grammar::canonical_period(period->value)});
        return start + period->length;
      }
    }
    if (auto period = grammar::parse_period(text_.substr(at))) {
      periods_.push_back({{at, at + period->length}, grammar::canonical_period(period->value)});
      return at + period->length;
    }
    return at;
  }

  // Whether the mention is a code, ordinal, identifier, name or set phrase: no claim.
  bool is_not_a_figure(std::size_t at, std::size_t end, const QuantityAst& q) const {
    const PrefixMark mark = prefix_mark_before(text_, at);
    if (mark == PrefixMark::ordinal || mark == PrefixMark::rate ||
        mark == PrefixMark::demonstrative || continues_an_ordinal(text_, at))
      return true;
    if (mark == PrefixMark::rank && (q.unit.kind == ClaimKind::number ||
                                     q.unit.classifier == "名" || q.unit.classifier == "位"))
      return true;
    if (inside_short_quote(text_, at, end)) return true;
    return suffix_mark_after(text_, end, q.unit.kind, q.unit.unit, q.unit.classifier) !=
           SuffixMark::none;
  }

  std::size_t read_quantity(std::size_t at, QuantityAst q, std::size_t end) {
    if (followed_by_code_character(text_, end)) return code_run_end(text_, at);
    if (is_not_a_figure(at, end, q)) return end;

    std::optional<PrefixQualifier> prefix = prefix_qualifier_before(text_, at);
    if (prefix && (prefix->surface == "上" || prefix->surface == "数") &&
        !q.number.starts_with_unit)
      prefix.reset();
    const std::size_t numeral_end = numeral_length_end(at);
    const bool counted = q.unit.kind == ClaimKind::count || q.unit.kind == ClaimKind::measure;
    if (!prefix && counted && !options_.all_numbers && is_lone_one(text_, at, numeral_end))
      return end;
    // 亿元以上项目 states a threshold; 万家灯火 states nothing.
    const bool bounded = q.suffix == Qualifier::over || q.suffix == Qualifier::under ||
                         q.suffix == Qualifier::at_least || q.suffix == Qualifier::at_most;
    const bool rate = q.form == QuantityForm::percent_of || q.form == QuantityForm::fraction;
    if (!prefix && !bounded && !rate && starts_with_big_unit(text_, at)) return end;
    const bool names_its_kind =
        q.form != QuantityForm::plain ||
        (q.unit.kind != ClaimKind::number && q.unit.kind != ClaimKind::count);
    // 陆 in 登陆部队 is part of a word even where every numeral is wanted.
    if (!names_its_kind && uses_financial_numerals(text_, at, numeral_end) &&
        (!options_.all_numbers || follows_a_chinese_character(at, numeral_end)))
      return end;

    Claim claim;
    claim.kind = q.unit.kind;
    claim.unit = q.unit.unit;
    claim.classifier = q.unit.classifier;
    claim.per_unit = q.per_unit;
    if (q.form == QuantityForm::fraction) {
      const bool rate = is_per_power_of_ten(q.number);
      claim.kind = rate ? ClaimKind::percent : ClaimKind::fraction;
      claim.unit = rate ? "percent" : "fraction";
    }
    const auto currency = currency_prefix_before(text_, at);
    if (currency && (claim.kind == ClaimKind::number ||
                     (claim.kind == ClaimKind::money && claim.unit == "CNY"))) {
      claim.kind = ClaimKind::money;  // 港币两千九百六十元 is in HKD
      claim.unit = currency->code;
    }
    if (claim.kind == ClaimKind::count && claim.classifier == "块" && kuai_means_yuan(at, end)) {
      claim.kind = ClaimKind::money;
      claim.unit = "CNY";
      claim.classifier = {};
    }
    if (claim.kind == ClaimKind::number &&
        (!options_.all_numbers ||
         (lone_character_in_a_word(at, numeral_end) && !is_plain_digit_from_two(text_, at)) ||
         is_two_digit_name(at, numeral_end)))
      return end;

    std::size_t begin = at;
    if (prefix && prefix->in_span) begin = prefix->begin;
    if (currency) begin = std::min(begin, currency->begin);
    auto sign = sign_before(text_, at);
    if (sign && continues_previous_claim(*sign)) sign.reset();  // 1万元--5万元 is a range
    if (sign) begin = std::min(begin, *sign);

    assign_value(claim, q, prefix, sign.has_value());
    claim.span = {begin, end};
    thresholds_.push_back(bounded && bounds_a_noun(text_, end));
    out_.claims.push_back(std::move(claim));
    return end;
  }

  // 伍 in 队伍, 拾 in 收拾, 一 in 一看: one numeral character next to other Han characters,
  // with no unit, is part of a word.
  bool lone_character_in_a_word(std::size_t at, std::size_t numeral_end) const {
    if (numeral_end != at + 3 || is_ascii_digit(text_[at])) return false;
    auto is_han = [](const utf8::Decoded& d) {
      return d.valid() && d.code_point >= 0x4E00 && d.code_point <= 0x9FFF;
    };
    return is_han(utf8::decode_before(text_, at)) || is_han(utf8::decode(text_, numeral_end));
  }

  // 卖三块地 counts plots; 花费我三块 and 涨了两块。 spend yuan: 块 names money when no noun
  // follows it and a word of buying, selling or paying stands just before the figure.
  bool kuai_means_yuan(std::size_t at, std::size_t end) const {
    if (end < text_.size() && utf8::is_han(utf8::decode(text_, end).code_point)) return false;
    static constexpr std::string_view kMoneyWords[] = {"花", "卖", "售", "价", "费", "付", "赚",
                                                       "挣", "值", "罚", "捐", "赔", "贵", "涨"};
    std::size_t begin = at;
    for (int characters = 0; characters < 4 && begin > 0; ++characters) {
      const utf8::Decoded d = utf8::decode_before(text_, begin);
      if (!d.valid() || !utf8::is_han(d.code_point)) break;
      begin -= static_cast<std::size_t>(d.length);
    }
    const std::string_view lead = text_.substr(begin, at - begin);
    for (std::string_view word : kMoneyWords)
      if (lead.find(word) != std::string_view::npos) return true;
    return false;
  }

  bool follows_a_chinese_character(std::size_t at, std::size_t numeral_end) const {
    return numeral_end == at + 3 && utf8::is_han(utf8::decode_before(text_, at).code_point);
  }

  // 九九, 五一, 三八 with no unit: two digits read one by one name a brand, a holiday or a
  // date, not the number 99; a figure is written 九十九.
  bool is_two_digit_name(std::size_t at, std::size_t numeral_end) const {
    auto is_chinese_digit = [this](std::size_t p) {
      const auto numeral = grammar::parse_numeral(text_.substr(p, 3));
      return numeral && numeral->length == 3 && numeral->value.value >= 1 &&
             numeral->value.value <= 9;
    };
    return numeral_end == at + 6 && is_chinese_digit(at) && is_chinese_digit(at + 3);
  }

  // Whether only dashes and spaces stand between the previous claim and `position`.
  bool continues_previous_claim(std::size_t position) const {
    if (out_.claims.empty()) return false;
    std::size_t end = out_.claims.back().span.end;
    if (end > position) return false;
    const std::string_view gap = text_.substr(end, position - end);
    return gap.find_first_not_of("- ~") == std::string_view::npos || gap == "—" || gap == "——";
  }

  // Where the numeral itself ends (before its unit), for the lone-一 test.
  std::size_t numeral_length_end(std::size_t at) const {
    const auto numeral = grammar::parse_numeral(text_.substr(at));
    return numeral ? at + numeral->length : at;
  }

  void assign_value(Claim& claim, const QuantityAst& q,
                    const std::optional<PrefixQualifier>& prefix, bool negative) const {
    Numeral first = q.number;
    const double scale = q.unit.scale;
    Qualifier qualifier = Qualifier::exact;
    if (prefix && prefix->qualifier != Qualifier::exact)
      qualifier = prefix->qualifier;
    else if (q.suffix != Qualifier::exact)
      qualifier = q.suffix;
    else if (first.more_than_width > 0)
      qualifier = Qualifier::more_than_stated;
    if (prefix && prefix->surface == "数") first.more_than_width = first.value * 9;

    claim.out_of_range = first.overflow;
    const double sign = negative ? -1 : 1;
    const double numerator =
        q.second ? (q.negative_numerator ? -q.second->value : q.second->value) : 0;
    if (q.form == QuantityForm::fraction && q.second && !q.whole && is_per_power_of_ten(first)) {
      // 万分之三, 百万分之五: a rate per ten thousand or per million, read as a percent.
      const double percent = sign * numerator * 100 / first.value;
      claim.value = percent;
      claim.interval = {percent, percent};
      return;
    }
    if (q.form == QuantityForm::fraction && q.second) {
      // 一又二分之一 = 1.5; 负一又二分之一 = -1.5: the sign covers the whole number too.
      const double part = first.value != 0 ? numerator / first.value : 0;
      const double ratio = sign * ((q.whole ? q.whole->value : 0) + part);
      claim.value = ratio;
      claim.qualifier = qualifier;
      claim.interval = qualifier == Qualifier::exact
                           ? Interval{ratio, ratio}
                           : interval_for({ratio, 0, 0, qualifier}, options_.widths);
      return;
    }
    if (q.form == QuantityForm::doubling) {
      claim.value = first.value;
      claim.interval = {first.value, first.value};
      return;
    }
    if (q.second) {
      assign_range(claim, first, *q.second, q.first_has_unit, scale, negative);
      return;
    }
    const double value = sign * first.value * scale;
    claim.value = value;
    claim.qualifier = qualifier;
    // 18例, 631家: a count written to its last unit is exact, not rounded (1.2万家 is rounded).
    const bool whole_count =
        claim.kind == ClaimKind::count && first.step * scale == 1 && qualifier == Qualifier::exact;
    claim.interval =
        whole_count
            ? Interval{value, value}
            : interval_for({value, first.step * scale, first.more_than_width * scale, qualifier},
                           options_.widths);
    claim.out_of_range = claim.out_of_range || !(std::fabs(value) < kLargestFigure);
  }

  // 3至5年, 10%—20%, 10-20亿元; 八到九百亿 has two readings and is reported as ambiguous.
  static void assign_range(Claim& claim, Numeral low, Numeral high, bool first_has_unit,
                           double scale, bool negative) {
    const double sign = negative ? -1 : 1;
    bool ambiguous = false;
    Numeral low_alternative = low;
    const double high_mantissa = high.value / high.trailing_multiplier;
    // 10-20亿: the start takes the end's 亿; 从8500到3万 does not (8500 > 3).
    if (!first_has_unit && low.trailing_multiplier == 1 && high.trailing_multiplier > 1 &&
        low.value < high_mantissa) {
      ambiguous = low.chinese && high.chinese && low.value < 10 && high_mantissa >= 10;
      if (ambiguous) {
        // 八到九百亿: 8亿 or 800亿. Both readings stay in the interval.
        const double place = last_nonzero_place(high_mantissa, 1);
        low_alternative.value = low.value * place * high.trailing_multiplier;
      }
      low.value *= high.trailing_multiplier;
      low.step *= high.trailing_multiplier;
    }
    claim.qualifier = ambiguous ? Qualifier::ambiguous : Qualifier::range;
    const double lowest =
        (ambiguous ? std::min(low.value, low_alternative.value) : low.value) - low.step / 2;
    claim.interval = {sign * lowest * scale, sign * (high.value + high.step / 2) * scale};
    if (negative) std::swap(claim.interval.low, claim.interval.high);
    if (!ambiguous) claim.value = sign * low.value * scale;
    claim.out_of_range = low.overflow || high.overflow;
  }

  std::string_view text_;
  const ExtractOptions& options_;
  Extraction& out_;
  std::vector<PeriodMention>& periods_;
  std::vector<bool>& thresholds_;
};

// Gives every claim its sentence, modality and role from the words around it.
void assign_cues(std::string_view text, std::vector<Claim>& claims,
                 const std::vector<bool>& thresholds) {
  ByteSpan sentence{};
  std::size_t list_target_end = std::string_view::npos;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& claim = claims[i];
    if (i == 0 || claim.span.begin >= sentence.end || claim.span.begin < sentence.begin) {
      sentence = sentence_around(text, claim.span.begin, claim.span.end);
      list_target_end = list_target_cue_end(text, sentence.begin, sentence.end);
    }
    claim.sentence = sentence;

    CueContext cues;
    cues.text = text;
    cues.sentence_begin = sentence.begin;
    cues.clause_begin = clause_start(text, claim.span.begin, sentence.begin);
    cues.lead_begin = cues.clause_begin;
    if (i > 0 && claims[i - 1].span.end > cues.clause_begin &&
        claims[i - 1].span.end <= claim.span.begin)
      cues.lead_begin = claims[i - 1].span.end;
    cues.figure_begin = claim.span.begin;
    cues.figure_end = claim.span.end;
    cues.list_target_cue_end = list_target_end;
    const std::size_t clause_stop = clause_end(text, claim.span.end, sentence.end);
    cues.next_figure_begin = clause_stop;
    if (i + 1 < claims.size() && claims[i + 1].span.begin < clause_stop) {
      cues.next_figure_begin = claims[i + 1].span.begin;
      cues.has_next_figure = true;
    }
    claim.modality = thresholds[i] ? Modality::threshold : modality_from_cues(cues);
    cues.after_change_from = i > 0 && claims[i - 1].role == Role::change_from;
    claim.role = role_from_cues(cues);
  }
}

// The period written nearest before a claim in its own sentence (issue 3 widens this).
void assign_periods(std::vector<Claim>& claims, const std::vector<PeriodMention>& periods) {
  std::size_t p = 0;
  const PeriodMention* latest = nullptr;
  for (Claim& claim : claims) {
    while (p < periods.size() && periods[p].span.end <= claim.span.begin) latest = &periods[p++];
    if (latest && latest->span.begin >= claim.sentence.begin) claim.period = latest->canonical;
  }
}

}  // namespace

Extraction extract(std::string_view original, const ExtractOptions& options) {
  return extract(original, options, {});
}

Extraction extract(std::string_view original, const ExtractOptions& options,
                   const ExtractionPass& pass) {
  const NormalizedText normalized(original);
  const std::string_view text = normalized.view();
  Extraction out;
  std::vector<PeriodMention> periods;
  std::vector<bool> thresholds;
  MentionReader reader(text, options, out, periods, thresholds);
  for (std::size_t at = next_candidate(text, 0); at != kNoCandidate;
       at = next_candidate(text, at)) {
    at = std::max(reader.read(at), at + 1);
    // Never stop inside a UTF-8 sequence.
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  assign_cues(text, out.claims, thresholds);
  mark_breakdown_parts(text, out.claims);
  assign_periods(out.claims, periods);
  if (pass) pass(text, out, periods);
  if (normalized.changed()) {
    auto to_original = [&](ByteSpan& span) {
      span = {normalized.to_original(span.begin), normalized.end_to_original(span.end)};
    };
    for (Claim& claim : out.claims) {
      to_original(claim.span);
      to_original(claim.sentence);
      claim.statement_end = normalized.to_original(claim.statement_end);
    }
  }
  // Claims are kept until the report is written: no spare capacity for each article.
  out.claims.shrink_to_fit();
  return out;
}

}  // namespace figcheck::parser
