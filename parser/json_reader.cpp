#include "parser/json_reader.hpp"

#include <iterator>
#include <type_traits>

namespace figcheck::parser {

namespace {

// A character iterator that tells how far nlohmann's lexer has read: SAX events carry no
// position, but at a key the lexer has read exactly up to its closing quote.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, const char* begin, std::size_t* read)
      : at_(at), begin_(begin), read_(read) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    ++at_;
    *read_ = static_cast<std::size_t>(at_ - begin_);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }

 private:
  const char* at_;
  const char* begin_;
  std::size_t* read_;
};

// nlohmann's own DOM builder, with exceptions off, plus the positions it does not keep.
class LocatingDomBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
  using Base = nlohmann::detail::json_sax_dom_parser<nlohmann::json>;

 public:
  LocatingDomBuilder(ParsedJson& out, std::string_view text, const std::size_t& read)
      : Base(out.value, false), out_(out), text_(text), read_(read) {}

  bool start_object(std::size_t size) {
    ++depth_;
    return Base::start_object(size);
  }
  bool end_object() {
    --depth_;
    return Base::end_object();
  }
  bool start_array(std::size_t size) {
    ++depth_;
    return Base::start_array(size);
  }
  bool end_array() {
    --depth_;
    return Base::end_array();
  }
  bool key(std::string& name) {
    if (depth_ == 1) out_.member_offsets.insert_or_assign(name, value_start(read_));
    return Base::key(name);
  }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    // A syntax error is where the lexer stopped; a value out of range (a number overflowing a
    // double) is at the start of its token.
    const std::size_t at = std::is_base_of_v<nlohmann::json::parse_error, Exception>
                               ? (position == 0 ? 0 : position - 1)
                               : position - std::min(position, token.size());
    out_.error = JsonError{std::min(at, text_.size()), reason(error.what())};
    out_.value = nlohmann::json(nlohmann::json::value_t::discarded);
    return false;
  }

 private:
  // The value after a key: past the spaces and the colon.
  [[nodiscard]] std::size_t value_start(std::size_t after_key) const {
    const std::size_t at = text_.find_first_not_of(" \t\r\n:", after_key);
    return at == std::string_view::npos ? text_.size() : at;
  }

  // The message after nlohmann's "[json.exception.parse_error.101] " prefix.
  static std::string reason(std::string_view what) {
    const std::size_t bracket = what.starts_with('[') ? what.find("] ") : std::string_view::npos;
    std::string_view rest = bracket == std::string_view::npos ? what : what.substr(bracket + 2);
    if (rest.starts_with("parse error")) {
      const std::size_t colon = rest.find(": ");
      if (colon != std::string_view::npos) rest.remove_prefix(colon + 2);
    }
    return std::string(rest);
  }

  ParsedJson& out_;
  std::string_view text_;
  const std::size_t& read_;
  int depth_ = 0;
};

}  // namespace

ParsedJson parse_json(std::string_view text) {
  ParsedJson out;
  std::size_t read = 0;
  LocatingDomBuilder builder(out, text, read);
  const CountingIterator begin(text.data(), text.data(), &read);
  const CountingIterator end(text.data() + text.size(), text.data(), &read);
  try {
    nlohmann::json::sax_parse(begin, end, &builder);
  } catch (const nlohmann::json::exception& e) {
    // Not expected with exceptions off; should a version of the library throw all the same,
    // the text is still an error and not an abort.
    out.error = JsonError{std::min(read, text.size()), e.what()};
    out.value = nlohmann::json(nlohmann::json::value_t::discarded);
  }
  return out;
}

std::string_view number_text(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {};
  const std::size_t end = text.find_first_not_of("+-0123456789.eE", offset);
  return text.substr(offset, (end == std::string_view::npos ? text.size() : end) - offset);
}

}  // namespace figcheck::parser
