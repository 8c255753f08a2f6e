// The numerals read during one quantity parse. The quantity grammar's alternatives (a fraction,
// then a plain quantity, each after a failed one) read the numeral at the same place up to five
// times; with a memo they read it once. The memo is active only while a NumeralMemoScope
// lives on the thread, so a reading never outlives the text it was read from.
#pragma once

#include <array>
#include <cstddef>

#include "parser/grammar/numeral_ast.hpp"

namespace figcheck::parser::grammar {

class NumeralMemo {
 public:
  struct Reading {
    const char* first = nullptr;
    const char* last = nullptr;
    const char* end = nullptr;  // where the numeral ends; null when none starts at `first`
    Numeral value;
  };

  // The memo of the innermost live NumeralMemoScope on this thread; null when there is none.
  static NumeralMemo* active() { return active_; }

  [[nodiscard]] const Reading* find(const char* first, const char* last) const {
    for (std::size_t i = 0; i < count_; ++i)
      if (readings_[i].first == first && readings_[i].last == last) return &readings_[i];
    return nullptr;
  }

  // A quantity reads numerals at a handful of places; past that the oldest is forgotten.
  void remember(const Reading& reading) {
    readings_[next_] = reading;
    next_ = (next_ + 1) % readings_.size();
    if (count_ < readings_.size()) ++count_;
  }

 private:
  friend class NumeralMemoScope;
  static inline thread_local NumeralMemo* active_ = nullptr;
  std::array<Reading, 4> readings_{};
  std::size_t count_ = 0;
  std::size_t next_ = 0;
};

// Activates a memo on this thread for its lifetime (scopes nest: the innermost is used).
class NumeralMemoScope {
 public:
  NumeralMemoScope() : outer_(NumeralMemo::active_) { NumeralMemo::active_ = &memo_; }
  ~NumeralMemoScope() { NumeralMemo::active_ = outer_; }
  NumeralMemoScope(const NumeralMemoScope&) = delete;
  NumeralMemoScope& operator=(const NumeralMemoScope&) = delete;

 private:
  NumeralMemo memo_;
  NumeralMemo* outer_;
};

}  // namespace figcheck::parser::grammar
