// Writes reports to stdout or to files without harm (reports/output_target.hpp says what each
// path may be). A file is rendered into a temporary beside it and renamed into place, so a
// crash, a full disk or Ctrl-C never leaves half a report and never touches the old one.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "reports/output_target.hpp"
#include "reports/temporary_files.hpp"

namespace figcheck::reports {

using ReportWriter = std::function<void(std::ostream&)>;

// The reports of one run. write() renders each one: straight to standard output or to its
// device or FIFO, or into a temporary; commit() then renames every temporary over its file with
// SIGINT, SIGTERM and SIGHUP held back, so the files of a run are new together. A report that
// fails is left as it was and named in its error. Use from one thread.
class ReportFiles {
 public:
  // Returns the error ("PATH: why; left as it was"), empty on success.
  std::string write(const std::string& path, const ReportWriter& writer);
  // Returns the errors of the renames, one per report left as it was.
  std::vector<std::string> commit();

 private:
  struct Staged {
    std::string shown;  // the path as given
    std::filesystem::path target;
    std::unique_ptr<TemporaryFile> file;
  };
  std::string stage(const std::string& path, const OutputTarget& target,
                    const ReportWriter& writer);
  std::vector<Staged> staged_;
};

// One report: ReportFiles::write and commit. Returns the error, empty on success.
std::string write_output(const std::string& path, const ReportWriter& writer);

}  // namespace figcheck::reports
