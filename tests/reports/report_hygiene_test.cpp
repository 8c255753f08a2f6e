// Article text and file names are data: in the text report they cannot act on the terminal or
// forge a finding's line, and in XML they cannot make the file ill-formed.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>

#include "parser/utf8.hpp"
#include "reports/markup_escape.hpp"
#include "reports/report_formats.hpp"
#include "reports/terminal_text.hpp"

namespace figcheck::reports {
namespace {

// One finding on a document with a hostile name and hostile text around its figure.
class HostileFinding : public testing::Test {
 protected:
  HostileFinding()
      : document_(
            "evil\nforged.txt:1:1: error: 伪造的发现 [conflicting-figures]\r\x1b[2K\xff.txt",
            "记者获悉\x1b[2K\x1b]0;title\x07，\u202E全区\x08\u0085产值241.3亿元\uFFFE\uFFFF。\n",
            diagnostics_) {
    const std::string_view text = document_.text();
    const std::size_t figure = text.find("241.3亿元");
    checker::Evidence evidence{&document_,
                               {figure, figure + std::string_view("241.3亿元").size()},
                               {0, text.find('\n')},
                               nullptr};
    finding_.rule_id = "conflicting-figures";
    finding_.kind = "conflict";
    finding_.severity = checker::Severity::error;
    finding_.message = fmt::format("数字冲突：在 {} 为241.3亿元", document_.path());
    finding_.evidence = {evidence, evidence};
    finding_.fingerprint = std::string(16, '0');
    report_.findings = std::span(&finding_, 1);
    report_.files = {document_.path()};
  }
  std::string render(const std::string& format) const {
    std::ostringstream out;
    find_report_format(format)->write(out, report_);
    return out.str();
  }

  parser::Diagnostics diagnostics_;
  parser::Document document_;
  checker::Finding finding_;
  Report report_;
};

TEST_F(HostileFinding, TheTextReportEscapesControlsAndCannotForgeALine) {
  const std::string out = render("text");
  for (const char control : {'\x1b', '\r', '\x08', '\x07'})
    EXPECT_EQ(out.find(control), std::string::npos) << static_cast<int>(control) << "\n" << out;
  EXPECT_EQ(out.find("\u202E"), std::string::npos) << "a bidi override reorders what is shown";
  EXPECT_EQ(out.find("\u0085"), std::string::npos) << "a C1 control";
  EXPECT_EQ(out.find("\nforged.txt:1:1: error:"), std::string::npos) << out;
  EXPECT_EQ(out.rfind("forged.txt:1:1: error:", 0), std::string::npos) << out;
  EXPECT_NE(out.find("evil\\x0aforged.txt:1:1: error: 伪造的发现 [conflicting-figures]"
                     "\\x0d\\x1b[2K\\xff.txt:1:"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("记者获悉\\x1b[2K\\x1b]0;title\\x07，\\u{202E}全区\\x08\\u{0085}产值"),
            std::string::npos)
      << out;
}

TEST_F(HostileFinding, TheCaretStillStandsUnderTheFigure) {
  const std::string out = render("text");
  std::istringstream lines(out);
  std::string line, excerpt, carets;
  while (std::getline(lines, line)) {
    if (line.find("产值241.3") != std::string::npos) {
      excerpt = line;
      std::getline(lines, carets);
      break;
    }
  }
  ASSERT_FALSE(excerpt.empty()) << out;
  // Columns before the figure: each escape shows as its ASCII text, each Chinese character as 2.
  const std::string before = excerpt.substr(0, excerpt.find("241.3"));
  std::size_t width = 0;
  for (std::size_t at = 0; at < before.size();) {
    const auto d = parser::utf8::decode(before, at);
    width += d.code_point >= 0x2E80 ? 2 : 1;
    at += static_cast<std::size_t>(d.length);
  }
  EXPECT_EQ(carets.find('^'), width) << excerpt << "\n" << carets;
}

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 up, as UTF-8.
bool well_formed_xml_characters(std::string_view xml) {
  for (std::size_t at = 0; at < xml.size();) {
    const auto d = parser::utf8::decode(xml, at);
    if (!d.valid()) return false;
    const char32_t c = d.code_point;
    const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                         (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    if (!allowed) return false;
    at += static_cast<std::size_t>(d.length);
  }
  return true;
}

TEST_F(HostileFinding, JunitAndHtmlHoldOnlyCharactersXmlAllows) {
  for (const char* format : {"junit", "html"}) {
    const std::string out = render(format);
    EXPECT_TRUE(well_formed_xml_characters(out)) << format;
  }
  EXPECT_NE(render("junit").find("name=\"evil\nforged.txt"), std::string::npos);
}

TEST(MarkupEscape, ReplacesWhatXmlForbidsAndEscapesMarkup) {
  EXPECT_EQ(markup_escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
  EXPECT_EQ(markup_escape("x\uFFFEy\uFFFFz"), "x\uFFFDy\uFFFDz");
  EXPECT_EQ(markup_escape("bad\xff\xc3name"), "bad\uFFFD\uFFFDname");
  EXPECT_EQ(markup_escape("\x01\x1b\t\n\r"), "\uFFFD\uFFFD\t\n\r");
  EXPECT_EQ(markup_escape("产值\U0001F4C8"), "产值\U0001F4C8");
}

TEST(TerminalSafe, EscapesWhatActsOnATerminalAndKeepsTheRest) {
  EXPECT_EQ(terminal_safe("长春高新区 241.3亿元 “引号” 24\u200D1"),
            "长春高新区 241.3亿元 “引号” 24\u200D1");
  EXPECT_EQ(terminal_safe("\x1b[31m\x9b"), "\\x1b[31m\\x9b");
  EXPECT_EQ(terminal_safe("\u202Eabc\u2066\u2028\u009B"),
            "\\u{202E}abc\\u{2066}\\u{2028}\\u{009B}");
  EXPECT_EQ(terminal_safe(std::string("a\0b\x7f", 4)), "a\\x00b\\x7f");
}

}  // namespace
}  // namespace figcheck::reports
