#include "checker/rule_examples.hpp"

#include "checker/corpus_claims.hpp"
#include "parser/corpus.hpp"

namespace figcheck::checker {

std::size_t findings_on_example(const RulePack& pack, const Rule& rule, const std::string& text) {
  parser::Diagnostics diagnostics;
  const parser::Document document("<example>", text, diagnostics);
  const parser::Attributor attributor(pack.lexicon);
  parser::ExtractOptions options;
  options.widths = pack.widths;
  const parser::Extraction extraction =
      parser::extract_and_attribute(document, options, {&attributor, std::nullopt});
  const CorpusClaims corpus({{&document, extraction.claims}});
  std::vector<Finding> findings;
  rule.check(corpus, pack.data(), findings);
  return findings.size();
}

}  // namespace figcheck::checker
