// figcheck: fact-checks the figures in Chinese news. Parses options, wires the stages, maps
// outcomes to exit codes; the work is in parser/, checker/ and reports/.
#ifdef FIGCHECK_WITH_MIMALLOC
#include <mimalloc.h>
#endif
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/check_command.hpp"
#include "cli/config_command.hpp"
#include "cli/exit_codes.hpp"
#include "cli/extract_command.hpp"
#include "cli/invocation.hpp"
#include "cli/logging.hpp"
#include "cli/rules_command.hpp"
#include "cli/unknown_command.hpp"

int main(int argc, char** argv) {
#ifdef FIGCHECK_WITH_MIMALLOC
  // A run is one batch: memory freed by one phase (extraction's scratch, a rule's index) is what
  // the next one allocates. Handing it back to the kernel and faulting it in again cost a third
  // of the system time at a million articles. MIMALLOC_ALLOW_DECOMMIT=1 still overrides.
  mi_option_set_enabled_default(mi_option_allow_decommit, false);
#endif
  CLI::App app{"figcheck — checks the figures in Chinese news articles", "figcheck"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "figcheck 0.1.0");
  bool verbose = false;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log progress and debug details on stderr");
  app.add_flag("-q,--quiet", quiet, "Print only errors on stderr (no warnings or notes)");
  app.fallthrough();  // -v and -q after the subcommand too: figcheck check -q …

  int exit_code = figcheck::cli::kExitOk;
  figcheck::cli::add_extract_command(app, exit_code);
  figcheck::cli::add_check_command(app, exit_code);
  figcheck::cli::add_baseline_command(app, exit_code);
  figcheck::cli::add_rules_command(app, exit_code);
  figcheck::cli::add_config_command(app, exit_code);
  app.parse_complete_callback([&] { figcheck::cli::setup_logging(verbose, quiet); });
  figcheck::cli::record_invocation(argc, argv);
  if (const auto unknown = figcheck::cli::unknown_command(app, argc, argv)) {
    std::cerr << "figcheck: error: " << *unknown << "\n";
    return figcheck::cli::kExitError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return figcheck::cli::kExitError;
  }
  return exit_code;
}
