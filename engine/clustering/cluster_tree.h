#pragma once
// From the minimum spanning tree to flat clusters: single-linkage merges, the condensed tree for a minimum cluster
// size, excess-of-mass selection without the root (allow_single_cluster = false), labels and GLOSH outlier scores.
#include "clustering/mutual_reachability.h"

#include <vector>

namespace mph {

struct CondensedRow {
    int parent = 0;    // cluster id (n = root, then n + 1.. in breadth-first order)
    int child = 0;     // point index (< n) or cluster id (>= n)
    double lambda = 0; // 1 / distance at which the child leaves the parent (distance floored at kDistanceEpsilon)
    int childSize = 1;
};

struct ClusterTree {
    std::vector<CondensedRow> condensed;
    std::vector<double> stability; // per cluster id - n
    std::vector<bool> selected;    // per cluster id - n
    std::vector<int> labels;       // per point: -1 noise, else 0.. ordered by each cluster's smallest point index
    std::vector<float> outlierScores;
    int clusterCount = 0;
};

ClusterTree clusterTreeFromMst(int pointCount, std::vector<MstEdge> edges, int minClusterSize);

} // namespace mph
