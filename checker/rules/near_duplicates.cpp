#include "checker/rules/near_duplicates.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "checker/rules/text_folding.hpp"
#include "parser/utf8.hpp"

namespace figcheck::checker {

namespace {

// One-permutation MinHash over the trigrams, densified: 30 bins read as 10 bands of 3. Two
// sentences whose trigram sets have a Jaccard similarity of 0.6 (two or three words changed in
// a short sentence) share a band with probability 0.91; at 0.7, 0.98. Bands of 3 seldom fill
// with trigrams common to every sentence (，为全, 发展。), which bands of 2 did.
constexpr std::size_t kBins = 30;
constexpr std::size_t kBandWidth = 3;
constexpr std::uint64_t kEmpty = std::numeric_limits<std::uint64_t>::max();

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

bool is_chinese_numeral(char32_t c) {
  static constexpr std::u32string_view kNumerals = U"零〇一二两三四五六七八九十百千万亿";
  return kNumerals.find(c) != std::u32string_view::npos;
}

// The sentence as compared: spaces dropped, full-width forms folded, every number (Arabic with
// its point and commas, or a run of Chinese numerals) one placeholder, so that only the wording
// counts: 十四届全国人大二次会议 and 三次会议 are the same wording. Returns the length in
// characters before masking.
std::size_t masked_characters(std::string_view text, std::vector<char32_t>& out) {
  out.clear();
  std::size_t characters = 0;
  bool in_number = false;
  for (std::size_t at = 0; at < text.size();) {
    const parser::utf8::Decoded d = parser::utf8::decode(text, at);
    at += static_cast<std::size_t>(std::max(d.length, 1));
    if (!d.valid()) continue;
    const char32_t c = folded_for_comparison(d.code_point);
    if (c == 0) continue;
    ++characters;
    const bool digit = (c >= U'0' && c <= U'9') || is_chinese_numeral(c);
    if (digit || (in_number && (c == U'.' || c == U',' || c == U'点'))) {
      if (!in_number) out.push_back(U'#');
      in_number = true;
      continue;
    }
    in_number = false;
    out.push_back(c);
  }
  return characters;
}

std::uint64_t trigram_hash(const char32_t* c) {
  return mix((std::uint64_t{c[0]} << 42) ^ (std::uint64_t{c[1]} << 21) ^ c[2]);
}

// 1 - (edit distance / the longer length): 0.94 for 网办 → 网上办理 and 至 → 到 in a sentence of
// 50 characters. Below `floor` the exact figure does not matter and the answer is 0, which lets
// the distance be computed in a band around the diagonal (Ukkonen): a few cells a character.
double edit_similarity(const std::vector<char32_t>& a, const std::vector<char32_t>& b,
                       double floor) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  const std::size_t longer = std::max(n, m);
  if (longer == 0) return 1;
  const auto budget = static_cast<std::size_t>((1 - floor) * static_cast<double>(longer));
  if (longer - std::min(n, m) > budget) return 0;
  const std::size_t over = budget + 1;  // any distance beyond the budget
  std::vector<std::size_t> previous(m + 2, over);
  std::vector<std::size_t> current(m + 2, over);
  for (std::size_t j = 0; j <= std::min(m, budget); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t low = i > budget ? i - budget : 0;
    const std::size_t high = std::min(m, i + budget);
    std::size_t best = over;
    if (low == 0) {
      current[0] = i <= budget ? i : over;
      best = current[0];
    } else {
      current[low - 1] = over;
    }
    for (std::size_t j = std::max<std::size_t>(low, 1); j <= high; ++j) {
      const std::size_t cell = std::min(
          {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      current[j] = std::min(cell, over);
      best = std::min(best, current[j]);
    }
    current[high + 1] = over;
    if (best > budget) return 0;
    std::swap(previous, current);
  }
  const std::size_t distance = previous[m];
  if (distance > budget) return 0;
  return 1 - static_cast<double>(distance) / static_cast<double>(longer);
}

// An empty bin takes the value of the next full one to its right (circularly), marked with the
// distance, so that short sentences do not all agree on their empty bins (rotation
// densification, Shrivastava and Li 2014).
void densify(std::uint64_t (&bins)[kBins]) {
  for (std::size_t i = 0; i < kBins; ++i) {
    if (bins[i] != kEmpty) continue;
    for (std::size_t distance = 1; distance < kBins; ++distance) {
      const std::uint64_t next = bins[(i + distance) % kBins];
      if (next != kEmpty && next < kEmpty / 2) {
        bins[i] = kEmpty / 2 + next + distance;  // above every real value: no false agreement
        break;
      }
    }
  }
}

// 8 bytes a band: a 32-bit key collides now and then, and the verification sorts that out.
struct BandEntry {
  std::uint32_t key;
  std::uint32_t sentence;
  bool operator<(const BandEntry& o) const {
    return key != o.key ? key < o.key : sentence < o.sentence;
  }
};

// Whom each sentence is about, as a small number (0: unknown), asked once per sentence that
// shares a bucket with another: pairs are formed only within a subject, so a template filled in
// for many places (as many as a bucket holds) gives no candidates to verify.
class SubjectIds {
 public:
  SubjectIds(std::size_t sentences, const std::function<std::string(std::size_t)>& subject)
      : ids_(sentences, kUnknown), subject_(subject) {}

  std::uint32_t of(std::uint32_t sentence) {
    std::uint32_t& id = ids_[sentence];
    if (id == kUnknown) {
      const std::string name = subject_(sentence);
      id = name.empty() ? 0 : names_.try_emplace(name, names_.size() + 1).first->second;
    }
    return id;
  }

  static bool may_match(std::uint32_t a, std::uint32_t b) { return a == 0 || b == 0 || a == b; }

 private:
  static constexpr std::uint32_t kUnknown = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> ids_;
  std::unordered_map<std::string, std::uint32_t> names_;
  const std::function<std::string(std::size_t)>& subject_;
};

struct UnionFind {
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the root is the first member
  }
  std::vector<std::size_t> parent;
};

}  // namespace

std::vector<NearCluster> near_duplicate_clusters(
    const std::vector<std::string_view>& sentences, const NearDuplicateOptions& options,
    const std::function<std::string(std::size_t)>& subject) {
  // Band keys of every sentence long enough, then the buckets by sorting them. Sentences of the
  // same masked wording (a yearly template) are one: the first of them stands for the rest.
  std::vector<BandEntry> bands;
  std::unordered_set<std::uint64_t> wordings;  // masked wordings seen
  std::vector<char32_t> chars;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (masked_characters(sentences[s], chars) < options.min_chars || chars.size() < 3) continue;
    std::uint64_t wording = 0;
    for (char32_t c : chars) wording = mix(wording ^ c);
    const bool inserted = wordings.insert(wording).second;
    if (!inserted) continue;
    std::uint64_t bins[kBins];
    std::fill(std::begin(bins), std::end(bins), kEmpty);
    for (std::size_t i = 0; i + 2 < chars.size(); ++i) {
      const std::uint64_t h = trigram_hash(&chars[i]);
      std::uint64_t& bin = bins[h % kBins];
      bin = std::min(bin, h / kBins);
    }
    densify(bins);
    for (std::size_t band = 0; band < kBins / kBandWidth; ++band) {
      std::uint64_t key = band;
      for (std::size_t k = 0; k < kBandWidth; ++k) key = mix(key ^ bins[band * kBandWidth + k]);
      bands.push_back({static_cast<std::uint32_t>(key), static_cast<std::uint32_t>(s)});
    }
  }
  std::sort(bands.begin(), bands.end());

