// The numeric claim: what `figcheck extract` prints and what the checker compares (DESIGN §4).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck::parser {

enum class ClaimKind : std::uint8_t {
  money,
  percent,
  percentage_point,
  count,
  measure,
  multiple,
  fraction,
  number,  // a bare number with no unit: only printed with --all-numbers
};

enum class Qualifier : std::uint8_t {
  exact,
  over,              // 超, 突破, 以上
  more_than_stated,  // 余, 多
  approx,            // 约, 左右, 几
  nearly,            // 近, 将近
  under,             // 不到, 不足, 以下
  at_most,           // 最高, 最多, 不超过
  at_least,          // 至少, 不少于
  range,             // 3至5年
  ambiguous,         // 八到九百亿: two readings, never silently picked
};

enum class Modality : std::uint8_t { actual, target, forecast, threshold };

enum class Role : std::uint8_t { value, share, change, change_from, subset, respectively };

// Which way the words between a starting value and the level reached say it went (由8%提高到9%:
// up); none when they say neither, both, or when a fall is better (精度, 误差) or the start was
// itself stated as a fall.
enum class Direction : std::uint8_t { none, up, down };

// Where the entity of a key came from, strongest first: a rule trusts a comparison only as far
// as the weaker of its two claims' sources.
enum class EntitySource : std::uint8_t {
  clause,      // named in the figure's own clause
  sentence,    // named elsewhere in its sentence
  paragraph,   // carried from an earlier sentence of its paragraph
  subject,     // the article's stated subject: a "X：" lead or the headline's name
  prevailing,  // the entity the article names most often: a guess
  none,
};

// Where the time of a key came from, strongest first.
enum class TimeSource : std::uint8_t {
  stated,        // a time mark in the figure's sentence
  paragraph,     // carried from an earlier sentence of its paragraph
  article_top,   // a year stated at the top of the article, dating its sections
  article_date,  // as of the article's date (front matter, archive, file name, --date)
  none,
};

// What kind of quantity a figure is in time: a flow over a period (全年营业收入), a stock at an
// instant (年末常住人口), a running total since some start (累计, 以来, 已), a daily figure.
enum class Basis : std::uint8_t { flow, stock, running_total, daily, unknown };

// The shape of a claim's period (the canonical `period` text, read once by attribution so the
// rules read fields): calendar time (2024, 2024-07, 2025-01..2025-09, 2023-07-28), a day a
// figure is as of (as-of-2025-02-17), a span back from the article (since-2021, last-5-years,
// next-5-years), or anything else (a holiday of a year, the undated batch).
enum class PeriodKind : std::uint8_t { none, calendar, as_of, since, last, next, other };

struct PeriodForm {
  PeriodKind kind = PeriodKind::none;
  // Calendar time and as-of days: the first and the last part (YYYY, YYYY-MM or YYYY-MM-DD;
  // equal for one); empty otherwise.
  std::string first;
  std::string last;
  bool exists = true;  // false for a calendar day no calendar has (2024-02-30)

  [[nodiscard]] bool relative() const {
    return kind == PeriodKind::since || kind == PeriodKind::last || kind == PeriodKind::next;
  }
};

// The form of a canonical period text.
PeriodForm period_form(std::string_view period);

// What the figure measures of its metric: the level itself, its growth rate, its change (in
// percentage points or in its unit), the value it changed from, its share of a whole.
enum class Aspect : std::uint8_t {
  level,
  growth_rate,
  change_pp,
  change_amount,
  start_value,
  share
};

// The whole a share is of, as its words name it: 占全省工业产值的15% → the province and
// 工业产值. An empty part is the share's own: 占全省15% is of the part's metric, 占工业产值的15%
// of the share's entity.
struct ShareWhole {
  std::string entity;
  std::string metric;
  friend bool operator==(const ShareWhole&, const ShareWhole&) = default;
};

// Half-open byte range [begin, end) in Document::text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] std::size_t size() const { return end - begin; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// The values a printed figure allows (DESIGN §5); an empty end is open.
struct Interval {
  std::optional<double> low;
  std::optional<double> high;
};

