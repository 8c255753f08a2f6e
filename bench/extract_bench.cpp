// Single-threaded extraction speed over a corpus: MB/s and peak RSS. Files are read into memory
// first so the figure is the extractor's, not the disk's.
//   figcheck_extract_bench DIR [--repeat N] [--extract-only] [--entity-scan]
// --entity-scan also times the entity scan of attribution alone (its largest stage).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "checker/rule_pack.hpp"
#include "parser/article_archive.hpp"
#include "parser/attribution/entity_mentions.hpp"
#include "parser/corpus.hpp"
#include "parser/document.hpp"
#include "parser/extract.hpp"
#include "parser/folder_walk.hpp"

int main(int argc, char** argv) {
  using namespace figcheck::parser;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [--repeat N]\n", argv[0]);
    return 2;
  }
  int repeat = 3;
  bool extract_only = false;  // for profiling the extractor alone
  bool entity_scan = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--extract-only") == 0) extract_only = true;
    if (std::strcmp(argv[i], "--entity-scan") == 0) entity_scan = true;
  }

  Diagnostics diagnostics;
  const auto files = collect_input_files({argv[1]}, diagnostics);
  std::vector<Document> documents;
  std::size_t bytes = 0;
  for (const auto& file : files) {
    for (Document& doc : load_articles(file, file.string(), diagnostics, {})) {
      bytes += doc.text().size();
      documents.push_back(std::move(doc));
    }
  }
  if (documents.empty()) {
    std::fprintf(stderr, "no articles under %s\n", argv[1]);
    return 2;
  }

  // Extraction alone, then with attribution against the default pack's lexicons.
  figcheck::checker::RulePack pack;
  figcheck::parser::Diagnostics pack_diagnostics;
  figcheck::checker::add_default_pack(pack, pack_diagnostics);
  const figcheck::parser::Attributor attributor(pack.lexicon);
  std::size_t claims = 0;
  const auto best_of = [&](const auto& run_once) {
    double best_seconds = 1e30;
    for (int r = 0; r < repeat; ++r) {
      const auto start = std::chrono::steady_clock::now();
      run_once();
      const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
      best_seconds = std::min(best_seconds, elapsed.count());
    }
    return best_seconds;
  };
  const auto extract_all = [&](bool attribute) {
    return [&documents, &claims, &attributor, attribute] {
      claims = 0;
      for (const Document& doc : documents) {
        claims += (attribute ? extract_and_attribute(doc, {}, {&attributor, {}}) : extract(doc))
                      .claims.size();
      }
    };
  };
  const double extract_seconds = best_of(extract_all(false));
  const double attributed_seconds = extract_only ? 0.0 : best_of(extract_all(true));
  std::size_t mentions = 0;
  const EntityFinder entity_finder(pack.lexicon);
  const double entity_seconds = !entity_scan ? 0.0 : best_of([&] {
    mentions = 0;
    for (const Document& doc : documents) mentions += entity_finder.find(doc.text()).size();
  });
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("files %zu  bytes %zu  claims %zu\n", documents.size(), bytes, claims);
  std::printf("extract (1 thread, best of %d): %.3f s  %.1f MB/s\n", repeat, extract_seconds,
              static_cast<double>(bytes) / 1e6 / extract_seconds);
  if (!extract_only)
    std::printf("extract + attribute (1 thread, best of %d): %.3f s  %.1f MB/s\n", repeat,
                attributed_seconds, static_cast<double>(bytes) / 1e6 / attributed_seconds);
  if (entity_scan)
    std::printf("entity scan alone (1 thread, best of %d): %.3f s  %.1f MB/s  %zu mentions\n",
                repeat, entity_seconds, static_cast<double>(bytes) / 1e6 / entity_seconds,
                mentions);
  std::printf("peak RSS %.1f MB (input held in memory: %.1f MB)\n",
              static_cast<double>(usage.ru_maxrss) / 1024.0, static_cast<double>(bytes) / 1e6);
  return 0;
}
