// Attribution and positions cost time linear in the size of one article: timed on an article of
// n statements and of 8n (test_support's cost_growth), a walk back to the article's start for
// every figure takes 64 times as long at 8n instead of 8 times.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <memory>
#include <string>

#include "checker/rule_pack.hpp"
#include "parser/corpus.hpp"
#include "parser/utf8.hpp"
#include "tests/test_support.hpp"

namespace figcheck::parser {
namespace {

const Attributor& default_attributor() {
  static const checker::RulePack pack = [] {
    checker::RulePack p;
    Diagnostics diagnostics;
    checker::add_default_pack(p, diagnostics);
    return p;
  }();
  static const Attributor attributor(pack.lexicon);
  return attributor;
}

std::string shares(std::size_t lines) {
  std::string text;
  for (std::size_t i = 0; i < lines; ++i) {
    text += fmt::format(
        "2024年，吉林省工业产值{}亿元，占全国工业产值的{}.5%；长春市产值在全省占比{}.5%。\n",
        300 + i % 90, 1 + i % 9, 20 + i % 30);
  }
  return text;
}

Extraction attributed(const std::string& text) {
  Diagnostics diagnostics;
  const Document document("shares.txt", text, diagnostics);
  return extract_and_attribute(document, ExtractOptions{}, {&default_attributor(), std::nullopt});
}

// One line of 自…起 spans and ；list items with no full stop: a start of a span is looked for in
// its clause only, a list's topic within a sentence's length only.
std::string spans_without_full_stops(std::size_t items) {
  std::string text;
  for (std::size_t i = 0; i < items; ++i) {
    text += fmt::format("自2020年{}月起清溪县持续推进道路建设；", 1 + i % 12);
    if (i % 64 == 0) text += fmt::format("新建道路{}公里；", 10 + i % 80);
  }
  return text + "\n";
}

TEST(LinearCost, SpansAndListsInALineWithoutFullStops) {
  ASSERT_EQ(attributed(spans_without_full_stops(2)).claims.size(), 1U);
  EXPECT_LT(test::cost_growth(
                [](std::size_t n) -> std::function<void()> {
                  auto text = std::make_shared<std::string>(spans_without_full_stops(n));
                  return [text] { (void)attributed(*text); };
                },
                4000),
            test::kLinearGrowthBound);
}

TEST(LinearCost, ASharesWholeIsNamedByTheMentionsBeforeItOnly) {
  const Extraction one = attributed(shares(1));
  ASSERT_EQ(one.claims.size(), 3U);
  EXPECT_EQ(one.claims[1].metric, "工业产值/占china:");
  EXPECT_EQ(one.claims[2].metric, "产值/占jilin-province:");
  EXPECT_EQ(attributed(shares(50)).claims[149].metric, "产值/占jilin-province:");
  EXPECT_LT(test::cost_growth(
                [](std::size_t n) -> std::function<void()> {
                  auto text = std::make_shared<std::string>(shares(n));
                  return [text] { (void)attributed(*text); };
                },
                5000),
            test::kLinearGrowthBound);
}

TEST(LinearCost, PositionsOnOneLongLineInAnyOrder) {
  const auto line = [](std::size_t figures) {
    std::string text = "第一行\n";
    for (std::size_t i = 0; i < figures; ++i) text += fmt::format("产值{}亿元，", 100 + i % 900);
    return text;
  };
  const std::string text = line(3000);
  const SourceMap map(text);
  // From the end back, as a report sorted by rule asks for them.
  const std::size_t line_start = text.find('\n') + 1;
  for (std::size_t back = 0; back + line_start < text.size(); back += 997) {
    std::size_t offset = text.size() - back;
    while ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
    const std::string_view before = std::string_view(text).substr(line_start, offset - line_start);
    EXPECT_EQ(map.position(offset), (SourcePosition{2, 1 + utf8::count_code_points(before)}));
  }
  EXPECT_LT(test::cost_growth(
                [&](std::size_t n) -> std::function<void()> {
                  auto long_line = std::make_shared<std::string>(line(n));
                  auto long_map = std::make_shared<SourceMap>(*long_line);
                  return [long_line, long_map] {
                    for (std::size_t offset = long_line->size(); offset > 8; offset -= 8)
                      (void)long_map->position(offset);
                  };
                },
                3000),
            test::kLinearGrowthBound);
}

}  // namespace
}  // namespace figcheck::parser
