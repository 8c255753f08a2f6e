// libFuzzer target: arbitrary bytes as an article archive (.jsonl) file's contents: encoding
// detection, UTF-8 repair, the JSON reader line by line (errors and numbers out of range at their
// line and column), article names, titles and dates, and each article's Document. Anything but a
// clean return is a bug.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "parser/article_archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace figcheck;
  parser::Diagnostics diagnostics;
  std::optional<std::string> text =
      parser::decode_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.jsonl",
                          diagnostics, parser::ReadOptions{});
  if (!text) return 0;
  for (const parser::Document& article :
       parser::read_article_archive(std::move(*text), "fuzz.jsonl", diagnostics))
    (void)article.position(article.text().size());
  return 0;
}
