#pragma once
// k-nearest-neighbour graphs under cosine distance (d = 1 - dot, clamped at 0), for the projection.
#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace mph {

// Row i lists its k neighbours (never itself), nearest first; equal distances by index for the exact graph.
struct NeighbourGraph {
    int k = 0;
    std::vector<std::uint32_t> index; // n * k
    std::vector<float> distance;      // n * k
};

NeighbourGraph exactNeighbours(const Eigen::MatrixXf &points, int k, int threads);

// NN-descent in pull form: in each round every point compares itself with the forward neighbours of its forward and
// reverse neighbours (where one of the two links is new), reading a snapshot of the previous round; started from a
// forest of 8 random-projection trees. Seeded; independent of the thread count.
NeighbourGraph approximateNeighbours(const Eigen::MatrixXf &points, int k, unsigned seed, int threads);

// Deterministic hash of a few counters, for seeded choices that do not depend on the order of evaluation.
inline std::uint64_t mixHash(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
inline std::uint64_t mixHash(std::uint64_t a, std::uint64_t b) {
    return mixHash(mixHash(a) ^ (b * 0xd6e8feb86659fd93ULL));
}

} // namespace mph
