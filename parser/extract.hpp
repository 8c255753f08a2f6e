// The parser's facade: text in, claims out. Standard types only; Spirit stays behind it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/claim.hpp"
#include "parser/document.hpp"
#include "parser/interval.hpp"

namespace figcheck::parser {

struct ExtractOptions {
  bool all_numbers = false;  // also bare numbers with no unit (kind `number`)
  QualifierWidths widths;
  ReadOptions read;  // how extract_files reads each file
};

// A date or period written in the text (2024年, 2025年前三季度, 1—9月): never a claim itself,
// it gives nearby claims their period.
struct PeriodMention {
  ByteSpan span;
  std::string canonical;  // see canonical_period()
};

struct Extraction {
  std::vector<Claim> claims;  // in text order
};

// Spans refer to `text` (the document's text: UTF-8, LF line ends).
Extraction extract(std::string_view text, const ExtractOptions& options = {});

// A pass over the claims that reads the text around them (attribution). It runs before the spans
// are mapped back, on the text the grammar read: full-width forms folded and the spaces inside
// figures dropped (共有 631 家 reads 共有631家), so its phrases need not allow for either. The
// period mentions live only as long as the pass: a corpus of a million articles keeps its claims.
using ExtractionPass = std::function<void(std::string_view normalized_text, Extraction&,
                                          const std::vector<PeriodMention>& periods)>;
Extraction extract(std::string_view text, const ExtractOptions& options,
                   const ExtractionPass& pass);

inline Extraction extract(const Document& document, const ExtractOptions& options = {}) {
  return extract(document.text(), options);
}

}  // namespace figcheck::parser
