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

}  // namespace figcheck::parser
