#include "parser/attribution/line_memos.hpp"

#include <algorithm>

#include "parser/attribution/text_spans.hpp"
#include "parser/attribution/words/word_classes.hpp"

namespace figcheck::parser {

namespace {
constexpr std::string_view kAmong = "其中";
}  // namespace

std::size_t SubsetMarkers::last_before(std::string_view text, ByteSpan sentence, std::size_t floor,
                                       std::size_t end) {
  if (sentence.begin != sentence_) {
    sentence_ = sentence.begin;
    offsets_.clear();
    const std::string_view words = slice(text, sentence.begin, sentence.end);
    for (std::size_t at = words.find(kAmong); at != std::string_view::npos;
         at = words.find(kAmong, at + 1))
      offsets_.push_back(sentence.begin + at);
  }
  for (auto it = offsets_.rbegin(); it != offsets_.rend(); ++it) {
    if (*it + kAmong.size() <= end) return *it >= floor ? *it : std::string_view::npos;
  }
  return std::string_view::npos;
}

std::string_view HolidayMarkers::last_in(std::string_view text,
                                         std::span<const std::size_t> line_starts,
                                         std::size_t begin, std::size_t end) {
  const auto after = std::upper_bound(line_starts.begin(), line_starts.end(), end);
  const std::size_t line = after == line_starts.begin() ? 0 : *std::prev(after);
  if (line != line_) {
    line_ = line;
    holidays_.clear();
    const std::string_view words =
        slice(text, line, after == line_starts.end() ? text.size() : *after);
    for (std::string_view holiday : words::words_of(words::WordClass::holiday)) {
      for (std::size_t at = words.find(holiday); at != std::string_view::npos;
           at = words.find(holiday, at + holiday.size()))
        holidays_.push_back({line + at, holiday});
    }
    std::sort(holidays_.begin(), holidays_.end(),
              [](const HolidayAt& a, const HolidayAt& b) { return a.offset < b.offset; });
  }
  const auto past = std::lower_bound(holidays_.begin(), holidays_.end(), end,
                                     [](const HolidayAt& h, std::size_t position) {
                                       return h.offset + h.word.size() <= position;
                                     });
  if (past == holidays_.begin() || std::prev(past)->offset < begin) return {};
  return std::prev(past)->word;
}

}  // namespace figcheck::parser
