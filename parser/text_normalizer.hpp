// Full-width digits, signs and Latin letters folded to ASCII for the grammar, the spaces
// typesetting puts inside a figure (共有 631 家, 1 9 9 7 年, 百 分 之 五) and the zero-width
// characters pasted text carries (24\u200D1.3亿元) dropped, with an offset map back to the
// original text so every mention still points at its real line and column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::parser {

class NormalizedText {
 public:
  explicit NormalizedText(std::string_view original);

  [[nodiscard]] std::string_view view() const {
    return folded_.empty() && anchors_.empty() ? original_ : std::string_view(folded_);
  }
  [[nodiscard]] std::size_t to_original(std::size_t normalized_offset) const;
  // The same for the end of a span: a span never ends with the spaces or zero-width characters
  // that were dropped after it.
  [[nodiscard]] std::size_t end_to_original(std::size_t normalized_offset) const;
  [[nodiscard]] bool changed() const { return !anchors_.empty(); }

 private:
  [[nodiscard]] bool digit_before(std::size_t at, std::size_t copied) const;
  // Folds the full-width character at `at`; returns where the scan goes on.
  std::size_t fold_full_width(std::size_t at, std::size_t& copied);
  // Drops the run of spaces at `at` when it splits a figure; returns where the run ends.
  std::size_t drop_space_run(std::size_t at, std::size_t& copied);
  // Drops the run of zero-width characters at `at` (wherever it stands: no reader sees it);
  // returns where the run ends.
  std::size_t drop_zero_width_run(std::size_t at, std::size_t& copied);
  void replace(std::size_t at, std::size_t length, std::string_view by, std::size_t& copied);
  // After each folded character: its end in the normalized and in the original text.
  struct Anchor {
    std::size_t normalized;
    std::size_t original;
  };
  std::string_view original_;
  std::string folded_;  // empty when nothing needed folding (the common case: no copy)
  std::vector<Anchor> anchors_;
};

}  // namespace figcheck::parser
