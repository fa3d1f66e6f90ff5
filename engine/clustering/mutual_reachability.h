#pragma once
// Core distances and the exact minimum spanning tree of the mutual-reachability graph, without an n x n matrix.
// 1. One pass over all pairs (blocks of dot products, each pair once) keeps every point's K nearest (itself
//    included, K = kSelf + listExtra): the core distance is the kSelf-th.
// 2. Boruvka rounds on those lists alone: a component's lightest listed outgoing edge is certainly its lightest edge
//    when no unlisted edge can be lighter (an unlisted edge at p is at least p's K-th distance).
// 3. Once no component can be certified, one pass over all pairs in different components finds the lightest edge
//    between every two components, and Kruskal on that small complete graph finishes the tree (with more than
//    contractedLimit components left, exact Boruvka rounds over all pairs come first).
// Distances come from dot_kernel.h, so every comparison is exact and results do not depend on threads or blocks.
#include <Eigen/Core>

#include <vector>

namespace mph {

struct MstEdge {
    int a = 0, b = 0; // point indices (rows of the input)
    float weight = 0; // mutual-reachability distance max(core a, core b, d(a, b))
};

struct MutualReachabilityTree {
    std::vector<float> coreDistances; // per point: distance to its k-th nearest point, itself included (k = 1 -> 0)
    std::vector<MstEdge> edges;       // n - 1 edges (none for n < 2), in no particular order
    double coreSeconds = 0;           // wall time of step 1
    double treeSeconds = 0;           // wall time of steps 2 and 3
};

// Cosine distance 1 - dot(a, b) clamped at 0; values below this are rounding of identical vectors and become 0.
inline constexpr float kDistanceEpsilon = 1e-6f;

struct TreeOptions {
    int listExtra = 12;         // neighbours kept beyond kSelf, to certify more edges from the lists
    int contractedLimit = 1024; // components at most for the final pass (contractedLimit^2 edges per thread)
    int threads = 0;            // 0: OpenMP's default (OMP_NUM_THREADS, else all cores)
};

// The distance the tree uses between rows a and b of points (0 for a == b), for references and tests.
float cosineDistance(const Eigen::MatrixXf &points, Eigen::Index a, Eigen::Index b);

// kSelf in [1, n]. Tests use small listExtra and contractedLimit to exercise every path on small inputs.
MutualReachabilityTree mutualReachabilityTree(const Eigen::MatrixXf &points, int kSelf,
                                              const TreeOptions &options = {});

} // namespace mph
