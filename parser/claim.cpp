#include "parser/claim.hpp"

namespace figcheck::parser {

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::money:
      return "money";
    case ClaimKind::percent:
      return "percent";
    case ClaimKind::percentage_point:
      return "percentage_point";
    case ClaimKind::count:
      return "count";
    case ClaimKind::measure:
      return "measure";
    case ClaimKind::multiple:
      return "multiple";
    case ClaimKind::fraction:
      return "fraction";
    case ClaimKind::number:
      return "number";
  }
  return "number";
}

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::exact:
      return "exact";
    case Qualifier::over:
      return "over";
    case Qualifier::more_than_stated:
      return "more_than_stated";
    case Qualifier::approx:
      return "approx";
    case Qualifier::nearly:
      return "nearly";
    case Qualifier::under:
      return "under";
    case Qualifier::at_most:
      return "at_most";
    case Qualifier::at_least:
      return "at_least";
    case Qualifier::range:
      return "range";
    case Qualifier::ambiguous:
      return "ambiguous";
  }
  return "exact";
}

std::string_view to_string(Modality modality) {
  switch (modality) {
    case Modality::actual:
      return "actual";
    case Modality::target:
      return "target";
    case Modality::forecast:
      return "forecast";
    case Modality::threshold:
      return "threshold";
  }
  return "actual";
}

std::string_view to_string(Role role) {
  switch (role) {
    case Role::value:
      return "value";
    case Role::share:
      return "share";
    case Role::change:
      return "change";
    case Role::change_from:
      return "change_from";
    case Role::subset:
      return "subset";
    case Role::respectively:
      return "respectively";
  }
  return "value";
}

std::string_view to_string(EntitySource source) {
  switch (source) {
    case EntitySource::clause:
      return "clause";
    case EntitySource::sentence:
      return "sentence";
    case EntitySource::paragraph:
      return "paragraph";
    case EntitySource::subject:
      return "subject";
    case EntitySource::prevailing:
      return "prevailing";
    case EntitySource::none:
      return "none";
  }
  return "none";
}

std::string_view to_string(TimeSource source) {
  switch (source) {
    case TimeSource::stated:
      return "stated";
    case TimeSource::paragraph:
      return "paragraph";
    case TimeSource::article_top:
      return "article_top";
    case TimeSource::article_date:
      return "article_date";
    case TimeSource::none:
      return "none";
  }
  return "none";
}

std::string_view to_string(Basis basis) {
  switch (basis) {
    case Basis::flow:
      return "flow";
    case Basis::stock:
      return "stock";
    case Basis::running_total:
      return "running_total";
    case Basis::daily:
      return "daily";
    case Basis::unknown:
      return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Aspect aspect) {
  switch (aspect) {
    case Aspect::level:
      return "level";
    case Aspect::growth_rate:
      return "growth_rate";
    case Aspect::change_pp:
      return "change_pp";
    case Aspect::change_amount:
      return "change_amount";
    case Aspect::start_value:
      return "start_value";
    case Aspect::share:
      return "share";
  }
  return "level";
}

std::string whole_text(const Claim& claim) {
  if (!claim.whole) return {};
  return claim.whole->entity + ":" + claim.whole->metric;
}

}  // namespace figcheck::parser
