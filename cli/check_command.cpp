#include "cli/check_command.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <set>
#include <thread>

#include "checker/baseline.hpp"
#include "checker/engine.hpp"
#include "checker/mapping_reader.hpp"
#include "checker/rule_kind.hpp"
#include "cli/changed_articles.hpp"
#include "cli/corpus_root.hpp"
#include "cli/exit_codes.hpp"
#include "cli/figure_suppressions.hpp"
#include "cli/input_files.hpp"
#include "cli/invocation.hpp"
#include "cli/option_checks.hpp"
#include "cli/output_clash.hpp"
#include "cli/pack_loading.hpp"
#include "cli/path_overrides.hpp"
#include "cli/project_config.hpp"
#include "cli/read_options.hpp"
#include "parser/corpus.hpp"
#include "reports/output_file.hpp"
#include "reports/report_formats.hpp"

namespace figcheck::cli {

namespace {

struct CheckSettings {
  std::vector<std::string> paths;
  PackChoice pack;
  std::string format = "text";
  std::string output;
  std::vector<std::string> reports;  // FORMAT=FILE
  std::string fail_on;
  std::string baseline;
  std::string config_file;  // --config: this file instead of the .figcheck.yaml found
  bool prune = false;       // baseline: keep only the entries whose findings are still there
  std::vector<std::string> changed;  // PR mode: report only what concerns these files
  std::string diff_base;             // PR mode: the files changed since the merge base with REF
  std::string date;
  std::string min_precision = "medium";
  parser::ReadOptions read;
  unsigned jobs = std::max(1U, std::thread::hardware_concurrency());
};

struct CheckedCorpus {
  std::filesystem::path root;                    // the corpus root (corpus_root.hpp)
  std::optional<std::set<std::string>> changed;  // PR mode: the changed files
  checker::RulePack pack;
  std::vector<parser::ExtractedFile> files;
  checker::CheckOutcome outcome;
  reports::RunSummary summary;
  bool input_error = false;
};

// What the run reads besides the articles the walk finds: the paths as given, the rule packs and
// the baseline.
std::vector<NamedPath> named_inputs(const CheckSettings& settings, const PackChoice& pack,
                                    bool use_baseline) {
  std::vector<NamedPath> inputs;
  for (const std::string& path : settings.paths) inputs.push_back({"the input", path});
  for (const std::string& path : pack.rules) inputs.push_back({"--rules", path});
  if (use_baseline && !settings.baseline.empty())
    inputs.push_back({"--baseline", settings.baseline});
  return inputs;
}

// The articles to read (the paths walked, the config's exclusions left out), with the problems
// the walk met; nullopt, with an error logged, when a report path names something the run reads.
std::optional<std::vector<parser::InputFile>> articles_to_read(
    const CheckSettings& settings, const ProjectConfig& config, const PackChoice& pack,
    bool use_baseline, const std::vector<NamedPath>& outputs, const std::filesystem::path& root,
    parser::Diagnostics& diagnostics) {
  std::vector<parser::InputFile> inputs = input_files(settings.paths, root, diagnostics);
  std::erase_if(inputs, [&](const parser::InputFile& f) {
    return is_excluded(f.display_path, config.exclude);
  });
  const std::string clash =
      clashing_output(outputs, named_inputs(settings, pack, use_baseline), inputs);
  if (clash.empty()) return inputs;
  spdlog::error("{}", clash);
  return std::nullopt;
}

// The settings of the run: the command line's, completed from .figcheck.yaml (found, or named by
// --config); the packs to load with the configuration's levels.
ProjectConfig resolve_settings(CheckSettings& settings, bool use_baseline, PackChoice& pack_choice,
                               parser::Diagnostics& diagnostics) {
  ProjectConfig config = load_project_config(
      settings.config_file, settings.paths.empty() ? "." : settings.paths.front(), diagnostics);
  if (!config.file.empty()) spdlog::debug("using {}", config.file.string());
  if (settings.paths.empty()) settings.paths = config.paths;
  if (settings.paths.empty()) settings.paths = {"."};
  if (settings.fail_on.empty()) settings.fail_on = config.fail_on.value_or("error");
  if (settings.date.empty()) settings.date = config.date.value_or("");
  if (use_baseline && settings.baseline.empty()) settings.baseline = config.baseline.value_or("");
  pack_choice = settings.pack;
  pack_choice.rules.insert(pack_choice.rules.begin(), config.rules.begin(), config.rules.end());
  pack_choice.no_default_rules =
      pack_choice.no_default_rules || config.no_default_rules.value_or(false);
  pack_choice.levels = config.levels;
  return config;
}

// Reads and attributes the articles into `result`; false when none was read (a gate that read
// nothing must not pass: an empty folder, a path with no article, an exclude of every file).
bool extract_articles(const CheckSettings& settings, const std::vector<parser::InputFile>& inputs,
                      const ProjectConfig& config, CheckedCorpus& result,
                      std::vector<checker::Article>& articles, parser::Diagnostics& diagnostics) {
  parser::ExtractOptions options;
  options.widths = result.pack.widths;
  options.read = settings.read;
  const parser::Attributor attributor(result.pack.lexicon);
  parser::AttributionSettings attribution{&attributor, std::nullopt};
  if (!settings.date.empty()) attribution.date = settings.date;
  result.files = parser::extract_files(inputs, options, settings.jobs, attribution);
  for (parser::ExtractedFile& file : result.files) {
    diagnostics.insert(diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
    if (!file.document) continue;
    articles.push_back({&*file.document, file.extraction.claims});
    result.summary.claims += file.extraction.claims.size();
  }
  result.summary.files = articles.size();
  if (articles.empty())
    spdlog::error("no article read from {}{}: nothing was checked",
                  checker::joined(settings.paths, ", "),
                  config.exclude.empty() ? "" : " (after the exclusions of .figcheck.yaml)");
  return !articles.empty();
}

// Runs the rules, then the configuration's path overrides and figure suppressions.
bool run_checks(const CheckSettings& settings, const ProjectConfig& config,
                const checker::Baseline* baseline, std::vector<checker::Article> articles,
                CheckedCorpus& result, parser::Diagnostics& diagnostics) {
  const checker::CorpusClaims corpus(std::move(articles));
  checker::RunOptions run;
  run.baseline = baseline;
  if (!settings.changed.empty() || !settings.diff_base.empty()) {
    result.changed = changed_articles(settings.changed, settings.diff_base, result.root);
    if (!result.changed) return false;
    spdlog::debug("PR mode: {} changed files", result.changed->size());
    run.changed_files = &*result.changed;
  }
  run.jobs = settings.jobs;
  run.min_precision =
      checker::precision_from(settings.min_precision).value_or(checker::Precision::medium);
  result.outcome = checker::run_rules(result.pack, corpus, run);
  apply_path_overrides(config.overrides, result.pack, result.outcome.findings, diagnostics);
  result.outcome.suppressed += apply_figure_suppressions(config.suppressions, result.pack,
                                                         result.outcome.findings, diagnostics);
  result.summary.suppressed = result.outcome.suppressed;
  result.summary.baselined = result.outcome.baselined;
  result.summary.below_precision = result.outcome.below_precision;
  diagnostics.insert(diagnostics.end(), result.outcome.suppression_problems.begin(),
                     result.outcome.suppression_problems.end());
  return true;
}

// Everything up to the findings; nullopt when configuration errors or report paths that name an
// input stop the run (before any article or rule pack is read).
std::optional<CheckedCorpus> check_corpus(CheckSettings& settings, bool use_baseline,
                                          const std::vector<NamedPath>& outputs) {
  parser::Diagnostics diagnostics;
  PackChoice pack_choice;
  const ProjectConfig config = resolve_settings(settings, use_baseline, pack_choice, diagnostics);
  parser::Diagnostics input_diagnostics;
  CheckedCorpus result;
  result.root = corpus_root(config.file, settings.paths.front());
  spdlog::debug("corpus root {}", result.root.string());
  const auto inputs = articles_to_read(settings, config, pack_choice, use_baseline, outputs,
                                       result.root, input_diagnostics);
  if (!inputs) return std::nullopt;
  result.pack = load_rule_pack(pack_choice, diagnostics);
  checker::Baseline baseline;
  if (use_baseline && !settings.baseline.empty())
    checker::read_baseline(settings.baseline, baseline, diagnostics);
  if (report_diagnostics(diagnostics)) return std::nullopt;
  diagnostics = std::move(input_diagnostics);
  const auto started = std::chrono::steady_clock::now();
  std::vector<checker::Article> articles;
  const bool read_some = extract_articles(settings, *inputs, config, result, articles, diagnostics);
  spdlog::debug("{:.2f} s: {} files read and extracted",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
                inputs->size());
  if (!run_checks(settings, config, use_baseline ? &baseline : nullptr, std::move(articles), result,
                  diagnostics))
    return std::nullopt;
  result.input_error = report_diagnostics(diagnostics) || !read_some;
  return result;
}

std::vector<reports::RuleInfo> rule_infos(const checker::RulePack& pack) {
  std::vector<reports::RuleInfo> infos;
  for (const auto& rule : pack.rules) {
    const checker::RuleSettings& s = rule->settings();
    const checker::RuleKind* kind = checker::find_rule_kind(s.kind);
    std::string description = s.description;
    if (description.empty() && kind) description = kind->summary;
    infos.push_back({s.id, s.kind, s.severity, description, "docs/rules/" + s.kind + ".md"});
  }
  return infos;
}

// Every report to write: --format to -o (stdout by default), then each --report FORMAT=FILE.
struct ReportTarget {
  const reports::ReportFormat* format;
  std::string path;
  std::string option;  // as the user named it, for messages
};

std::optional<std::vector<ReportTarget>> report_targets(const CheckSettings& settings) {
  std::vector<ReportTarget> targets;
  targets.push_back({reports::find_report_format(settings.format), settings.output, "-o"});
  for (const std::string& spec : settings.reports) {
    const std::size_t equals = spec.find('=');
    const reports::ReportFormat* format =
        equals == std::string::npos ? nullptr : reports::find_report_format(spec.substr(0, equals));
    if (!format || equals + 1 == spec.size()) {
      spdlog::error("--report {}: expected FORMAT=FILE with FORMAT one of {}", spec,
                    checker::joined(reports::report_format_names(), ", "));
      return std::nullopt;
    }
    targets.push_back({format, spec.substr(equals + 1), "--report " + format->name});
  }
  return targets;
}

int run_check(CheckSettings settings) {
  const auto targets = report_targets(settings);
  if (!targets) return kExitError;
  std::vector<NamedPath> outputs;
  for (const ReportTarget& target : *targets) outputs.push_back({target.option, target.path});
  auto checked = check_corpus(settings, true, outputs);
  if (!checked) return kExitError;
  reports::Report report;
  report.findings = checked->outcome.findings;
  report.summary = checked->summary;
  for (const parser::ExtractedFile& file : checked->files) {
    if (file.document) report.files.push_back(file.document->path());
  }
  report.rules = rule_infos(checked->pack);
  report.command_line = invocation();
  report.execution_successful = !checked->input_error;
  report.root = checked->root.string();
  report.fail_at =
      settings.fail_on == "none" ? std::nullopt : checker::severity_from(settings.fail_on);
  std::vector<std::string> errors;
  reports::ReportFiles files;
  for (const ReportTarget& target : *targets) {
    const bool to_terminal = target.path.empty() || target.path == "-";
    // no-color.org: a NO_COLOR that is set and not empty turns colour off.
    const char* no_colour = std::getenv("NO_COLOR");
    report.colour = to_terminal && isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
    std::string error =
        files.write(target.path, [&](std::ostream& out) { target.format->write(out, report); });
    if (!error.empty()) errors.push_back(std::move(error));
  }
  for (std::string& error : files.commit()) errors.push_back(std::move(error));
  for (const std::string& error : errors) spdlog::error("{}", error);
  if (const std::size_t stale = checked->outcome.stale_baseline.size(); stale > 0)
    spdlog::warn(
        "{}: {} entries match no finding now (their findings are gone); "
        "`figcheck baseline --prune -o {}` drops them",
        settings.baseline, stale, settings.baseline);
  if (!errors.empty() || checked->input_error) return kExitError;
  const bool failing = std::any_of(report.findings.begin(), report.findings.end(),
                                   [&](const auto& f) { return reports::fails(report, f); });
  return failing ? kExitFindings : kExitOk;
}

// Writes the findings as accepted, keeping the reviews (status, reason) of the baseline at -o;
// with --prune, only the findings that baseline accepted already.
int run_baseline(CheckSettings settings) {
  checker::Baseline previous;
  std::error_code missing;
  if (settings.prune || std::filesystem::exists(settings.output, missing)) {
    parser::Diagnostics diagnostics;
    checker::read_baseline(settings.output, previous, diagnostics);
    // Pruning needs the old entries; writing anew only keeps their reviews, so an old file that
    // cannot be read (a version 1 baseline) is written over, with a warning.
    if (settings.prune && report_diagnostics(diagnostics)) return kExitError;
    if (!settings.prune && !diagnostics.empty()) {
      spdlog::warn(
          "{}: the baseline there cannot be read ({}); it is written anew, without its "
          "reviews",
          settings.output, diagnostics.front().message);
      previous = {};
    }
  }
  auto checked = check_corpus(settings, false, {{"-o", settings.output}});
  if (!checked) return kExitError;
  std::vector<checker::Finding>& findings = checked->outcome.findings;
  if (settings.prune)
    std::erase_if(findings, [&](const checker::Finding& f) {
      return !previous.fingerprints.contains(f.fingerprint);
    });
  const std::string error = reports::write_output(settings.output, [&](std::ostream& out) {
    out << checker::baseline_json(findings, previous);
  });
  if (!error.empty()) {
    spdlog::error("{}", error);
    return kExitError;
  }
  std::set<std::string_view> written;
  for (const checker::Finding& f : findings) written.insert(f.fingerprint);
  if (settings.prune) {
    spdlog::info("{}: {} stale entries dropped, {} kept", settings.output,
                 previous.fingerprints.size() - written.size(), written.size());
  } else {
    spdlog::info("{} findings recorded in {}", written.size(), settings.output);
  }
  return checked->input_error ? kExitError : kExitOk;
}

void add_common_options(CLI::App* command, CheckSettings& s) {
  command->add_option("paths", s.paths,
                      "Files or folders (.txt, .md, .jsonl archives); default from .figcheck.yaml");
  one_value_each(
      command->add_option("--rules", s.pack.rules, "Rule pack file or folder (repeatable)"));
  command->add_flag("--no-default-rules", s.pack.no_default_rules, "Leave the built-in pack out");
  command
      ->add_option("--date", s.date, "Article date YYYY-MM-DD for 今年/去年 when files have none")
      ->check(calendar_date());
  command
      ->add_option("--min-precision", s.min_precision,
                   "Leave out findings less sure than this: high, medium (default) or low")
      ->check(CLI::IsMember({"high", "medium", "low"}));
  add_read_options(command, s.read);
  command->add_option("--config", s.config_file,
                      "Settings from FILE instead of the .figcheck.yaml found from the first path");
  command->add_option("-j,--jobs", s.jobs, "Threads (default: hardware threads)")
      ->check(CLI::Range(1U, 256U));
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto settings = std::make_shared<CheckSettings>();
  CLI::App* command = app.add_subcommand("check", "Cross-check the figures of the articles");
  add_common_options(command, *settings);
  command->add_option("--format", settings->format, "Output format (default text)")
      ->check(CLI::IsMember(reports::report_format_names()));
  command->add_option("-o,--output", settings->output, "Write to FILE instead of stdout");
  command
      ->add_option("--fail-on", settings->fail_on, "Exit 1 on findings at or above (default error)")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  one_value_each(
      command->add_option("--report", settings->reports,
                          "Also write FORMAT=FILE (repeatable), e.g. --report html=report.html"));
  command->add_option("--baseline", settings->baseline, "Leave out findings recorded in FILE");
  one_value_each(command->add_option(
      "--changed", settings->changed,
      "PR mode: report only findings that concern this file, located on it (repeatable)"));
  command->add_option("--diff-base", settings->diff_base,
                      "PR mode: the files git shows changed since the merge base with REF");
  command->callback([settings, &exit_code] { exit_code = run_check(*settings); });
}

void add_baseline_command(CLI::App& app, int& exit_code) {
  auto settings = std::make_shared<CheckSettings>();
  CLI::App* command =
      app.add_subcommand("baseline", "Record the current findings as accepted (for --baseline)");
  add_common_options(command, *settings);
  command->add_option("-o,--output", settings->output, "Baseline file to write")->required();
  command->add_flag("--prune", settings->prune,
                    "Keep only the entries of the baseline at -o whose findings are still there");
  command->callback([settings, &exit_code] { exit_code = run_baseline(*settings); });
}

}  // namespace figcheck::cli
