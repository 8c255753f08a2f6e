#include "cli/read_options.hpp"

#include <map>

namespace figcheck::cli {

namespace {

// A size such as 256MB. CLI11's AsSizeValue reads "-1" through strtoull, as 2^64-1 (no limit):
// a minus sign is refused first.
CLI::Validator file_size() {
  return CLI::Validator(
      [size = CLI::AsSizeValue(false)](std::string& value) {
        if (value.find('-') != std::string::npos) return std::string("a size cannot be negative");
        return size(value);
      },
      "SIZE", "file size");
}

}  // namespace

void add_read_options(CLI::App* command, parser::ReadOptions& options) {
  const std::map<std::string, parser::Encoding> encodings{
      {"auto", parser::Encoding::automatic},   {"utf-8", parser::Encoding::utf8},
      {"gb18030", parser::Encoding::gb18030},  {"gbk", parser::Encoding::gb18030},
      {"utf-16le", parser::Encoding::utf16le}, {"utf-16be", parser::Encoding::utf16be}};
  command
      ->add_option("--encoding", options.encoding,
                   "auto (UTF-8; UTF-16 with BOM; GB18030 when not UTF-8), utf-8, gb18030, gbk, "
                   "utf-16le, utf-16be")
      ->transform(CLI::CheckedTransformer(encodings, CLI::ignore_case))
      ->option_text("NAME");
  command
      ->add_option("--max-file-size", options.max_bytes,
                   "Skip (as an error) files larger than this, e.g. 256MB (default)")
      ->transform(file_size());
}

}  // namespace figcheck::cli
