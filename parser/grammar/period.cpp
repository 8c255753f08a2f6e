// Instantiation of the period rule, its plain entry point and the canonical text of a period.
#include "parser/grammar/period.hpp"

#include <fmt/format.h>

#include "parser/grammar/grammar_config.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/grammar/period_def.hpp"

namespace figcheck::parser::grammar {

namespace rules {
BOOST_SPIRIT_INSTANTIATE(period_type, iterator_type, context_type)
}  // namespace rules

rules::period_type const& period() {
  return rules::period;
}

std::optional<ParsedPeriod> parse_period(std::string_view text) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  PeriodAst result;
  if (!x3::parse(first, last, rules::period, result)) return std::nullopt;
  return ParsedPeriod{result, static_cast<std::size_t>(first - text.data())};
}

std::string canonical_period(const PeriodAst& p) {
  if (p.decade) return "decade";
  if (p.recent_years > 0) return fmt::format("last-{}-years", p.recent_years);
  if (p.coming_years > 0) return fmt::format("next-{}-years", p.coming_years);
  const std::string year = p.year > 0 ? fmt::format("{:04}", p.year) : "XXXX";
  if (p.year_to > 0) return fmt::format("{}..{:04}", year, p.year_to);
  if (p.year_end) return year + "-12-31";
  if (p.year_start) return year + "-01-01";
  if (p.month_from == 0) return year;
  if (p.day > 0) return fmt::format("{}-{:02}-{:02}", year, p.month_from, p.day);
  if (p.month_to == 0 || p.month_to == p.month_from)
    return fmt::format("{}-{:02}", year, p.month_from);
  if (p.month_from == 1 && p.month_to == 12) return year;
  return fmt::format("{}-{:02}..{}-{:02}", year, p.month_from, year, p.month_to);
}

}  // namespace figcheck::parser::grammar
