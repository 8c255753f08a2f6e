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
  std::string entity;
  std::string metric;
  std::string period;
  // 到位资金12.84亿元，是2024年全年的3倍: the period a multiple is counted against, when its
  // words name one (its own period is that of the figure it multiplies).
  std::string base_period;
};

std::string_view to_string(ClaimKind kind);
std::string_view to_string(Qualifier qualifier);
std::string_view to_string(Modality modality);
std::string_view to_string(Role role);

}  // namespace figcheck::parser
