// Writes a report to stdout or to a file; a file is written to a temporary beside it and renamed
// into place, so a crash or a full disk never leaves half a report.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace figcheck::reports {

// `path` "-" or empty means stdout. Returns an error message, empty on success.
std::string write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace figcheck::reports
