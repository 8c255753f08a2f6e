#include "parser/document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

constexpr std::size_t kMaxReportedInvalidSequences = 5;

void strip_bom(std::string& text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
}

void fold_crlf(std::string& text) {
  if (text.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      // CRLF becomes LF; a lone CR (old Mac files) is a line end too.
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out.push_back('\n');
      continue;
    }
    out.push_back(text[i]);
  }
  text = std::move(out);
}

// YAML front matter: a first line `---`, key: value lines, a closing `---`. Only `date` is read.
std::optional<std::string> front_matter_date(std::string_view text) {
  if (!text.starts_with("---\n")) return std::nullopt;
  const std::size_t close = text.find("\n---", 3);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view block = text.substr(4, close - 3);
  std::size_t pos = 0;
  while (pos < block.size()) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    if (line.starts_with("date:")) {
      std::string_view value = line.substr(5);
      while (!value.empty() &&
             (value.front() == ' ' || value.front() == '"' || value.front() == '\''))
        value.remove_prefix(1);
      if (value.size() >= 10) return std::string(value.substr(0, 10));
    }
    pos = eol + 1;
  }
  return std::nullopt;
}

bool is_article_file(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".md";
}

}  // namespace

Document::Document(std::string path, std::string bytes, Diagnostics& diagnostics)
    : path_(std::move(path)), text_(std::make_unique<std::string>(std::move(bytes))) {
  strip_bom(*text_);
  fold_crlf(*text_);
  // Positions of bad bytes are reported against the repaired text, which is what users see in
  // the output: each bad byte before the k-th became three bytes of U+FFFD. The first few are
  // listed, then a count.
  const auto invalid = utf8::repair(*text_);
  source_map_ = std::make_unique<SourceMap>(*text_);
  if (!invalid.empty()) {
    for (std::size_t i = 0; i < invalid.size() && i < kMaxReportedInvalidSequences; ++i) {
      const SourcePosition at = source_map_->position(invalid[i].offset + 2 * i);
      diagnostics.push_back(
          {path_, at.line, at.column, DiagnosticSeverity::error,
           fmt::format("invalid UTF-8 byte 0x{:02X}; replaced with U+FFFD", invalid[i].byte),
           "input"});
    }
    if (invalid.size() > kMaxReportedInvalidSequences) {
      diagnostics.push_back({path_, 0, 0, DiagnosticSeverity::error,
                             fmt::format("{} more invalid UTF-8 bytes in this file",
                                         invalid.size() - kMaxReportedInvalidSequences),
                             "input"});
    }
  }
  date_ = front_matter_date(*text_);
}

std::optional<Document> load_document(const std::filesystem::path& file, std::string display_path,
                                      Diagnostics& diagnostics) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    diagnostics.push_back({std::move(display_path), 0, 0, DiagnosticSeverity::error,
                           "cannot open file for reading", "input"});
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    diagnostics.push_back(
        {std::move(display_path), 0, 0, DiagnosticSeverity::error, "read error", "input"});
    return std::nullopt;
  }
  return Document(std::move(display_path), std::move(buffer).str(), diagnostics);
}

std::vector<std::filesystem::path> collect_input_files(const std::vector<std::string>& paths,
                                                       Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const std::string& given : paths) {
    std::error_code ec;
    const fs::path path(given);
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      diagnostics.push_back(
          {given, 0, 0, DiagnosticSeverity::error, "no such file or directory", "input"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && is_article_file(it->path())) found.push_back(it->path());
    }
    if (ec) {
      diagnostics.push_back({given, 0, 0, DiagnosticSeverity::error,
                             fmt::format("cannot read directory: {}", ec.message()), "input"});
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace figcheck::parser
