#include "parser/document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "parser/calendar_date.hpp"
#include "parser/file_reader.hpp"
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

// YAML front matter: a first line `---`, key: value lines, a closing `---`. Only `date` is read;
// one that names no day of the calendar is reported against `path`, and the article is undated.
std::optional<std::string> front_matter_date(std::string_view text, const std::string& path,
                                             Diagnostics& diagnostics) {
  if (!text.starts_with("---\n")) return std::nullopt;
  const std::size_t close = text.find("\n---", 3);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view block = text.substr(4, close - 3);
  std::size_t pos = 0;
  for (std::size_t line_number = 2; pos < block.size(); ++line_number) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    if (line.starts_with("date:")) {
      std::string_view value = line.substr(5);
      while (!value.empty() &&
             (value.front() == ' ' || value.front() == '"' || value.front() == '\''))
        value.remove_prefix(1);
      constexpr std::size_t kDateChars = 10;
      const std::string_view date = value.substr(0, kDateChars);
      if (is_calendar_date(date)) return std::string(date);
      const std::size_t column = line.size() - value.size() + 1;
      diagnostics.push_back({path, line_number, column, DiagnosticSeverity::error,
                             fmt::format("front matter date '{}' is not a day YYYY-MM-DD; the "
                                         "article is read as undated",
                                         value.substr(0, value.find_first_of("\"'"))),
                             "input"});
      return std::nullopt;
    }
    pos = eol + 1;
  }
  return std::nullopt;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number_of(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool plausible_year(int year, int latest_year) {
  return year >= 1949 && year <= latest_year;
}

std::optional<std::string> valid_date(std::string_view y, std::string_view m, std::string_view d,
                                      int latest_year) {
  if (!all_digits(y) || !all_digits(m) || !all_digits(d) || y.size() != 4 || m.size() != 2 ||
      d.size() != 2)
    return std::nullopt;
  const int month = number_of(m);
  const int day = number_of(d);
  if (!plausible_year(number_of(y), latest_year) || month < 1 || month > 12 || day < 1 || day > 31)
    return std::nullopt;
  return fmt::format("{}-{}-{}", y, m, d);
}

}  // namespace

std::optional<std::string> date_from_file_name(std::string_view path) {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return date_from_file_name(path, static_cast<int>(std::chrono::year_month_day(today).year()));
}

std::optional<std::string> date_from_file_name(std::string_view path, int latest_year) {
  std::string_view stem = path;
  if (const std::size_t slash = stem.find_last_of("/\\"); slash != std::string_view::npos)
    stem.remove_prefix(slash + 1);
  if (const std::size_t dot = stem.rfind('.'); dot != std::string_view::npos)
    stem = stem.substr(0, dot);
  // The name's parts between _ - . and spaces: xwlb_20250304_03, report-2025-03-04, gwr_2017.
  std::vector<std::string_view> parts;
  for (std::size_t at = 0; at <= stem.size();) {
    std::size_t end = stem.find_first_of("_-. ", at);
    if (end == std::string_view::npos) end = stem.size();
    parts.push_back(stem.substr(at, end - at));
    at = end + 1;
  }
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view p = parts[i];
    if (p.size() == 8) {
      if (auto date = valid_date(p.substr(0, 4), p.substr(4, 2), p.substr(6, 2), latest_year))
        return date;
    }
    if (i + 2 < parts.size()) {
      if (auto date = valid_date(p, parts[i + 1], parts[i + 2], latest_year)) return date;
    }
  }
  for (const std::string_view p : parts) {
    if (p.size() == 4 && all_digits(p) && plausible_year(number_of(p), latest_year))
      return std::string(p);
  }
  return std::nullopt;
}

void prepare_text(std::string& text, const std::string& path, Diagnostics& diagnostics) {
  strip_bom(text);
  fold_crlf(text);
  // Positions of bad bytes are reported against the repaired text, which is what users see in
  // the output: each bad byte before the k-th became three bytes of U+FFFD. The first few are
  // listed, then a count.
  const auto invalid = utf8::repair(text);
  if (invalid.empty()) return;
  const SourceMap map(text);
  for (std::size_t i = 0; i < invalid.size() && i < kMaxReportedInvalidSequences; ++i) {
    const SourcePosition at = map.position(invalid[i].offset + 2 * i);
    diagnostics.push_back(
        {path, at.line, at.column, DiagnosticSeverity::error,
         fmt::format("invalid UTF-8 byte 0x{:02X}; replaced with U+FFFD", invalid[i].byte),
         "input"});
  }
  if (invalid.size() > kMaxReportedInvalidSequences) {
    diagnostics.push_back({path, 0, 0, DiagnosticSeverity::error,
                           fmt::format("{} more invalid UTF-8 bytes in this file",
                                       invalid.size() - kMaxReportedInvalidSequences),
                           "input"});
  }
}

Document::Document(std::string path, std::string bytes, Diagnostics& diagnostics,
                   std::optional<std::string> date)
    : path_(std::move(path)),
      text_(std::make_unique<std::string>(std::move(bytes))),
      date_(std::move(date)) {
  prepare_text(*text_, path_, diagnostics);
  source_map_ = std::make_unique<SourceMap>(*text_);
  if (!date_) date_ = front_matter_date(*text_, path_, diagnostics);
  if (!date_) date_ = date_from_file_name(path_);
}

std::optional<std::string> read_text_file(const std::filesystem::path& file,
                                          const std::string& display_path, Diagnostics& diagnostics,
                                          const ReadOptions& options) {
  FileBytes read = read_file_bytes(file, options.max_bytes);
  if (!read.read()) {
    std::string message = read_failure(read, options.max_bytes);
    if (read.too_large) message += " (--max-file-size); skipped";
    diagnostics.push_back(
        {display_path, 0, 0, DiagnosticSeverity::error, std::move(message), "input"});
    return std::nullopt;
  }
  return decode_text(std::move(read.bytes), display_path, diagnostics, options);
}

std::optional<std::string> decode_text(std::string bytes, const std::string& display_path,
                                       Diagnostics& diagnostics, const ReadOptions& options) {
  const auto report = [&](DiagnosticSeverity severity, std::string message) {
    diagnostics.push_back({display_path, 0, 0, severity, std::move(message), "input"});
  };
  if (bytes.empty()) report(DiagnosticSeverity::note, "empty file");
  DecodedText decoded = decode_file_bytes(std::move(bytes), options.encoding);
  if (decoded.binary) {
    report(DiagnosticSeverity::warning, "binary file (NUL bytes), not an article; skipped");
    return std::nullopt;
  }
  if (decoded.unconvertible > 0) {
    report(DiagnosticSeverity::error,
           fmt::format("{} characters are not valid {}; replaced with U+FFFD",
                       decoded.unconvertible, decoded.encoding));
  } else if (decoded.encoding == "GB18030" && options.encoding == Encoding::automatic) {
    report(DiagnosticSeverity::warning,
           "not UTF-8; read as GB18030 (GBK), detected (--encoding chooses another)");
  } else if (decoded.encoding.starts_with("UTF-16") && options.encoding == Encoding::automatic) {
    report(DiagnosticSeverity::note, fmt::format("read as {} (byte-order mark)", decoded.encoding));
  }
  return std::move(decoded.utf8);
}

std::optional<Document> load_document(const std::filesystem::path& file, std::string display_path,
                                      Diagnostics& diagnostics, const ReadOptions& options) {
  std::optional<std::string> text = read_text_file(file, display_path, diagnostics, options);
  if (!text) return std::nullopt;
  return Document(std::move(display_path), std::move(*text), diagnostics);
}

}  // namespace figcheck::parser
