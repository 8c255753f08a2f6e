// Instantiation of the set-phrase rule, and its plain entry point.
#include "parser/grammar/set_phrase.hpp"

#include "parser/grammar/grammar_config.hpp"
#include "parser/grammar/parsers.hpp"
#include "parser/grammar/set_phrase_def.hpp"

namespace figcheck::parser::grammar {

namespace rules {
BOOST_SPIRIT_INSTANTIATE(set_phrase_type, iterator_type, context_type)
}  // namespace rules

std::size_t match_set_phrase(std::string_view text) {
  const char* first = text.data();
  const char* const last = text.data() + text.size();
  if (!x3::parse(first, last, rules::set_phrase)) return 0;
  return static_cast<std::size_t>(first - text.data());
}

}  // namespace figcheck::parser::grammar
