// libFuzzer target: arbitrary bytes as an article file's contents, through what follows the
// read: encoding detection and conversion (GB18030, UTF-16 with a mark; binary files stop there),
// UTF-8 repair, normalisation, extraction, attribution with the default pack, every default rule
// and every report format. Anything but a clean return is a bug.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "checker/corpus_claims.hpp"
#include "checker/engine.hpp"
#include "checker/rule_pack.hpp"
#include "parser/corpus.hpp"
#include "reports/report_formats.hpp"

namespace {

figcheck::checker::RulePack default_pack() {
  figcheck::checker::RulePack pack;
  figcheck::parser::Diagnostics diagnostics;
  figcheck::checker::add_default_pack(pack, diagnostics);
  return pack;
}

struct Setup {
  figcheck::checker::RulePack pack = default_pack();
  figcheck::parser::Attributor attributor{pack.lexicon};
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Setup setup;
  using namespace figcheck;
  parser::Diagnostics diagnostics;
  std::optional<std::string> text =
      parser::decode_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.md",
                          diagnostics, parser::ReadOptions{});
  if (!text) return 0;  // binary: not an article
  const parser::Document document("fuzz.md", std::move(*text), diagnostics);
  parser::ExtractOptions options;
  options.widths = setup.pack.widths;
  const parser::Extraction extraction =
      parser::extract_and_attribute(document, options, {&setup.attributor, "2025-06-30"});
  const checker::CorpusClaims corpus({{&document, extraction.claims}});
  const checker::CheckOutcome outcome =
      checker::run_rules(setup.pack, corpus, {.min_precision = checker::Precision::low});
  reports::Report report;
  report.findings = outcome.findings;
  report.files = {document.path()};
  for (const reports::ReportFormat& format : reports::report_formats()) {
    std::ostringstream out;
    format.write(out, report);
  }
  return 0;
}
