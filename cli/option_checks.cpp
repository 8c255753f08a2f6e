#include "cli/option_checks.hpp"

#include "parser/calendar_date.hpp"

namespace figcheck::cli {

CLI::Validator calendar_date() {
  return CLI::Validator(
      [](const std::string& value) {
        return parser::is_calendar_date(value)
                   ? std::string()
                   : "'" + value + "' is not a day YYYY-MM-DD (such as 2024-03-15)";
      },
      "YYYY-MM-DD", "calendar date");
}

CLI::Option* one_value_each(CLI::Option* option) {
  return option->allow_extra_args(false);
}

}  // namespace figcheck::cli
