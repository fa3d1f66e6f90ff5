#pragma once
// Core distances and the exact minimum spanning tree of the mutual-reachability graph, without an n x n matrix.
// Points are grouped into small blocks (a balanced tree of median splits); a block's centroid and radius bound the
// distances of all its pairs, so distance blocks (Eigen GEMM) that cannot matter are skipped. Core distances are an
// exact k-nearest-neighbour search over blocks; the tree is Boruvka's algorithm over blocks, exact with ties broken
// by (weight, smaller index, larger index).
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
};

// Cosine distance 1 - dot(a, b) clamped at 0; values below this are rounding of identical vectors and become 0.
inline constexpr float kDistanceEpsilon = 1e-6f;

// kSelf in [1, n]. leafSize: block size bound. Boruvka rounds run until at most contractedLimit components are left;
// one pass then finds the lightest edge between every two components (contractedLimit^2 edges per thread in memory).
// Tests use small values of both to exercise every path on small inputs.
MutualReachabilityTree mutualReachabilityTree(const Eigen::MatrixXf &points, int kSelf, int leafSize = 256,
                                              int contractedLimit = 1024);

} // namespace mph
