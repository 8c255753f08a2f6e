#include "parser/corpus.hpp"

#include "parser/article_archive.hpp"

#include <algorithm>
#include <atomic>
#include <iterator>
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
  return extract(document.text(), options,
                 [&](std::string_view text, Extraction& extraction,
                     const std::vector<PeriodMention>& periods) {
                   attribution.attributor->attribute(text, extraction, periods, date);
                 });
}

namespace {

// One input file as documents: one for an article, one per line for an archive. The file's
// diagnostics travel with its first entry; a file with no article keeps an entry for them.
std::vector<ExtractedFile> load_input(const InputFile& file, const ReadOptions& options) {
  Diagnostics diagnostics;
  std::vector<Document> articles =
      load_articles(file.path, file.display_path, diagnostics, options);
  std::vector<ExtractedFile> loaded(std::max<std::size_t>(articles.size(), 1));
  for (std::size_t i = 0; i < articles.size(); ++i) {
    Document& article = articles[i];
    // An archive's articles are named FILE#ID: the corpus path keeps the #ID.
    if (!file.corpus_path.empty() && article.path().starts_with(file.display_path))
      article.set_corpus_path(file.corpus_path,
                              std::string_view(article.path()).substr(file.display_path.size()));
    loaded[i].document.emplace(std::move(article));
  }
  loaded[0].diagnostics = std::move(diagnostics);
  return loaded;
}

}  // namespace

std::vector<ExtractedFile> extract_files(const std::vector<InputFile>& files,
                                         const ExtractOptions& options, unsigned jobs,
                                         const AttributionSettings& attribution) {
  std::vector<std::vector<ExtractedFile>> loaded(files.size());
  parallel_for(files.size(), jobs,
               [&](std::size_t i) { loaded[i] = load_input(files[i], options.read); });
  std::vector<ExtractedFile> results;
  for (auto& documents : loaded)
    std::move(documents.begin(), documents.end(), std::back_inserter(results));
  loaded.clear();
  // Extraction apart from reading, so that the articles of one archive spread over the threads.
  parallel_for(results.size(), jobs, [&](std::size_t i) {
    ExtractedFile& result = results[i];
    if (result.document)
      result.extraction = extract_and_attribute(*result.document, options, attribution);
  });
  return results;
}

}  // namespace figcheck::parser
