// figcheck: fact-checks the figures in Chinese news. Parses options, wires the stages, maps
// outcomes to exit codes; the work is in parser/, checker/ and reports/.
#include <CLI/CLI.hpp>

#include "cli/check_command.hpp"
#include "cli/exit_codes.hpp"
#include "cli/extract_command.hpp"
#include "cli/logging.hpp"
#include "cli/rules_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"figcheck — checks the figures in Chinese news articles", "figcheck"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "figcheck 0.1.0");
  bool verbose = false;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log progress and debug details on stderr");
  app.add_flag("-q,--quiet", quiet, "Log only errors");

  int exit_code = figcheck::cli::kExitOk;
  figcheck::cli::add_extract_command(app, exit_code);
  figcheck::cli::add_check_command(app, exit_code);
  figcheck::cli::add_baseline_command(app, exit_code);
  figcheck::cli::add_rules_command(app, exit_code);
  app.parse_complete_callback([&] { figcheck::cli::setup_logging(verbose, quiet); });
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
