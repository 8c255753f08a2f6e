// The modality pass: a figure for a year after its article was written is a plan or a goal,
// whatever its verb (a 2020 report's 2025年产量达到… cannot have been measured yet).
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

}  // namespace

void attribute_modality(AnnotatedDocument& document) {
  for (Claim& claim : document.claims) {
    if (claim.modality == Modality::actual && is_after_the_document(document, claim.period))
      claim.modality = Modality::target;
  }
}

}  // namespace figcheck::parser
