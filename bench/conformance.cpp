// Runs the grammar over the public conformance suites in ../shared/conformance and prints the
// pass rate per file; --failures FILE lists every failing case for reading.
//   figcheck_conformance DIR [--failures FILE]
#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "parser/extract.hpp"
#include "parser/grammar/parsers.hpp"

namespace {

using figcheck::parser::Claim;
using figcheck::parser::ClaimKind;
using figcheck::parser::Extraction;
using nlohmann::json;

bool close(double a, double b) {
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

double number_of(const json& j) {
  if (j.is_number()) return j.get<double>();
  std::string s = j.get<std::string>();
  if (!s.empty() && s.back() == '%') s.pop_back();
  return std::stod(s);
}

Extraction run(const std::string& text, bool all_numbers) {
  figcheck::parser::ExtractOptions options;
  options.all_numbers = all_numbers;
  return figcheck::parser::extract(text, options);
}

std::vector<const Claim*> of_kinds(const Extraction& e, std::initializer_list<ClaimKind> kinds) {
  std::vector<const Claim*> out;
  for (const Claim& c : e.claims)
    for (ClaimKind k : kinds)
      if (c.kind == k) out.push_back(&c);
  return out;
}

// A case passes when our values, in order, are the expected ones.
bool values_match(const std::vector<const Claim*>& claims, const json& expected) {
  if (claims.size() != expected.size()) return false;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (expected[i]["value"].is_null()) continue;
    if (!claims[i]->value || !close(*claims[i]->value, number_of(expected[i]["value"])))
      return false;
  }
  return true;
}

std::string describe(const Extraction& e, const std::string& text) {
  std::string out;
  for (const Claim& c : e.claims)
    out += fmt::format("[{} {} {}] ", text.substr(c.span.begin, c.span.size()),
                       c.value ? fmt::format("{}", *c.value) : "?", c.unit);
  return out;
}

struct Tally {
  int passed = 0;
  int total = 0;
  int skipped = 0;
};

std::optional<std::string> currency_code(const std::string& chinese) {
  static const std::vector<std::pair<std::string, std::string>> codes = {
      {"元", "CNY"},     {"港元", "HKD"}, {"美元", "USD"}, {"日元", "JPY"}, {"欧元", "EUR"},
      {"新台币", "TWD"}, {"泰铢", "THB"}, {"卢布", "RUB"}, {"韩元", "KRW"}, {"澳元", "AUD"}};
  for (const auto& [name, code] : codes)
    if (name == chinese) return code;
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc < 2) {
    std::cerr << "usage: figcheck_conformance DIR [--failures FILE]\n";
    return 2;
  }
  const fs::path root(argv[1]);
  std::ofstream failures;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--failures") == 0) failures.open(argv[i + 1]);

