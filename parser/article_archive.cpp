#include "parser/article_archive.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <unordered_set>

#include "parser/calendar_date.hpp"
#include "parser/json_reader.hpp"
#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

constexpr std::size_t kMaxReportedBadLines = 5;

// The article's name within the archive: its id, path or file field (a number as written, so
// that 18446744073709551615 stays itself), else its line.
std::string article_name(const ParsedJson& line, std::string_view text, std::size_t line_number) {
  for (const char* key : {"id", "path", "file"}) {
    const auto field = line.value.find(key);
    if (field == line.value.end()) continue;
    if (field->is_string() && !field->get_ref<const std::string&>().empty())
      return field->get<std::string>();
    const auto at = line.member_offsets.find(key);
    if (field->is_number() && at != line.member_offsets.end())
      return std::string(number_text(text, at->second));
  }
  return fmt::format("L{}", line_number);
}

// The title as the article's first line, as it stands in a .txt file, unless the text opens
// with it already.
std::string article_text(const nlohmann::json& line) {
  std::string text = line.at("text").get<std::string>();
  const auto title = line.find("title");
  if (title == line.end() || !title->is_string()) return text;
  const std::string& heading = title->get_ref<const std::string&>();
  if (heading.empty() || text.starts_with(heading)) return text;
  return heading + "\n\n" + text;
}

class ArchiveReader {
 public:
  ArchiveReader(const std::string& display_path, Diagnostics& diagnostics)
      : path_(display_path), diagnostics_(diagnostics) {}

  std::vector<Document> read(std::string_view archive) {
    std::size_t line_number = 0;
    for (std::size_t at = 0; at < archive.size();) {
      std::size_t end = archive.find('\n', at);
      if (end == std::string_view::npos) end = archive.size();
      ++line_number;
      read_line(archive.substr(at, end - at), line_number);
      at = end + 1;
    }
    report_summary();
    return std::move(documents_);
  }

 private:
  void read_line(std::string_view line, std::size_t line_number) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    const ParsedJson parsed = parse_json(line);
    if (parsed.error) {
      const std::size_t byte = std::min(parsed.error->offset, line.size());
      bad_line(line_number, utf8::count_code_points(line.substr(0, byte)) + 1,
               fmt::format("not a JSON line ({}); article skipped", parsed.error->message));
      return;
    }
    const nlohmann::json& object = parsed.value;
    const auto text = object.is_object() ? object.find("text") : object.end();
    if (!object.is_object() || text == object.end() || !text->is_string()) {
      if (++without_text_ <= kMaxReportedBadLines) first_without_text_.push_back(line_number);
      return;
    }
    std::string name = article_name(parsed, line, line_number);
    if (!names_.insert(name).second) {
      ++repeated_names_;
      name = fmt::format("{}@L{}", name, line_number);
    }
    documents_.emplace_back(fmt::format("{}#{}", path_, name), article_text(object), diagnostics_,
                            article_date(object, line_number));
    documents_.back().set_archive_line(line_number);
  }

  // YYYY-MM-DD at the start of a "date" field (2025-03-04 or 2025-03-04T08:00:00+08:00); a date
  // that names no day of the calendar is reported, and the article read as undated.
  std::optional<std::string> article_date(const nlohmann::json& line, std::size_t line_number) {
    const auto field = line.find("date");
    if (field == line.end() || !field->is_string()) return std::nullopt;
    const std::string& value = field->get_ref<const std::string&>();
    constexpr std::size_t kDateChars = 10;
    const std::string date = value.substr(0, kDateChars);
    if (is_calendar_date(date)) return date;
    if (++bad_dates_ <= kMaxReportedBadLines)
      report(line_number, 1, DiagnosticSeverity::error,
             fmt::format("\"date\" '{}' is not a day YYYY-MM-DD; the article is read as undated",
                         value));
    return std::nullopt;
  }

  void bad_line(std::size_t line, std::size_t column, std::string message) {
    if (++bad_lines_ <= kMaxReportedBadLines)
      report(line, column, DiagnosticSeverity::error, std::move(message));
  }

  void report_summary() {
    if (bad_lines_ > kMaxReportedBadLines)
      report(0, 0, DiagnosticSeverity::error,
             fmt::format("{} more lines of this archive are not JSON; skipped",
                         bad_lines_ - kMaxReportedBadLines));
    if (without_text_ > 0 && documents_.empty() && bad_lines_ == 0) {
      report(0, 0, DiagnosticSeverity::note,
             fmt::format("no line has a \"text\" field: not an article archive (a manifest?); "
                         "skipped ({} lines)",
                         without_text_));
    } else if (without_text_ > 0) {
      for (const std::size_t line : first_without_text_)
        report(line, 1, DiagnosticSeverity::error,
               "no \"text\" string in this line; article skipped");
      if (without_text_ > kMaxReportedBadLines)
        report(0, 0, DiagnosticSeverity::error,
               fmt::format("{} more lines without a \"text\" string; skipped",
                           without_text_ - kMaxReportedBadLines));
    }
    if (bad_dates_ > kMaxReportedBadLines)
      report(0, 0, DiagnosticSeverity::error,
             fmt::format("{} more articles with a \"date\" that is not a day; read as undated",
                         bad_dates_ - kMaxReportedBadLines));
    if (repeated_names_ > 0)
      report(0, 0, DiagnosticSeverity::warning,
             fmt::format("{} articles repeat an id of an earlier line; named ID@L<line>",
                         repeated_names_));
  }

  void report(std::size_t line, std::size_t column, DiagnosticSeverity severity,
              std::string message) {
    diagnostics_.push_back({path_, line, column, severity, std::move(message), "input"});
  }

  const std::string& path_;
  Diagnostics& diagnostics_;
  std::vector<Document> documents_;
  std::unordered_set<std::string> names_;
  std::vector<std::size_t> first_without_text_;
  std::size_t without_text_ = 0;
  std::size_t bad_lines_ = 0;
  std::size_t repeated_names_ = 0;
  std::size_t bad_dates_ = 0;
};

}  // namespace

bool is_article_archive(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

std::vector<Document> read_article_archive(std::string text, const std::string& display_path,
                                           Diagnostics& diagnostics) {
  // Repaired first, so that every line is well-formed UTF-8 for the JSON reader and a bad byte
  // is reported where it stands in the archive.
  prepare_text(text, display_path, diagnostics);
  return ArchiveReader(display_path, diagnostics).read(text);
}

std::vector<Document> load_article_archive(const std::filesystem::path& file,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics, const ReadOptions& options) {
  std::optional<std::string> text = read_text_file(file, display_path, diagnostics, options);
  if (!text) return {};
  return read_article_archive(std::move(*text), display_path, diagnostics);
}

std::vector<Document> load_articles(const std::filesystem::path& file,
                                    const std::string& display_path, Diagnostics& diagnostics,
                                    const ReadOptions& options) {
  if (is_article_archive(file))
    return load_article_archive(file, display_path, diagnostics, options);
  std::vector<Document> articles;
  if (auto document = load_document(file, display_path, diagnostics, options))
    articles.push_back(std::move(*document));
  return articles;
}

}  // namespace figcheck::parser
