// The corpus index: claims grouped by key without building key strings, and the sort-based
// grouping the duplicate and repeated-sentence checks share.
#include <gtest/gtest.h>

#include "checker/claim_key.hpp"
#include "checker/corpus_claims.hpp"
#include "checker/hashed_groups.hpp"
#include "parser/document.hpp"

namespace figcheck::checker {
namespace {

parser::Claim claim(std::string entity, std::string metric, std::string period, double value) {
  parser::Claim c;
  c.kind = parser::ClaimKind::count;
  c.unit = "count";
  c.value = value;
  c.entity = std::move(entity);
  c.metric = std::move(metric);
  c.period = std::move(period);
  return c;
}

TEST(ClaimKeyHash, IsTheHashOfThePrintedKey) {
  parser::Claim plain = claim("changchun-hitech-zone", "high-tech-enterprises", "2024", 631);
  parser::Claim per_share = plain;
  per_share.kind = parser::ClaimKind::money;
  per_share.unit = "CNY";
  per_share.per_unit = "share";
  per_share.modality = parser::Modality::target;
  parser::Claim partial = claim("", "生物医药产值", "", 241.3);
  parser::Claim with_population = claim("china", "货物吞吐量", "2030", 90);
  with_population.metric_head = "货物吞吐量";
  with_population.population = "港口";
  for (const parser::Claim* c : {&plain, &per_share, &partial, &with_population})
    EXPECT_EQ(claim_key_hash(*c), key_hash(claim_key(*c))) << claim_key(*c);
  EXPECT_NE(claim_key_hash(plain), claim_key_hash(per_share));
}

// 港口|货物吞吐量 and 港口货物吞吐量: one statistic however attribution split the words; a lexicon
// metric keeps its population apart, in the fact's scope.
TEST(ClaimKey, APhrasesPopulationIsReadAsItsFirstWords) {
  parser::Claim split = claim("china", "货物吞吐量", "2030", 90);
  split.metric_head = "货物吞吐量";
  split.population = "港口";
  parser::Claim whole = claim("china", "港口货物吞吐量", "2030", 95);
  whole.metric_head = "港口货物吞吐量";
  EXPECT_EQ(claim_key(split), claim_key(whole));
  EXPECT_EQ(claim_key_hash(split), claim_key_hash(whole));
  parser::Claim lexicon = claim("china", "retail-sales", "2030", 90);
  lexicon.metric_head = "retail-sales";
  lexicon.population = "农村";
  EXPECT_EQ(claim_key(lexicon), "china|retail-sales|2030|count|actual");
  // A phrase that holds its population already is not repeated.
  parser::Claim inside = claim("china", "农村居民收入", "2030", 90);
  inside.metric_head = "农村居民收入";
  inside.population = "农村";
  EXPECT_EQ(claim_key(inside), "china|农村居民收入|2030|count|actual");
}

TEST(GroupByKey, GivesRunsInFirstSeenOrder) {
  Hash128 a, b, c;
  a.add(std::string_view("甲"));
  b.add(std::string_view("乙"));
  c.add(std::string_view("丙"));
  std::vector<HashedItem> items{{b, 0}, {a, 1}, {b, 2}, {c, 3}, {a, 4}, {b, 5}};
  const auto all = group_by_key(items, false);
  ASSERT_EQ(all.size(), 3U);
  EXPECT_EQ(all[0].size(), 3U);  // b: items 0, 2, 5
  EXPECT_EQ(all[0][0].item, 0U);
  EXPECT_EQ(all[0][2].item, 5U);
  EXPECT_EQ(all[1].front().item, 1U);  // a
  EXPECT_EQ(all[2].front().item, 3U);  // c, alone
  EXPECT_EQ(group_by_key(items, true).size(), 2U);
}

TEST(CorpusClaims, GroupsClaimsByFullKeyInCorpusOrder) {
  parser::Diagnostics diagnostics;
  const parser::Document first("a.txt", "长春高新区有631家高新技术企业。", diagnostics);
  const parser::Document second("b.txt", "高新区高新技术企业达631家。", diagnostics);
  const std::vector<parser::Claim> in_first{
      claim("changchun-hitech-zone", "high-tech-enterprises", "2024", 631),
      claim("", "high-tech-enterprises", "2024", 600)};  // no entity: in no group
  const std::vector<parser::Claim> in_second{
      claim("changchun-new-area", "high-tech-enterprises", "2024", 900),
      claim("changchun-hitech-zone", "high-tech-enterprises", "2024", 632)};
  const CorpusClaims corpus({{&first, in_first}, {&second, in_second}});

  EXPECT_EQ(corpus.claims().size(), 4U);
  ASSERT_EQ(corpus.key_groups().size(), 2U);
  const auto zone = corpus.key_groups()[0];  // seen first
  ASSERT_EQ(zone.size(), 2U);
  EXPECT_EQ(zone[0].claim, &in_first[0]);
  EXPECT_EQ(zone[1].claim, &in_second[1]);
  EXPECT_EQ(zone[1].document, &second);
  EXPECT_EQ(corpus.key_groups()[1].front().claim, &in_second[0]);
  EXPECT_EQ(corpus.with_key(claim_key(in_second[1])).data(), zone.data());
  EXPECT_TRUE(corpus.with_key(claim_key(in_first[1])).empty());
}

}  // namespace
}  // namespace figcheck::checker
