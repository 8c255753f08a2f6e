// Near-duplicate sentences: the same wording with a few characters changed, found without
// comparing all pairs (MinHash over character trigrams, banded into hash buckets, then each
// candidate pair verified by edit distance).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::checker {

struct NearDuplicateOptions {
  double similarity = 0.85;      // 1 - edit distance / length, at least
  std::size_t min_chars = 30;    // shorter sentences are not compared
  std::size_t max_cluster = 10;  // a wording shared by more sentences is a template
  std::size_t max_bucket = 64;   // a hash bucket this full holds a template; it is skipped
};

struct NearCluster {
  std::vector<std::size_t> members;  // indices into the sentences, ascending
  double similarity = 1;             // the lowest similarity that joined the cluster
};

// Clusters of sentences whose wording, with figures masked, is nearly but not exactly the same
// (the same wording with only a figure changed is the conflict rule's business). Linear in the
// total length of the sentences apart from the verified candidate pairs, which the bucket cap
// bounds. Clusters come in the order of their first member.
// `subject(i)` says whom sentence i is about (empty when unknown): the same template filled in
// for two places (东城区 and 西城区) is no near duplicate. Asked once for each sentence that shares
// a hash bucket with another.
std::vector<NearCluster> near_duplicate_clusters(
    const std::vector<std::string_view>& sentences, const NearDuplicateOptions& options,
    const std::function<std::string(std::size_t)>& subject);

}  // namespace figcheck::checker
