#pragma once
// HDBSCAN on cosine distance (design 2.5): core distances, the mutual-reachability minimum spanning tree, the
// single-linkage hierarchy, the condensed tree, excess-of-mass selection (no single cluster), labels and GLOSH.
// Semantics follow Campello, Moulavi, Sander (2013, 2015) and the hdbscan Python library; see hdbscan.cpp.
#include <Eigen/Core>

#include <vector>

namespace mph {

struct HdbscanParams {
    int minClusterSize = 2; // clamped to >= 2
    int minSamples = 20;    // k of the core distance, counting the point itself; clamped to [1, n - 1]
    int threads = 0;        // 0: OpenMP's default (OMP_NUM_THREADS, else all cores)
};

struct Clustering {
    std::vector<int> labels;          // per point, -1 = noise, clusters numbered 0.. by their smallest point index
    std::vector<float> outlierScores; // GLOSH per point, in [0,1]
    std::vector<float> coreDistances;
    int clusterCount = 0;
    // Wall seconds of the steps: core distances, minimum spanning tree, condensed tree + selection + GLOSH.
    double coreSeconds = 0, treeSeconds = 0, hierarchySeconds = 0;
};

// points: one L2-normalised row per point; distance = cosine distance 1 - dot(a,b) (in [0,2]), clamped at 0.
// Memory is O(n * (dimensions + minSamples)): no n x n matrix is ever formed.
Clustering hdbscanCosine(const Eigen::MatrixXf &points, const HdbscanParams &params);

} // namespace mph
