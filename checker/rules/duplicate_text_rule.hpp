// duplicate-text: a paragraph or sentence that appears twice, within one article or across
// articles, compared after folding whitespace and the width of punctuation. See
// docs/rules/duplicate-text.md.
#pragma once

#include "checker/rule_kind.hpp"

namespace figcheck::checker {
RuleKind duplicate_text_rule_kind();
}
