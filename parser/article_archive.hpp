// A news archive in JSON Lines: one article per line, as newsroom systems and corpus tools export
// them ({"id": …, "title": …, "date": …, "text": …}). A million articles in a few archives cost
// the kernel a few thousand file reads instead of a million.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "parser/diagnostic.hpp"
#include "parser/document.hpp"

namespace figcheck::parser {

// Each line with a "text" string becomes a Document named `display_path#NAME`, NAME being the
// line's "id" (a string, or a number as written), else its "path" or "file", else `L<line>`. A
// "title" not already at the start of the text becomes its first line; a "date" (YYYY-MM-DD…)
// resolves 今年/去年. Lines and columns of the document are within its text. Lines that are not
// JSON (any error of the JSON reader, a number out of range included) are errors at their line
// and column in the archive, and the next lines are read; an archive with no "text" field at all
// (a manifest) is noted and skipped.
std::vector<Document> load_article_archive(const std::filesystem::path& file,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics, const ReadOptions& options);

// The same for an archive's text, already decoded to UTF-8.
std::vector<Document> read_article_archive(std::string text, const std::string& display_path,
                                           Diagnostics& diagnostics);

// The articles of one input file: the file itself, or each line of an archive.
std::vector<Document> load_articles(const std::filesystem::path& file,
                                    const std::string& display_path, Diagnostics& diagnostics,
                                    const ReadOptions& options);

}  // namespace figcheck::parser