  std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;
  std::vector<std::uint32_t> bucket;
  SubjectIds subjects(sentences.size(), subject);
  for (std::size_t i = 0; i < bands.size();) {
    std::size_t j = i;
    bucket.clear();
    for (; j < bands.size() && bands[j].key == bands[i].key; ++j)
      bucket.push_back(bands[j].sentence);  // one sentence per wording, ascending
    if (bucket.size() > 1 && bucket.size() <= options.max_bucket) {
      for (std::size_t x = 0; x < bucket.size(); ++x)
        for (std::size_t y = x + 1; y < bucket.size(); ++y)
          if (SubjectIds::may_match(subjects.of(bucket[x]), subjects.of(bucket[y])))
            candidates.emplace_back(bucket[x], bucket[y]);
    }
    i = j;
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  // Verify each candidate by edit distance, on the masked text computed once per sentence.
  std::unordered_map<std::uint32_t, std::vector<char32_t>> masked;
  const auto masked_of = [&](std::uint32_t s) -> const std::vector<char32_t>& {
    auto [it, inserted] = masked.try_emplace(s);
    if (inserted) masked_characters(sentences[s], it->second);
    return it->second;
  };
  UnionFind clusters(sentences.size());
  std::vector<std::pair<std::uint32_t, double>> joined;
  for (const auto& [a, b] : candidates) {
    const double j = edit_similarity(masked_of(a), masked_of(b), options.similarity);
    if (j < options.similarity || j >= 1.0) continue;
    clusters.unite(a, b);
    joined.emplace_back(a, j);
    joined.emplace_back(b, j);
  }

  std::unordered_map<std::size_t, NearCluster> by_root;
  std::sort(joined.begin(), joined.end());
  for (const auto& [s, j] : joined) {
    NearCluster& cluster = by_root[clusters.find(s)];
    if (cluster.members.empty() || cluster.members.back() != s) cluster.members.push_back(s);
    cluster.similarity = std::min(cluster.similarity, j);
  }
  std::vector<NearCluster> out;
  for (auto& [root, cluster] : by_root) {
    if (cluster.members.size() <= options.max_cluster) out.push_back(std::move(cluster));
  }
  std::sort(out.begin(), out.end(), [](const NearCluster& a, const NearCluster& b) {
    return a.members.front() < b.members.front();
  });
  return out;
}

}  // namespace figcheck::checker
