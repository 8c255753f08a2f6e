// One rule of a pack: its settings from YAML (id, severity, where, message) and the check its
// kind performs. Each kind is one class in checker/rules/, built from its YAML mapping by the
// registry, reading its own options once.
#pragma once

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/corpus_claims.hpp"
#include "checker/finding.hpp"
#include "parser/attribution/lexicon.hpp"

namespace figcheck::checker {

// A filter on claim fields; an empty list lets every value through.
struct ClaimFilter {
  std::vector<std::string> kinds, units, modalities, roles, entities, metrics;
  [[nodiscard]] bool accepts(const parser::Claim& claim) const;
};

struct RuleExample {
  std::string text;
  bool fires = true;  // listed under `fires:` or under `passes:`
};

struct RuleSettings {
  std::string id;
  std::string kind;
  Severity severity = Severity::warning;
  std::string description;
  std::string message;  // template: {entity}, {a.text}, …
  ClaimFilter where;
  std::vector<RuleExample> examples;
  std::string defined_at;  // path:line of the rule, for `rules list`
};

struct Fact;

// What every rule may read besides the claims: the pack's lexicon and facts.
struct PackData {
  const parser::AttributionLexicon* lexicon = nullptr;
  const std::vector<Fact>* facts = nullptr;
};

class Rule {
 public:
  explicit Rule(RuleSettings settings) : settings_(std::move(settings)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  virtual void check(const CorpusClaims& corpus, const PackData& pack,
                     std::vector<Finding>& findings) const = 0;

  [[nodiscard]] const RuleSettings& settings() const { return settings_; }
  // A pack or .figcheck.yaml may set the severity of a rule defined before it, by id.
  void set_severity(Severity severity) { settings_.severity = severity; }

  // A rough weight of the rule's work on a large corpus, so that the slowest rules start first
  // and the threads finish together (near duplicates, which shingle every sentence, weigh most).
  [[nodiscard]] virtual int expected_cost() const { return 1; }

 protected:
  // A finding with the message filled in from `values` ({a.text} from the first evidence,
  // {b.text} from the second, and the rule's own names such as {expected}).
  // Its severity is the rule's at `precision` (severity_at).
  [[nodiscard]] Finding make_finding(std::vector<Evidence> evidence,
                                     const std::map<std::string, std::string>& values = {},
                                     Precision precision = Precision::high) const;

 private:
  RuleSettings settings_;
};

// Evidence for a claim: the figure and its sentence.
Evidence evidence_of(const ClaimRef& ref);

// The order evidence is listed in: by file, then position.
bool by_place(const Evidence& a, const Evidence& b);

// The most places a finding lists when a figure repeats across many articles.
inline constexpr std::size_t kMaxEvidence = 20;

// Appends `more` (in place order) to a finding made from its representative evidence, up to
// kMaxEvidence items in all. The message and fingerprint stay those of the representatives, so
// a baselined finding survives one more article repeating a figure.
void add_more_evidence(Finding& finding, std::vector<Evidence> more);

// The names a message may use for the evidence of any rule.
const std::vector<std::string>& evidence_placeholders();

// Fills {name} placeholders; unknown names are left as they are.
std::string fill_template(std::string_view pattern,
                          const std::map<std::string, std::string>& values);

}  // namespace figcheck::checker
