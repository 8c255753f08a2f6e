// Near-duplicate sentences: a few words changed is found, the same wording with other figures,
// other subjects or a template repeated many times is not.
#include "checker/rules/near_duplicates.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace figcheck::checker {
namespace {

const std::string kOriginal =
    "县委县政府把优化营商环境作为“一号工程”来抓，推行企业开办全程网办，审批时限压缩至一个工作日以内"
    "。";
const std::string kEdited =
    "县委县政府把优化营商环境作为“一号工程”来抓，推行企业开办全程网上办理，审批时限压缩到一个工作日"
    "以内。";
const std::string kUnrelated =
    "吉林省委全会强调要坚定不移推进高水平科技自立自强，加快构建现代化产业体系。";

// Sentences with whom they are about (empty: unknown).
using Sentences = std::vector<std::pair<std::string_view, std::string>>;

std::vector<NearCluster> clusters_of(const Sentences& sentences) {
  std::vector<std::string_view> texts;
  for (const auto& [text, subject] : sentences) texts.push_back(text);
  return near_duplicate_clusters(texts, NearDuplicateOptions{},
                                 [&](std::size_t i) { return sentences[i].second; });
}

TEST(NearDuplicates, AFewWordsChangedAreFoundWithTheirSimilarity) {
  const auto clusters = clusters_of({{kUnrelated, {}}, {kOriginal, {}}, {kEdited, {}}});
  ASSERT_EQ(clusters.size(), 1U);
  EXPECT_EQ(clusters[0].members, (std::vector<std::size_t>{1, 2}));
  EXPECT_GT(clusters[0].similarity, 0.9);
  EXPECT_LT(clusters[0].similarity, 1.0);
}

TEST(NearDuplicates, TheSameWordingWithOtherFiguresIsLeftToTheConflictRule) {
  const std::string a = "2024年，松江县实现地区生产总值512.6亿元，同比增长5.2%，增速位居全市前列。";
  const std::string b =
      "2023年，松江县实现地区生产总值487.1亿元，同比增长四点八%，增速位居全市前列。";
  EXPECT_TRUE(clusters_of({{a, {}}, {b, {}}}).empty());
}

TEST(NearDuplicates, TheSameTemplateForAnotherPlaceIsNoDuplicate) {
  const std::string a =
      "2024年，东城区坚持稳中求进工作总基调，统筹推进产业升级和民生改善，经济社会发展取得新成效。";
  const std::string b =
      "2024年，西城区坚持稳中求进工作总基调，统筹推进产业升级和民生改善，经济社会发展取得新成效。";
  EXPECT_TRUE(clusters_of({{a, "东城区"}, {b, "西城区"}}).empty());
  EXPECT_EQ(clusters_of({{a, "东城区"}, {b, {}}}).size(), 1U);
}

TEST(NearDuplicates, ShortAndUnrelatedSentencesAreNotCompared) {
  EXPECT_TRUE(clusters_of({{"全县新增就业岗位。", {}}, {"全县新增就业机会。", {}}}).empty());
  EXPECT_TRUE(clusters_of({{kOriginal, {}}, {kUnrelated, {}}}).empty());
}

TEST(NearDuplicates, AWordingSharedByManySentencesIsATemplate) {
  // Twelve variants of one sentence, each with a different word: a form letter, not a paste.
  const std::vector<std::string> words = {"网办",   "网上办", "掌上办", "一网办",
                                          "马上办", "就近办", "帮代办", "自助办",
                                          "联合办", "集中办", "容缺办", "预约办"};
  std::vector<std::string> texts;
  for (const std::string& w : words)
    texts.push_back("县委县政府把优化营商环境作为“一号工程”来抓，推行企业开办全程" + w +
                    "，审批时限压缩至一个工作日以内。");
  Sentences sentences;
  for (const std::string& t : texts) sentences.push_back({t, {}});
  EXPECT_TRUE(clusters_of(sentences).empty());
  sentences.resize(3);
  ASSERT_EQ(clusters_of(sentences).size(), 1U);
  EXPECT_EQ(clusters_of(sentences)[0].members.size(), 3U);
}

}  // namespace
}  // namespace figcheck::checker
