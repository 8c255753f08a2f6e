// Loads and extracts many files at once, over `jobs` threads, and returns them in input order so
// that output is the same whatever the number of threads.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parser/attribution/attributor.hpp"
#include "parser/diagnostic.hpp"
#include "parser/document.hpp"
#include "parser/extract.hpp"

namespace figcheck::parser {

struct ExtractedFile {
  std::optional<Document> document;  // empty when the file could not be read
  Extraction extraction;
  Diagnostics diagnostics;
};

struct InputFile {
  std::filesystem::path path;
  std::string display_path;
  // The file's path from the corpus root, with / between its parts ("" when not known): how
  // findings are fingerprinted, whatever the spelling on the command line or the checkout's place.
  std::string corpus_path;
};

// Attribution, when given, runs in the same pass; `date` (YYYY-MM-DD, from --date) applies to
// files whose front matter has none.
struct AttributionSettings {
  const Attributor* attributor = nullptr;
  std::optional<std::string> date;
};

std::vector<ExtractedFile> extract_files(const std::vector<InputFile>& files,
                                         const ExtractOptions& options, unsigned jobs,
                                         const AttributionSettings& attribution = {});

// Extraction and attribution of one document.
Extraction extract_and_attribute(const Document& document, const ExtractOptions& options,
                                 const AttributionSettings& attribution);

// Runs `work(i)` for i in [0, count) on up to `jobs` threads.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace figcheck::parser
