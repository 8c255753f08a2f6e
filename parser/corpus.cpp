#include "parser/corpus.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace figcheck::parser {

void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
  jobs = std::max(1U,
                  std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> workers;
  workers.reserve(jobs);
  for (unsigned j = 0; j < jobs; ++j) {
    workers.emplace_back([&] {
      for (std::size_t i = next++; i < count; i = next++) work(i);
    });
  }
}

Extraction extract_and_attribute(const Document& document, const ExtractOptions& options,
                                 const AttributionSettings& attribution) {
  if (!attribution.attributor) return extract(document, options);
  const std::optional<std::string>& date = document.date() ? document.date() : attribution.date;
  return extract(document.text(), options, [&](std::string_view text, Extraction& extraction) {
    attribution.attributor->attribute(text, extraction, date);
  });
}

std::vector<ExtractedFile> extract_files(const std::vector<InputFile>& files,
                                         const ExtractOptions& options, unsigned jobs,
                                         const AttributionSettings& attribution) {
  std::vector<ExtractedFile> results(files.size());
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    ExtractedFile& result = results[i];
    result.document =
        load_document(files[i].path, files[i].display_path, result.diagnostics, options.read);
    if (result.document)
      result.extraction = extract_and_attribute(*result.document, options, attribution);
  });
  return results;
}

}  // namespace figcheck::parser
