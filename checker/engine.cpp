#include "checker/engine.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "checker/mapping_reader.hpp"
#include "checker/suppressions.hpp"
#include "parser/corpus.hpp"

namespace figcheck::checker {

namespace {

// A suppression that names a rule no pack loaded is an error (a typo would silently switch
// nothing off); one that suppressed no finding is a warning (ESLint's unused disable directive).
void report_suppression(const parser::Document& document, const Suppression& s,
                        const RulePack& pack, bool used, parser::Diagnostics& problems) {
  const parser::SourcePosition at = document.position(s.marker);
  const auto problem = [&](parser::DiagnosticSeverity severity, std::string message) {
    problems.push_back(
        {document.path(), at.line, at.column, severity, std::move(message), "config"});
  };
  const std::vector<std::string> ids = pack.known_rule_ids();
  for (const std::string& id : s.rules) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    problem(parser::DiagnosticSeverity::error,
            with_nearest(fmt::format("figcheck-disable names no rule '{}'", id), id, ids));
  }
  // A suppression of switched-off rules only has nothing to suppress in this run, by design.
  const bool all_off =
      !s.rules.empty() && std::all_of(s.rules.begin(), s.rules.end(), [&](const std::string& id) {
        return pack.switched_off.contains(id);
      });
  if (!used && !all_off)
    problem(parser::DiagnosticSeverity::warning,
            "this figcheck-disable suppresses no finding; remove it");
}

// The baseline's entries no finding of the run has, among those whose articles were all read:
// a check of part of the corpus leaves the rest's entries alone.
std::vector<std::string> stale_entries(const Baseline* baseline, const CorpusClaims& corpus,
                                       const std::vector<Finding>& all) {
  std::vector<std::string> stale;
  if (!baseline) return stale;
  std::unordered_set<std::string_view> found;
  for (const Finding& f : all) found.insert(f.fingerprint);
  std::unordered_set<std::string_view> read;
  for (const Article& article : corpus.articles()) read.insert(article.document->corpus_path());
  for (const std::string& fingerprint : baseline->fingerprints) {
    if (found.contains(fingerprint)) continue;
    const auto review = baseline->reviews.find(fingerprint);
    const auto& files =
        review == baseline->reviews.end() ? std::vector<std::string>{} : review->second.files;
    if (std::all_of(files.begin(), files.end(),
                    [&](const std::string& file) { return read.contains(file); }))
      stale.push_back(fingerprint);
  }
  return stale;
}

// PR mode: the findings that concern a changed file, located on it.
void keep_findings_of_changed(const std::set<std::string>& changed, std::vector<Finding>& all) {
  const auto in_change = [&](const Evidence& e) {
    return changed.contains(e.document->corpus_file());
  };
  std::erase_if(all, [&](const Finding& f) {
    return std::none_of(f.evidence.begin(), f.evidence.end(), in_change);
  });
  for (Finding& f : all) std::stable_partition(f.evidence.begin(), f.evidence.end(), in_change);
}

}  // namespace

CheckOutcome run_rules(const RulePack& pack, const CorpusClaims& corpus,
                       const RunOptions& options) {
  const Baseline* baseline = options.baseline;
  const unsigned jobs = options.jobs;
  // Rules are independent: each fills its own list, on as many threads as given; the final sort
  // makes the order the same for any number of threads.
  std::vector<std::vector<Finding>> by_rule(pack.rules.size());
  std::vector<std::size_t> heaviest_first(pack.rules.size());
  std::iota(heaviest_first.begin(), heaviest_first.end(), std::size_t{0});
  std::stable_sort(heaviest_first.begin(), heaviest_first.end(), [&](std::size_t a, std::size_t b) {
    return pack.rules[a]->expected_cost() > pack.rules[b]->expected_cost();
  });
  parser::parallel_for(pack.rules.size(), jobs, [&](std::size_t n) {
    const std::size_t i = heaviest_first[n];
    const auto started = std::chrono::steady_clock::now();
    pack.rules[i]->check(corpus, pack.data(), by_rule[i]);
    spdlog::debug("rule {}: {:.2f} s, {} findings", pack.rules[i]->settings().id,
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
                  by_rule[i].size());
  });
  std::vector<Finding> all;
  for (auto& findings : by_rule)
    std::move(findings.begin(), findings.end(), std::back_inserter(all));
  std::vector<std::string> stale = stale_entries(baseline, corpus, all);
  if (options.changed_files) keep_findings_of_changed(*options.changed_files, all);

  std::unordered_map<const parser::Document*, std::vector<Suppression>> suppressions;
  for (const Article& article : corpus.articles()) {
    auto regions = find_suppressions(article.document->text());
    if (!regions.empty()) suppressions.emplace(article.document, std::move(regions));
  }
  // A finding is suppressed where its first evidence stands; a suppression is in use while it
  // covers any figure of a finding of its rules (a figure of another article's conflict too).
  std::unordered_set<const Suppression*> used;
  const auto mark_used = [&](const Finding& f) {
    for (const Evidence& e : f.evidence) {
      const auto found = suppressions.find(e.document);
      if (found == suppressions.end()) continue;
      for (const Suppression& s : found->second)
        if (s.covers(e.span.begin, f.rule_id)) used.insert(&s);
    }
  };
  const auto suppressed = [&](const Finding& f) {
    const Evidence& at = f.evidence.front();
    const auto found = suppressions.find(at.document);
    if (found == suppressions.end()) return false;
    return std::any_of(found->second.begin(), found->second.end(),
                       [&](const Suppression& s) { return s.covers(at.span.begin, f.rule_id); });
  };

  CheckOutcome outcome;
  outcome.stale_baseline = std::move(stale);
  for (Finding& f : all) {
    if (f.evidence.empty()) continue;
    if (!suppressions.empty()) mark_used(f);
    if (f.precision < options.min_precision) {
      ++outcome.below_precision;
    } else if (suppressed(f)) {
      ++outcome.suppressed;
    } else if (baseline && baseline->fingerprints.contains(f.fingerprint)) {
      ++outcome.baselined;
    } else {
      outcome.findings.push_back(std::move(f));
    }
  }
  std::sort(outcome.findings.begin(), outcome.findings.end(), report_order);
  for (const Article& article : corpus.articles()) {
    const auto found = suppressions.find(article.document);
    if (found == suppressions.end()) continue;
    for (const Suppression& s : found->second)
      report_suppression(*article.document, s, pack, used.contains(&s),
                         outcome.suppression_problems);
  }
  return outcome;
}

}  // namespace figcheck::checker
