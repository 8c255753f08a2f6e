// Golden test over the articles in fixtures/extract: each <name>.txt|.md has a hand-checked
// <name>.expected.tsv with one claim a line. FIGCHECK_UPDATE_GOLDEN=1 rewrites them; review the
// diff before committing.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "parser/document.hpp"
#include "parser/extract.hpp"
#include "reports/claim_record.hpp"
#include "tests/test_support.hpp"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

std::string render(const parser::Document& doc, const parser::Extraction& extraction) {
  std::string out;
  for (const parser::Claim& c : extraction.claims) {
    const auto at = doc.position(c.span.begin);
    out += fmt::format("{}:{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", at.line, at.column,
                       doc.text().substr(c.span.begin, c.span.size()), to_string(c.kind),
                       c.value ? reports::number_text(*c.value) : "?", reports::unit_text(c),
                       c.classifier, to_string(c.qualifier), to_string(c.modality),
                       to_string(c.role), c.period);
  }
  return out;
}

TEST(Fixtures, ExtractionMatchesTheCheckedClaims) {
  const fs::path dir = test::fixture_path("extract");
  int articles = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path path = entry.path();
    if (path.extension() != ".txt" && path.extension() != ".md") continue;
    ++articles;
    parser::Diagnostics diagnostics;
    const parser::Document doc(path.filename().string(), test::read_file(path.string()),
                               diagnostics);
    const std::string actual = render(doc, parser::extract(doc));
    fs::path expected_path = path;
    expected_path.replace_extension(".expected.tsv");
    if (std::getenv("FIGCHECK_UPDATE_GOLDEN") != nullptr) {
      std::ofstream(expected_path) << actual;
      continue;
    }
    EXPECT_EQ(actual, test::read_file(expected_path.string())) << path;
  }
  EXPECT_GE(articles, 2);
}

}  // namespace
}  // namespace figcheck
