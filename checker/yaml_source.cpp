#include "checker/yaml_source.hpp"

#include <yaml-cpp/eventhandler.h>

#include <fmt/format.h>

#include <set>
#include <sstream>
#include <vector>

#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

constexpr std::string_view kYamlTagPrefix = "tag:yaml.org,2002:";

// No tag ("?" for a plain node, "!" for a quoted scalar) or one of the core schema's.
bool is_plain_tag(std::string_view tag) {
  if (tag.empty() || tag == "?" || tag == "!") return true;
  if (!tag.starts_with(kYamlTagPrefix)) return false;
  tag.remove_prefix(kYamlTagPrefix.size());
  for (std::string_view core : {"str", "int", "float", "bool", "null", "seq", "map"})
    if (tag == core) return true;
  return false;
}

// Walks the parser's events: duplicate keys in a mapping, aliases, and nesting depth.
class StructureChecker : public YAML::EventHandler {
 public:
  explicit StructureChecker(const YamlSource& source) : source_(source) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ == 2) {
      problems_.push_back(source_.error_at(
          mark, "a rule pack is one YAML document; this second one would be ignored"));
    }
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    last_mark_ = mark;
    value_at(mark, "~");
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (!refused_) {
      problems_.push_back(source_.error_at(
          mark, "aliases (*name) are not allowed in rule packs: write the value out"));
    }
    refused_ = true;
    value_at(mark, {});
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    last_mark_ = mark;
    check_tag(mark, tag);
    value_at(mark, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    value_at(mark, {});
    open(mark, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    value_at(mark, {});
    open(mark, true);
  }
  void OnMapEnd() override { close(); }

  [[nodiscard]] const parser::Diagnostics& problems() const { return problems_; }
  [[nodiscard]] bool refused() const { return refused_; }
  [[nodiscard]] const YAML::Mark& last_mark() const { return last_mark_; }

 private:
  struct Level {
    bool is_map;
    bool expecting_key = true;
    std::set<std::string> keys;
  };

  void open(const YAML::Mark& mark, bool is_map) {
    levels_.push_back({is_map, true, {}});
    if (static_cast<int>(levels_.size()) > YamlSource::kMaxDepth && !refused_) {
      problems_.push_back(source_.error_at(
          mark, fmt::format("nested deeper than {} levels", YamlSource::kMaxDepth)));
      refused_ = true;
    }
  }
  void close() {
    if (!levels_.empty()) levels_.pop_back();
  }
  // yaml-cpp reads a tag and drops it: `!!python/object` or `!include` would be silently
  // ignored, so any tag but the YAML core schema's is refused.
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (is_plain_tag(tag)) return;
    std::string shown = tag;
    if (shown.starts_with(kYamlTagPrefix)) shown = "!!" + shown.substr(kYamlTagPrefix.size());
    problems_.push_back(source_.error_at(
        mark, fmt::format("YAML tag '{}' is not supported: write the plain value", shown)));
  }

  // Called for every node; in a mapping, nodes alternate between key and value.
  void value_at(const YAML::Mark& mark, const std::string& scalar) {
    if (levels_.empty() || !levels_.back().is_map) return;
    Level& level = levels_.back();
    if (level.expecting_key && !scalar.empty() && !level.keys.insert(scalar).second) {
      problems_.push_back(source_.error_at(mark, fmt::format("duplicate key '{}'", scalar)));
    }
    level.expecting_key = !level.expecting_key;
  }

  const YamlSource& source_;
  std::vector<Level> levels_;
  parser::Diagnostics problems_;
  bool refused_ = false;
  int documents_ = 0;
  YAML::Mark last_mark_ = YAML::Mark::null_mark();
};

// Flow collections nest without indentation ([[[[…): count them before yaml-cpp recurses.
int flow_depth(std::string_view text) {
  int depth = 0;
  int deepest = 0;
  char quote = 0;
  for (char c : text) {
    if (quote) {
      if (c == quote || c == '\n') quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    if (c == '#') quote = '\n';  // a comment runs to the line's end
    if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return deepest;
}

}  // namespace

YamlSource::YamlSource(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  if (!passes_prechecks() || !passes_event_checks()) return;
  try {
    root_ = YAML::Load(text_);
  } catch (const YAML::Exception& e) {
    diagnostics_.push_back(error_at(e.mark, e.msg));
  }
}

bool YamlSource::passes_prechecks() {
  if (text_.size() > kMaxBytes) {
    diagnostics_.push_back(
        {name_, 0, 0, parser::DiagnosticSeverity::error,
         fmt::format("rule pack is {} bytes; the limit is {} bytes", text_.size(), kMaxBytes),
         "config"});
    return false;
  }
  if (std::string copy = text_; !parser::utf8::repair(copy).empty()) {
    diagnostics_.push_back(
        {name_, 0, 0, parser::DiagnosticSeverity::error, "rule pack is not valid UTF-8", "config"});
    return false;
  }
  if (flow_depth(text_) > kMaxDepth) {
    diagnostics_.push_back({name_, 0, 0, parser::DiagnosticSeverity::error,
                            fmt::format("nested deeper than {} levels", kMaxDepth), "config"});
    return false;
  }
  return true;
}

bool YamlSource::passes_event_checks() {
  std::istringstream in(text_);
  StructureChecker checker(*this);
  try {
    YAML::Parser parser(in);
    // yaml-cpp 0.7 reports an empty document for a stray ',' at the top level and never moves
    // past it (jbeder/yaml-cpp#1040): a document that ends where the last one did is that loop.
    int last_pos = -1;
    while (parser.HandleNextDocument(checker)) {
      if (checker.last_mark().pos == last_pos) {
        diagnostics_.push_back(error_at(
            checker.last_mark(), "YAML cannot be read from here (a stray ',', ']' or '}'?)"));
        return false;
      }
      last_pos = checker.last_mark().pos;
    }
  } catch (const YAML::Exception& e) {
    diagnostics_.push_back(error_at(e.mark, e.msg));
    return false;
  }
  diagnostics_.insert(diagnostics_.end(), checker.problems().begin(), checker.problems().end());
  return !checker.refused() && checker.problems().empty();
}

parser::Diagnostic YamlSource::error_at(const YAML::Mark& mark, std::string message) const {
  parser::Diagnostic d{name_,   0, 0, parser::DiagnosticSeverity::error, std::move(message),
                       "config"};
  if (mark.line < 0 || mark.pos < 0) return d;
  d.line = static_cast<std::size_t>(mark.line) + 1;
  // yaml-cpp counts columns in bytes: count the characters of the line up to the mark instead.
  const std::size_t pos = std::min(static_cast<std::size_t>(mark.pos), text_.size());
  const std::size_t line_start = pos - std::min(pos, static_cast<std::size_t>(mark.column));
  d.column = parser::utf8::count_code_points(
                 std::string_view(text_).substr(line_start, pos - line_start)) +
             1;
  return d;
}

}  // namespace figcheck::checker
