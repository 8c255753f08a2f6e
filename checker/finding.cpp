#include "checker/finding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "checker/claim_key.hpp"

namespace figcheck::checker {

namespace {

// FNV-1a, 64 bits: stable across platforms and runs, unlike std::hash.
class StableHash {
 public:
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      state_ ^= c;
      state_ *= 0x100000001b3ULL;
    }
    state_ ^= 0xff;  // field separator
    state_ *= 0x100000001b3ULL;
  }
  [[nodiscard]] std::uint64_t value() const { return state_; }

 private:
  std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::optional<Severity> severity_from(std::string_view name) {
  if (name == "info") return Severity::info;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

std::string_view to_string(Precision precision) {
  switch (precision) {
    case Precision::low:
      return "low";
    case Precision::medium:
      return "medium";
    case Precision::high:
      return "high";
  }
  return "high";
}

std::optional<Precision> precision_from(std::string_view name) {
  if (name == "low") return Precision::low;
  if (name == "medium") return Precision::medium;
  if (name == "high") return Precision::high;
  return std::nullopt;
}

Severity severity_at(Severity severity, Precision precision) {
  switch (precision) {
    case Precision::high:
      return severity;
    case Precision::medium:
      return std::min(severity, Severity::warning);
    case Precision::low:
      return Severity::info;
  }
  return severity;
}

std::string fingerprint_of(const Finding& finding) {
  // The evidence by its path from the corpus root: the same however the paths were spelled,
  // wherever the checkout is.
  std::vector<const Evidence*> evidence;
  for (const Evidence& e : finding.evidence) evidence.push_back(&e);
  std::stable_sort(evidence.begin(), evidence.end(), [](const Evidence* a, const Evidence* b) {
    return std::tie(a->document->corpus_path(), a->span.begin) <
           std::tie(b->document->corpus_path(), b->span.begin);
  });
  StableHash hash;
  hash.add(finding.rule_id);
  for (const Evidence* e : evidence) {
    hash.add(e->document->corpus_path());
    const std::string_view text = e->document->text();
    hash.add(text.substr(e->span.begin, e->span.size()));
    if (e->claim) hash.add(claim_key(*e->claim));
  }
  return fmt::format("{:016x}", hash.value());
}

bool report_order(const Finding& a, const Finding& b) {
  const Evidence& ea = a.evidence.front();
  const Evidence& eb = b.evidence.front();
  return std::forward_as_tuple(ea.document->path(), ea.span.begin, a.rule_id, a.fingerprint) <
         std::forward_as_tuple(eb.document->path(), eb.span.begin, b.rule_id, b.fingerprint);
}

}  // namespace figcheck::checker
