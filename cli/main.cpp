#include <iostream>
#include "parser/extract.hpp"
int main(int argc, char** argv) {
  if (argc < 2) return 2;
  auto r = figcheck::parser::extract(argv[1], {.all_numbers = argc > 2});
  for (auto& c : r.claims) {
    std::cout << std::string_view(argv[1]).substr(c.span.begin, c.span.size()) << "\t"
              << to_string(c.kind) << "\t" << (c.value ? *c.value : -1) << "\t" << c.unit << "\t"
              << c.classifier << "\t" << to_string(c.qualifier) << "\t"
              << (c.interval.low ? *c.interval.low : -1) << ".." << (c.interval.high ? *c.interval.high : -1)
              << "\t" << to_string(c.modality) << "\t" << to_string(c.role) << "\t" << c.period << "\n";
  }
  for (auto& p : r.periods) std::cout << "period " << std::string_view(argv[1]).substr(p.span.begin, p.span.size()) << " " << p.canonical << "\n";
}