  using Check = std::function<std::optional<bool>(const json&, std::string&)>;
  auto recognizers = [](std::initializer_list<ClaimKind> kinds, bool all_numbers) -> Check {
    std::vector<ClaimKind> k(kinds);
    return [k, all_numbers](const json& c, std::string& got) -> std::optional<bool> {
      const std::string input = c["input"];
      const Extraction e = run(input, all_numbers);
      got = describe(e, input);
      std::vector<const Claim*> claims;
      for (const Claim& claim : e.claims)
        for (ClaimKind kind : k)
          if (claim.kind == kind) claims.push_back(&claim);
      return values_match(claims, c["expected"]);
    };
  };
  const std::vector<std::pair<std::string, Check>> suites = {
      {"recognizers-zh/number.jsonl",
       recognizers({ClaimKind::number, ClaimKind::count, ClaimKind::measure, ClaimKind::money,
                    ClaimKind::percent, ClaimKind::percentage_point, ClaimKind::multiple,
                    ClaimKind::fraction},
                   true)},
      {"recognizers-zh/percent.jsonl",
       recognizers({ClaimKind::percent, ClaimKind::percentage_point}, false)},
      {"recognizers-zh/currency.jsonl", recognizers({ClaimKind::money}, false)},
      {"recognizers-zh/dimension.jsonl", recognizers({ClaimKind::measure}, false)},
      {"recognizers-zh/ordinal.jsonl",
       [](const json& c, std::string& got) -> std::optional<bool> {
         // figcheck reads ordinals as "not a claim" on purpose; the suite expects values.
         const Extraction e = run(c["input"], true);
         got = describe(e, c["input"]);
         return c["expected"].empty() && e.claims.empty();
       }},
      {"numeric_testsets/jionlp_extract_money.jsonl",
       [](const json& c, std::string& got) -> std::optional<bool> {
         const std::string input = c["input"];
         const Extraction e = run(input, false);
         got = describe(e, input);
         const auto money = of_kinds(e, {ClaimKind::money});
         if (money.size() != c["expected"].size()) return false;
         for (std::size_t i = 0; i < money.size(); ++i) {
           const std::string text = input.substr(money[i]->span.begin, money[i]->span.size());
           if (text != c["expected"][i]["text"].get<std::string>()) return false;
         }
         return true;
       }},
      {"numeric_testsets/jionlp_parse_money.jsonl",
       [](const json& c, std::string& got) -> std::optional<bool> {
         const std::string input = c["input"];
         const Extraction e = run(input, true);
         got = describe(e, input);
         if (e.claims.size() != 1) return false;
         const Claim& claim = e.claims[0];
         const json& num = c["expected"]["num"];
         const auto code = currency_code(c["expected"]["case"]);
         if (claim.kind == ClaimKind::money && code && claim.unit != *code) return false;
         if (num.is_array()) {
           const double lo = number_of(num[0]);
           const double hi = number_of(num[1]);
           const auto& in = claim.interval;
           return in.low && in.high && *in.low <= lo * 1.0001 && *in.high >= hi * 0.9999 &&
                  *in.high - *in.low <= (hi - lo) * 1.5 + hi * 0.001;
         }
         return claim.value && close(*claim.value, number_of(num));
       }},
      {"numeric_testsets/cn2an_cases.jsonl",
       [](const json& c, std::string& got) -> std::optional<bool> {
         const std::string task = c["task"];
         if (!task.starts_with("cn2an:")) return std::nullopt;  // Arabic to Chinese: not ours
         std::string input = c["input"];
         double sign = 1;
         if (input.starts_with("负")) {
           sign = -1;
           input = input.substr(std::string("负").size());
         }
         const auto parsed = figcheck::parser::grammar::parse_numeral(input);
         got = parsed ? fmt::format("{} ({} of {} bytes)", parsed->value.value, parsed->length,
                                    input.size())
                      : "no parse";
         if (!parsed || parsed->length != input.size()) return false;
         return close(sign * parsed->value.value, number_of(c["expected"]));
       }},
  };

  for (const auto& [name, check] : suites) {
    const fs::path path = root / name;
    std::ifstream in(path);
    if (!in) {
      std::cout << fmt::format("{:<45} missing\n", name);
      continue;
    }
    Tally tally;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const json c = json::parse(line);
      std::string got;
      const auto passed = check(c, got);
      if (!passed) {
        ++tally.skipped;
        continue;
      }
      ++tally.total;
      if (*passed) {
        ++tally.passed;
      } else if (failures) {
        failures << name << "\t" << c["input"].get<std::string>() << "\texpected "
                 << c["expected"].dump() << "\tgot " << got << "\n";
      }
    }
    std::cout << fmt::format(
        "{:<45} {:>4}/{:<4} {:6.1f}%{}\n", name, tally.passed, tally.total,
        100.0 * tally.passed / std::max(1, tally.total),
        tally.skipped ? fmt::format("  ({} not applicable)", tally.skipped) : "");
  }
  return 0;
}
