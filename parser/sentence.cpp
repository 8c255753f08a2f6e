#include "parser/sentence.hpp"

#include <algorithm>
#include <string_view>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

bool ends_sentence(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'!':
    case U'?':
    case U';':
    case U'\n':
      return true;
    default:
      return false;
  }
}

bool ends_clause(char32_t c) {
  switch (c) {
    case U'，':
    case U',':
    case U'：':
    case U':':
      return true;
    default:
      return ends_sentence(c);
  }
}

template <typename Predicate>
std::size_t scan_back(std::string_view text, std::size_t position, std::size_t floor,
                      Predicate stop) {
  std::size_t i = position;
  while (i > floor) {
    const utf8::Decoded d = utf8::decode_before(text, i);
    if (d.length <= 0) break;
    if (d.valid() && stop(d.code_point)) return i;
    i -= static_cast<std::size_t>(d.length);
  }
  return i;
}

template <typename Predicate>
std::size_t scan_forward(std::string_view text, std::size_t position, std::size_t ceiling,
                         Predicate stop, bool include_stop) {
  std::size_t i = position;
  while (i < ceiling) {
    const utf8::Decoded d = utf8::decode(text, i);
    if (d.valid() && stop(d.code_point)) {
      return include_stop && d.code_point != U'\n' ? i + static_cast<std::size_t>(d.length) : i;
    }
    i += static_cast<std::size_t>(d.length);
  }
  return std::min(i, ceiling);
}

}  // namespace

ByteSpan sentence_around(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t floor = begin > kMaxSentenceBytes ? begin - kMaxSentenceBytes : 0;
  const std::size_t ceiling = std::min(text.size(), end + kMaxSentenceBytes);
  std::size_t start = scan_back(text, begin, floor, ends_sentence);
  // Leading spaces and ideographic spaces are not part of the sentence.
  while (start < begin && (text[start] == ' ' || text[start] == '\t')) ++start;
  while (start + 3 <= begin && text.compare(start, 3, "\u3000") == 0) start += 3;
  return {start, scan_forward(text, end, ceiling, ends_sentence, true)};
}

std::size_t clause_start(std::string_view text, std::size_t position, std::size_t floor) {
  return scan_back(text, position, floor, ends_clause);
}

std::size_t clause_end(std::string_view text, std::size_t position, std::size_t ceiling) {
  return scan_forward(text, position, std::min(ceiling, text.size()), ends_clause, false);
}

}  // namespace figcheck::parser