struct Claim {
  ByteSpan span;      // qualifier + number + unit
  ByteSpan sentence;  // the sentence the claim stands in
  ClaimKind kind = ClaimKind::number;
  std::optional<double> value;  // empty only for an ambiguous range
  std::string_view unit;        // static string: CNY, percent, pp, count, km2 ...
  std::string_view per_unit;    // 元/股 -> "share"; empty when not a rate
  std::string_view classifier;  // 家, 个, 项 ... for counts
  Qualifier qualifier = Qualifier::exact;
  Interval interval;
  Modality modality = Modality::actual;
  Role role = Role::value;
  bool out_of_range = false;   // too large to be a real figure (99999亿亿)
  std::uint8_t list_size = 0;  // role respectively: how many subjects the 分别 list names
  // Role respectively, on the first value of a list only: how many values the list holds, bare
  // numbers that share the unit written once at its end included (10.6万、3.8万平方公里).
  std::uint8_t list_values = 0;
  // The key, as a rendering: `metric` carries the aspect as a suffix (gdp/增速, x/占全省:y).
  // Rules read the typed fields below, never these strings' parts.
  std::string entity;
  std::string metric;
  std::string period;
  // The key's typed fields (DESIGN §4a).
  EntitySource entity_source = EntitySource::none;
  TimeSource period_source = TimeSource::none;
  Basis basis = Basis::unknown;
  Aspect aspect = Aspect::level;
  std::string metric_head;  // the measured head: lexicon id or noun, without the aspect
  std::string population;   // what narrows the head: 规模以上文化企业, 服务, 网上
  std::string event;        // the instance of a recurring event: 首期, 春季, 第六届
  // The metric names a kind of figure, not of what (资金, 企业, 历时8个月, 连续5年): two such
  // figures under one key are two things, not one stated twice.
  bool names_a_kind_only = false;
  Direction direction = Direction::none;  // for the level reached after a starting value
  // What kind of figure it is, beyond its key (the traits pass):
  bool averaged = false;  // an average or a rate per unit (平均, 人均, 每亩): no parts, not whole
  bool of_a_plan = false;   // a share of a plan or budget (完成计划的110%): may pass 100%
  bool signed_sum = false;  // a balance that adds with signs (顺差, 净流入): no additive part
  bool constant_prices = false;  // grows at constant prices (增加值, 生产总值): no nominal check
  bool indivisible = false;  // counts things that come whole (家, 人, 辆): an exact count is whole
  // For a share whose words name its whole (占全省…的15%); empty for a bare 占比 or no share.
  std::optional<ShareWhole> whole;
  // The period the figure is counted against, when its words name one: a multiple's base
  // (是2020年的3倍; its own period is that of the figure it multiplies), or the time a change
  // compares with other than the year before its own (与2020年相比增长30%).
  std::string base_period;
  // The same stretch one year earlier (2025-01..2025-09 → 2024-01..2024-09), for a growth rate
  // stated against the year before; empty for any other figure or period (the traits pass).
  std::string year_before;
  PeriodForm period_form;  // `period` read (the traits pass)
  // The figures of its article this one is related to, by index in the article's claims (the
  // relations pass):
  std::optional<std::uint32_t>
      whole_figure;  // a part's whole: what its 其中 or parenthesis divides
  std::optional<std::uint32_t> share_part;   // a share's part: the amount before it
  std::optional<std::uint32_t> share_whole;  // a share's whole, where its sentence states it
  std::optional<std::uint32_t> multiplied;  // a multiple's figure (收入8亿元，是上年的3倍)
  std::size_t statement_end = 0;  // where its statement ends: the full stop or line break after it
};

// Whether parts of the claim add up to it: counts and amounts, not balances or ages.
bool adds_up(const Claim& claim);

// "entity:metric", the rendering of a share's whole printed by `extract`; empty when none.
std::string whole_text(const Claim& claim);

std::string_view to_string(ClaimKind kind);
std::string_view to_string(Qualifier qualifier);
std::string_view to_string(Modality modality);
std::string_view to_string(Role role);
std::string_view to_string(EntitySource source);
std::string_view to_string(TimeSource source);
std::string_view to_string(Basis basis);
std::string_view to_string(Aspect aspect);

}  // namespace figcheck::parser
