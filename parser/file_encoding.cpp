#include "parser/file_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

#include "parser/utf8.hpp"

namespace figcheck::parser {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Converts `bytes` from `charset` to UTF-8 with ICU. With `strict`, the first illegal sequence
// fails the conversion (nullopt); otherwise illegal sequences become U+FFFD and are counted.
std::optional<std::string> convert_to_utf8(std::string_view bytes, const char* charset, bool strict,
                                           std::size_t* substituted = nullptr) {
  UErrorCode status = U_ZERO_ERROR;
  Converter from(ucnv_open(charset, &status));
  Converter to(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return std::nullopt;
  if (strict) {
    ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  std::string out;
  out.resize(bytes.size() * 2 + 16);  // GB18030 → UTF-8 grows at most 3/2; UTF-16 → 3/2
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(target - out.data()));
  if (substituted) {
    std::size_t count = 0;
    for (std::size_t at = out.find("\xEF\xBF\xBD"); at != std::string::npos;
         at = out.find("\xEF\xBF\xBD", at + 3))
      ++count;
    *substituted = count;
  }
  return out;
}

bool starts_with_bytes(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t at = 0; at < bytes.size();) {
    const utf8::Decoded d = utf8::decode(bytes, at);
    if (!d.valid()) return false;
    at += static_cast<std::size_t>(d.length);
  }
  return true;
}

DecodedText forced(std::string bytes, const char* charset, std::string_view name,
                   std::size_t bom_size) {
  std::size_t substituted = 0;
  std::optional<std::string> text =
      convert_to_utf8(std::string_view(bytes).substr(bom_size), charset, false, &substituted);
  if (!text) {
    const std::size_t size = bytes.size();
    return {std::move(bytes), name, false, size};
  }
  return {std::move(*text), name, false, substituted};
}

}  // namespace

std::optional<Encoding> encoding_from(std::string_view name) {
  if (name == "auto") return Encoding::automatic;
  if (name == "utf-8" || name == "utf8") return Encoding::utf8;
  if (name == "gb18030" || name == "gbk" || name == "gb2312") return Encoding::gb18030;
  if (name == "utf-16le") return Encoding::utf16le;
  if (name == "utf-16be") return Encoding::utf16be;
  return std::nullopt;
}

DecodedText decode_file_bytes(std::string bytes, Encoding encoding) {
  const bool le_mark = starts_with_bytes(bytes, "\xFF\xFE");
  const bool be_mark = starts_with_bytes(bytes, "\xFE\xFF");
  switch (encoding) {
    case Encoding::utf8:
      return {std::move(bytes), "UTF-8"};
    case Encoding::gb18030:
      return forced(std::move(bytes), "GB18030", "GB18030", 0);
    case Encoding::utf16le:
      return forced(std::move(bytes), "UTF-16LE", "UTF-16LE", le_mark ? 2 : 0);
    case Encoding::utf16be:
      return forced(std::move(bytes), "UTF-16BE", "UTF-16BE", be_mark ? 2 : 0);
    case Encoding::automatic:
      break;
  }
  if (le_mark) return forced(std::move(bytes), "UTF-16LE", "UTF-16LE", 2);
  if (be_mark) return forced(std::move(bytes), "UTF-16BE", "UTF-16BE", 2);
  // Text never holds NUL; UTF-16 without a mark and binaries do. Neither is an article.
  if (std::string_view(bytes).substr(0, 1 << 16).find('\0') != std::string_view::npos)
    return {std::move(bytes), "binary", true};
  if (is_valid_utf8(bytes)) return {std::move(bytes), "UTF-8"};
  if (auto text = convert_to_utf8(bytes, "GB18030", true)) return {std::move(*text), "GB18030"};
  return {std::move(bytes), "UTF-8"};  // mostly UTF-8 with bad bytes: reported one by one
}

}  // namespace figcheck::parser
