// Writes a synthetic corpus of county economic reports with a known number of planted faults,
// for benchmarks at scale and for the HTML report's load test. Each (county, year) gets two
// articles in different wording that state the same figures; every --conflict-every-th pair
// disagrees on one figure and every --duplicate-every-th pair repeats a passage. Figures are
// unique by construction (a permutation of the fact index), so nothing else should fire.
//
// figcheck_generate_corpus --articles N --out DIR [--conflict-every K] [--duplicate-every K]
//                          [--archive-size K]
// writes one .txt file per article (1,000 to a folder), or with --archive-size K JSON Lines
// archives of K articles each ({"id", "text"} per line), and prints {"articles":…, "bytes":…,
// "planted":{"conflict":…, "duplicate":…}} on stdout.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

constexpr std::array<std::string_view, 50> kNameParts{
    "青", "阳", "松", "江", "河", "山", "平", "安", "宁", "永", "丰", "东", "西",
    "南", "北", "清", "泉", "石", "林", "川", "溪", "湖", "兴", "岚", "昌", "华",
    "云", "庆", "德", "乐", "泰", "源", "宝", "金", "桥", "龙", "凤", "梅", "岭",
    "峰", "汉", "福", "康", "盛", "旺", "莲", "桂", "榆", "柳", "荷"};
constexpr int kFirstYear = 2019;
constexpr int kYears = 6;
constexpr std::uint64_t kPrime = 8999993;  // > every fact index, so the map below is one-to-one

std::string county_name(std::uint64_t index) {
  std::string name;
  for (int i = 0; i < 3; ++i) {
    name += kNameParts[index % kNameParts.size()];
    index /= kNameParts.size();
  }
  return name + "县";
}

// A distinct seven-digit figure in 万元 for each fact.
std::uint64_t figure(std::uint64_t fact) {
  return 1'000'000 + (fact * 7919 + 104729) % kPrime;
}

struct Pair {
  std::string county;
  int year;
  std::uint64_t gdp, retail, revenue, high_tech;
  bool conflict, duplicate;
};

std::string passage(const Pair& p) {
  return fmt::format(
      "{1}年，{0}坚持稳中求进工作总基调，统筹推进产业升级、城乡融合和民生改善各项工作，"
      "{0}经济社会发展取得新成效。\n\n",
      p.county, p.year);
}

std::string report_article(const Pair& p) {
  return fmt::format(
      "{0}{1}年国民经济和社会发展统计公报（摘要）\n\n"
      "{1}年，{0}实现地区生产总值{2}万元，经济运行总体平稳。\n\n"
      "{1}年全年，{0}社会消费品零售总额{3}万元，消费市场保持活跃。\n\n"
      "{1}年{0}一般公共预算收入完成{4}万元，财政保障能力稳步提升。\n\n"
      "截至{1}年底，{0}共有高新技术企业{5}家，创新主体持续壮大。\n\n{6}",
      p.county, p.year, p.gdp, p.retail, p.revenue, p.high_tech, passage(p));
}

std::string review_article(const Pair& p) {
  const std::uint64_t gdp = p.conflict ? p.gdp + 10'000'000 : p.gdp;  // eight digits: unique
  return fmt::format(
      "{0}：{1}年县域经济稳中有进\n\n"
      "记者从{0}统计部门获悉，{1}年{0}地区生产总值达到{2}万元。\n\n"
      "消费方面，{1}年{0}全县社会消费品零售总额为{3}万元。\n\n"
      "在财政方面，{0}{1}年一般公共预算收入为{4}万元。\n\n"
      "{0}{1}年末高新技术企业达到{5}家。\n\n{6}",
      p.county, p.year, gdp, p.retail, p.revenue, p.high_tech, p.duplicate ? passage(p) : "");
}

// Appends articles to archive-NNNNN.jsonl, opening the next file when the index moves on.
class ArchiveWriter {
 public:
  void write(const std::string& out_dir, std::uint64_t index, const nlohmann::json& article) {
    if (!out_.is_open() || index != index_) {
      if (out_.is_open()) out_.close();
      std::filesystem::create_directories(out_dir);
      out_.open(std::filesystem::path(out_dir) / fmt::format("archive-{:05}.jsonl", index),
                std::ios::binary);
      index_ = index;
    }
    out_ << article.dump() << '\n';
  }

 private:
  std::ofstream out_;
  std::uint64_t index_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Writes a synthetic corpus with planted conflicts and duplicates");
  std::uint64_t articles = 1000;
  std::uint64_t conflict_every = 50;
  std::uint64_t duplicate_every = 40;
  std::string out_dir;
  app.add_option("--articles", articles, "Number of articles (even)")->required();
  app.add_option("--out", out_dir, "Folder to write (created)")->required();
  app.add_option("--conflict-every", conflict_every, "Plant a conflict in every K-th pair")
      ->check(CLI::PositiveNumber);
  app.add_option("--duplicate-every", duplicate_every, "Plant a duplicate in every K-th pair")
      ->check(CLI::PositiveNumber);
  std::uint64_t archive_size = 0;
  app.add_option("--archive-size", archive_size,
                 "Write JSON Lines archives of K articles instead of one file per article");
  CLI11_PARSE(app, argc, argv);

  const std::uint64_t pairs = articles / 2;
  if (pairs * 3 >= kPrime) {
    std::cerr << "too many articles for distinct figures\n";
    return 2;
  }
  std::uint64_t bytes = 0, conflicts = 0, duplicates = 0;
  ArchiveWriter archives;
  for (std::uint64_t g = 0; g < pairs; ++g) {
    Pair p{county_name(g / kYears),
           kFirstYear + static_cast<int>(g % kYears),
           figure(g * 3),
           figure(g * 3 + 1),
           figure(g * 3 + 2),
           10 + (g * 37) % 90,
           g % conflict_every == conflict_every - 1,
           g % duplicate_every == duplicate_every - 1};
    conflicts += p.conflict;
    duplicates += p.duplicate;
    const std::array<std::pair<std::string, std::string>, 2> written{
        std::pair{fmt::format("{:07}-report", g), report_article(p)},
        std::pair{fmt::format("{:07}-review", g), review_article(p)}};
    for (const auto& [name, text] : written) {
      bytes += text.size();
      if (archive_size == 0) {
        const std::filesystem::path folder =
            std::filesystem::path(out_dir) / fmt::format("{:04}", g / 500);
        if (g % 500 == 0) std::filesystem::create_directories(folder);
        std::ofstream(folder / (name + ".txt"), std::ios::binary) << text;
      } else {
        archives.write(out_dir, 2 * g / archive_size, nlohmann::json{{"id", name}, {"text", text}});
      }
    }
  }
  std::cout << fmt::format(
      "{{\"articles\": {}, \"bytes\": {}, \"planted\": {{\"conflict\": {}, \"duplicate\": {}}}}}\n",
      pairs * 2, bytes, conflicts, duplicates);
  return 0;
}
