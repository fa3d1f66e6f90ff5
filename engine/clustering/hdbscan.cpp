// HDBSCAN* (Campello, Moulavi, Sander 2013; GLOSH 2015) with the hdbscan Python library's conventions:
// - core distance: distance to the min_samples-th nearest point counting the point itself (the library's KD-tree and
//   Boruvka paths and scikit-learn; its generic path, which it uses for cosine, skips the point itself, i.e. it is
//   this definition with min_samples + 1). min_samples is clamped to [1, n - 1] as the library does.
// - mutual reachability max(core a, core b, d(a, b)); exact minimum spanning tree; single linkage; condensed tree
//   with min_cluster_size; excess-of-mass selection with allow_single_cluster = false; lambda = 1 / distance with
//   distances below kDistanceEpsilon (float rounding of identical vectors) treated as kDistanceEpsilon, so that
//   duplicates give large but finite lambdas instead of the library's infinities.
// - GLOSH as in Campello et al. 2015: (lambda_max(C) - lambda(x)) / lambda_max(C), C the cluster x falls out of,
//   lambda_max over C's whole subtree.
// - Cluster numbers follow each cluster's smallest point index, so they do not depend on tie order inside the tree.
#include "clustering/hdbscan.h"

#include "clustering/cluster_tree.h"
#include "clustering/mutual_reachability.h"

#include <algorithm>
#include <chrono>

namespace mph {

Clustering hdbscanCosine(const Eigen::MatrixXf &points, const HdbscanParams &params) {
    Clustering result;
    const int n = int(points.rows());
    if (n == 0) return result;
    if (n == 1) {
        result.labels = {-1};
        result.outlierScores = {0.0f};
        result.coreDistances = {0.0f};
        return result;
    }
    const int kSelf = std::clamp(params.minSamples, 1, n - 1);
    TreeOptions options;
    options.threads = params.threads;
    MutualReachabilityTree tree = mutualReachabilityTree(points, kSelf, options);
    const auto start = std::chrono::steady_clock::now();
    ClusterTree clusters = clusterTreeFromMst(n, std::move(tree.edges), params.minClusterSize);
    result.hierarchySeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.coreSeconds = tree.coreSeconds;
    result.treeSeconds = tree.treeSeconds;
    result.labels = std::move(clusters.labels);
    result.outlierScores = std::move(clusters.outlierScores);
    result.coreDistances = std::move(tree.coreDistances);
    result.clusterCount = clusters.clusterCount;
    return result;
}

} // namespace mph
