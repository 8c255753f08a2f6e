// A rule's `examples:`: each text is read as an article of its own (extracted and attributed
// with the pack's lexicons) and the rule alone is run on it. `figcheck rules test` and the test
// suite both use this, so a rule that can never fire is caught the same way in both.
#pragma once

#include <string>

#include "checker/rule_pack.hpp"

namespace figcheck::checker {

// How many findings `rule` makes on `text`.
std::size_t findings_on_example(const RulePack& pack, const Rule& rule, const std::string& text);

}  // namespace figcheck::checker
