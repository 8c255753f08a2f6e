// The modality pass: a figure for a year after its article was written is a plan or a goal,
// whatever its verb (a 2020 report's 2025年产量达到… cannot have been measured yet); the growth
// rate of a forecast or planned figure is forecast or planned with it.
#include <charconv>

#include "parser/attribution/passes.hpp"

namespace figcheck::parser {

namespace {

bool is_after_the_document(const AnnotatedDocument& document, std::string_view period) {
  if (!document.year || period.size() < 4) return false;
  int year = 0;
  const auto [end, error] = std::from_chars(period.data(), period.data() + 4, year);
  return error == std::errc{} && end == period.data() + 4 && year > *document.year;
}

// 预计…达到8亿人次，同比增长20%: the rate told right after a figure of its metric, in its
// sentence, is that figure's rate and shares its modality, though its own clause says nothing.
bool rates_the_figure_before(const Claim& rate, const Claim& before) {
  return rate.aspect == Aspect::growth_rate && before.aspect == Aspect::level &&
         rate.sentence == before.sentence && !rate.metric_head.empty() &&
         rate.metric_head == before.metric_head;
}

}  // namespace

void attribute_modality(AnnotatedDocument& document) {
  for (std::size_t i = 0; i < document.claims.size(); ++i) {
    Claim& claim = document.claims[i];
    if (claim.modality != Modality::actual) continue;
    if (is_after_the_document(document, claim.period)) {
      claim.modality = Modality::target;
    } else if (i > 0 && rates_the_figure_before(claim, document.claims[i - 1])) {
      claim.modality = document.claims[i - 1].modality;
    }
  }
}

}  // namespace figcheck::parser
