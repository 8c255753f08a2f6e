// What a rule reports (DESIGN §7): a message, a severity, the evidence that shows it, and a
// fingerprint that stays the same when unrelated lines move, so baselines keep working.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/claim.hpp"
#include "parser/document.hpp"

namespace figcheck::checker {

enum class Severity : std::uint8_t { info, warning, error };

std::string_view to_string(Severity severity);
std::optional<Severity> severity_from(std::string_view name);

// How sure a finding is, from its evidence (DESIGN §7, docs/precision.md): a rule's severity
// holds only at high precision; a medium finding is at most a warning, a low one an info, hidden
// unless asked for (--min-precision low).
enum class Precision : std::uint8_t { low, medium, high };

std::string_view to_string(Precision precision);
std::optional<Precision> precision_from(std::string_view name);

// The severity a finding of `precision` gets from a rule of `severity`.
Severity severity_at(Severity severity, Precision precision);

// One place in the corpus a finding points at: a figure, or a repeated passage.
struct Evidence {
  const parser::Document* document = nullptr;
  parser::ByteSpan span;
  parser::ByteSpan sentence;
  const parser::Claim* claim = nullptr;  // null for passages
};

struct Finding {
  std::string rule_id;
  std::string kind;
  Severity severity = Severity::warning;
  Precision precision = Precision::high;
  std::string message;
  std::vector<Evidence> evidence;  // the first is where the finding is reported
  std::string fingerprint;
};

// Hash of the rule id, the files, and the figures' keys and texts (not their lines), as 16 hex
// digits.
std::string fingerprint_of(const Finding& finding);

// File, line, column, then rule: the order of every report, whatever the number of threads.
bool report_order(const Finding& a, const Finding& b);

}  // namespace figcheck::checker
