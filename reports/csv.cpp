#include "reports/csv.hpp"

#include "parser/utf8.hpp"

namespace figcheck::reports {

namespace {

bool needs_quotes(std::string_view cell) {
  return cell.find_first_of(",\"\r\n") != std::string_view::npos;
}

bool could_be_formula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

}  // namespace

CsvWriter::CsvWriter(std::ostream& out, bool byte_order_mark) : out_(out) {
  if (byte_order_mark) out_ << "\xEF\xBB\xBF";
}

void CsvWriter::separate() {
  if (!first_in_row_) out_ << ',';
  first_in_row_ = false;
}

CsvWriter& CsvWriter::text(std::string_view cell) {
  separate();
  std::string value;
  if (could_be_formula(cell)) value = "'";
  value += cell;
  parser::utf8::repair(value);  // a file name may hold bytes that are not UTF-8
  if (!needs_quotes(value)) {
    out_ << value;
    return *this;
  }
  out_ << '"';
  for (char c : value) {
    if (c == '"') out_ << '"';
    out_ << c;
  }
  out_ << '"';
  return *this;
}

CsvWriter& CsvWriter::number(std::string_view cell) {
  separate();
  out_ << cell;
  return *this;
}

CsvWriter& CsvWriter::empty() {
  separate();
  return *this;
}

void CsvWriter::end_row() {
  out_ << "\r\n";
  first_in_row_ = true;
}

}  // namespace figcheck::reports
