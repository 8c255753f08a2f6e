// share: a part and its whole against the stated percent (占…的38%) within a sentence, and
// across the corpus two shares of the same whole whose parts imply different wholes.
// See docs/rules/share.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind share_rule_kind();
}
