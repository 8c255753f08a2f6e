#include "reports/output_file.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

namespace figcheck::reports {

std::string write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    return std::cout ? std::string() : std::string("cannot write to standard output");
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary = target.string() + fmt::format(".tmp{}", ::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return fmt::format("{}: cannot open for writing", path);
    write(out);
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return fmt::format("{}: write failed", path);
    }
  }
  std::error_code ec;
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return fmt::format("{}: cannot replace file: {}", path, ec.message());
  }
  return {};
}

}  // namespace figcheck::reports
