// RFC 4180 CSV for spreadsheets: quoted where needed, CRLF line ends, and text cells that start
// with = + - @ (or a tab or CR) prefixed with ' so Excel never runs them as formulas; bytes
// that are not UTF-8 (a file name may hold any) become U+FFFD.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::reports {

class CsvWriter {
 public:
  // Writes the UTF-8 byte-order mark first: without it Excel shows Chinese as mojibake.
  explicit CsvWriter(std::ostream& out, bool byte_order_mark = true);

  CsvWriter& text(std::string_view cell);    // neutralised against formulas
  CsvWriter& number(std::string_view cell);  // written as it is (may start with -)
  CsvWriter& empty();
  void end_row();

 private:
  void separate();
  std::ostream& out_;
  bool first_in_row_ = true;
};

}  // namespace figcheck::reports
