#include "cli/extract_command.hpp"

#include <spdlog/spdlog.h>

#include <memory>
#include <thread>

#include "cli/corpus_root.hpp"
#include "cli/exit_codes.hpp"
#include "cli/input_files.hpp"
#include "cli/option_checks.hpp"
#include "cli/output_clash.hpp"
#include "cli/pack_loading.hpp"
#include "cli/read_options.hpp"
#include "parser/corpus.hpp"
#include "reports/claim_writers.hpp"
#include "reports/output_file.hpp"

namespace figcheck::cli {

namespace {

struct ExtractSettings {
  std::vector<std::string> paths;
  std::string format = "jsonl";
  std::string output;
  unsigned jobs = std::max(1U, std::thread::hardware_concurrency());
  bool all_numbers = false;
  std::string text;
  PackChoice pack;
  std::string date;
  parser::ReadOptions read;
};

// Whether -o names something the run reads (logged as an error when it does).
bool output_names_an_input(const ExtractSettings& settings,
                           const std::vector<parser::InputFile>& inputs) {
  std::vector<NamedPath> read;
  for (const std::string& path : settings.paths) read.push_back({"the input", path});
  for (const std::string& path : settings.pack.rules) read.push_back({"--rules", path});
  const std::string clash = clashing_output({{"-o", settings.output}}, read, inputs);
  if (!clash.empty()) spdlog::error("{}", clash);
  return !clash.empty();
}

int run_extract(const ExtractSettings& settings) {
  parser::Diagnostics input_diagnostics;
  const auto inputs = input_files(
      settings.paths,
      corpus_root({}, settings.paths.empty() ? std::string(".") : settings.paths.front()),
      input_diagnostics);
  if (output_names_an_input(settings, inputs)) return kExitError;
  parser::Diagnostics diagnostics;
  const checker::RulePack pack = load_rule_pack(settings.pack, diagnostics);
  if (report_diagnostics(diagnostics)) return kExitError;
  const parser::Attributor attributor(pack.lexicon);
  parser::AttributionSettings attribution{&attributor, std::nullopt};
  if (!settings.date.empty()) attribution.date = settings.date;
  std::vector<parser::ExtractedFile> files;
  parser::ExtractOptions options;
  options.all_numbers = settings.all_numbers;
  options.widths = pack.widths;
  options.read = settings.read;
  if (!settings.text.empty()) {
    parser::ExtractedFile file;
    file.document.emplace("<text>", settings.text, file.diagnostics);
    file.extraction = parser::extract_and_attribute(*file.document, options, attribution);
    files.push_back(std::move(file));
  }
  diagnostics.insert(diagnostics.end(), input_diagnostics.begin(), input_diagnostics.end());
  if (!settings.paths.empty()) {
    auto extracted = parser::extract_files(inputs, options, settings.jobs, attribution);
    std::move(extracted.begin(), extracted.end(), std::back_inserter(files));
  }

  std::vector<reports::ClaimRecord> records;
  for (const parser::ExtractedFile& file : files) {
    diagnostics.insert(diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
    if (!file.document) continue;
    for (const parser::Claim& claim : file.extraction.claims)
      records.push_back({&*file.document, &claim});
  }
  spdlog::debug("{} files, {} claims", files.size(), records.size());

  const std::string error = reports::write_output(settings.output, [&](std::ostream& out) {
    if (settings.format == "csv") {
      reports::write_claims_csv(out, records);
    } else if (settings.format == "table") {
      reports::write_claims_table(out, records);
    } else {
      reports::write_claims_jsonl(out, records);
    }
  });
  const bool input_error = report_diagnostics(diagnostics);
  if (!error.empty()) {
    spdlog::error("{}", error);
    return kExitError;
  }
  return input_error ? kExitError : kExitOk;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto settings = std::make_shared<ExtractSettings>();
  CLI::App* command = app.add_subcommand("extract", "Print every numeric claim in the articles");
  command->add_option("paths", settings->paths,
                      "Files or folders (.txt, .md, .jsonl archives), walked in order");
  command->add_option("--format", settings->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "csv", "table"}));
  command->add_option("-o,--output", settings->output, "Write to FILE instead of stdout");
  command->add_option("-j,--jobs", settings->jobs, "Threads (default: hardware threads)")
      ->check(CLI::Range(1U, 256U));
  command->add_flag("--all-numbers", settings->all_numbers,
                    "Also print bare numbers without a unit (kind `number`)");
  add_read_options(command, settings->read);
  command->add_option("--text", settings->text, "Read the text from this argument");
  one_value_each(
      command->add_option("--rules", settings->pack.rules, "Rule pack with lexicons (repeatable)"));
  command->add_flag("--no-default-rules", settings->pack.no_default_rules,
                    "Leave the built-in pack (and its lexicons) out");
  command
      ->add_option("--date", settings->date,
                   "Article date YYYY-MM-DD for 今年/去年 when files have none")
      ->check(calendar_date());
  command->callback([settings, &exit_code] {
    if (settings->paths.empty() && settings->text.empty())
      throw CLI::RequiredError("paths or --text");
    exit_code = run_extract(*settings);
  });
}

}  // namespace figcheck::cli
