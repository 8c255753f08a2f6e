// An article as figcheck reads it: UTF-8 text (BOM stripped, CRLF folded to LF, ill-formed bytes
// replaced with U+FFFD and reported), a source map, and the front-matter date when there is one.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/diagnostic.hpp"
#include "parser/file_encoding.hpp"
#include "parser/source_map.hpp"

namespace figcheck::parser {

class Document {
 public:
  // `path` is the name shown to users (as given on the command line); `bytes` the file's text.
  // `date`, when given (an archive's field), takes the place of front matter and file name.
  Document(std::string path, std::string bytes, Diagnostics& diagnostics,
           std::optional<std::string> date = std::nullopt);

  [[nodiscard]] const std::string& path() const { return path_; }
  // The path from the corpus root (InputFile::corpus_path; an archive's article as FILE#ID),
  // else the path as shown; corpus_file() is the file's part (FILE).
  [[nodiscard]] const std::string& corpus_path() const {
    return corpus_path_.empty() ? path_ : corpus_path_;
  }
  [[nodiscard]] const std::string& corpus_file() const {
    return corpus_file_.empty() ? corpus_path() : corpus_file_;
  }
  // For an article of a JSON Lines archive, the archive's line it is on (1-based); 0 otherwise.
  [[nodiscard]] std::size_t archive_line() const { return archive_line_; }
  void set_archive_line(std::size_t line) { archive_line_ = line; }
  void set_corpus_path(std::string file, std::string_view article) {
    corpus_path_ = file + std::string(article);
    corpus_file_ = std::move(file);
  }
  // Stable across moves of the Document: views into it stay valid.
  [[nodiscard]] std::string_view text() const { return *text_; }
  [[nodiscard]] const SourceMap& source_map() const { return *source_map_; }
  [[nodiscard]] SourcePosition position(std::size_t offset) const {
    return source_map_->position(offset);
  }
  // `date:` from YAML front matter in .md files (YYYY-MM-DD), else a date or a year in the file
  // name (date_from_file_name); used to resolve 今年/去年.
  [[nodiscard]] const std::optional<std::string>& date() const { return date_; }

 private:
  std::string path_;
  std::string corpus_path_;
  std::string corpus_file_;
  std::size_t archive_line_ = 0;
  std::unique_ptr<std::string> text_;
  std::unique_ptr<SourceMap> source_map_;
  std::optional<std::string> date_;
};

// How files are read: their encoding (auto-detected by default) and the largest size read.
// The date a news archive writes into its file names: xwlb_20250304_03 → 2025-03-04,
// report-2025-03-04 → 2025-03-04, gov_work_report_2017 → 2017 (a year alone, from 1949 to
// `latest_year`). Empty when the name holds none; hashes and serial numbers (001_7394c779,
// eval_1285, eval_2037: no article is written in a year still to come) are not read as dates.
std::optional<std::string> date_from_file_name(std::string_view path, int latest_year);
std::optional<std::string> date_from_file_name(std::string_view path);  // up to this year

struct ReadOptions {
  Encoding encoding = Encoding::automatic;
  std::uintmax_t max_bytes = std::uintmax_t{256} << 20;
};

// What every text goes through before it is read: the BOM stripped, CRLF folded to LF, ill-formed
// UTF-8 replaced with U+FFFD (each reported against `path`, with line and column).
void prepare_text(std::string& text, const std::string& path, Diagnostics& diagnostics);

// A file's bytes as UTF-8 text (decoded as `options` say); nullopt, with a diagnostic, for a file
// that cannot be read, is not a regular file, is larger than `max_bytes` or is binary.
std::optional<std::string> read_text_file(const std::filesystem::path& file,
                                          const std::string& display_path, Diagnostics& diagnostics,
                                          const ReadOptions& options);

// A file's bytes as UTF-8 text: the encoding detected (or as `options` say) and converted,
// nullopt for a binary file; what was converted or could not be is a diagnostic.
std::optional<std::string> decode_text(std::string bytes, const std::string& display_path,
                                       Diagnostics& diagnostics, const ReadOptions& options);

// A news archive in JSON Lines (.jsonl, .ndjson): one article per line (parser/article_archive).
bool is_article_archive(const std::filesystem::path& path);

// Reads one file. A file that cannot be read, is larger than `max_bytes` or is binary gives a
// diagnostic and no document; a converted encoding gives a note or warning and a document.
std::optional<Document> load_document(const std::filesystem::path& file, std::string display_path,
                                      Diagnostics& diagnostics, const ReadOptions& options = {});

}  // namespace figcheck::parser
