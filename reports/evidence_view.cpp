#include "reports/evidence_view.hpp"

#include <algorithm>

namespace figcheck::reports {

EvidenceView view_of(const checker::Evidence& e) {
  const std::string_view text = e.document->text();
  const parser::SourcePosition begin = e.document->position(e.span.begin);
  const parser::SourcePosition end = e.document->position(e.span.end);
  // A passage may reach past its sentence; keep the three parts inside the sentence.
  const std::size_t mark_begin = std::clamp(e.span.begin, e.sentence.begin, e.sentence.end);
  const std::size_t mark_end = std::clamp(e.span.end, mark_begin, e.sentence.end);
  EvidenceView v;
  v.file = e.document->path();
  v.line = begin.line;
  v.column = begin.column;
  v.end_line = end.line;
  v.end_column = end.column;
  v.before = text.substr(e.sentence.begin, mark_begin - e.sentence.begin);
  v.text = text.substr(e.span.begin, e.span.size());
  v.after = text.substr(mark_end, e.sentence.end - mark_end);
  v.sentence = text.substr(e.sentence.begin, e.sentence.size());
  v.claim = e.claim;
  return v;
}

}  // namespace figcheck::reports
