#include "projection/neighbours.h"

#include <omp.h>

#include <algorithm>
#include <limits>

namespace mph {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Eigen never splits a product across threads inside our regions: same blocking, same rounding, any thread count.
void singleThreadedEigen() {
    omp_set_num_threads(1);
}

// Inserts (j, d) into the sorted row of k slots unless it is no better than the last slot or already there.
// Equal distances keep their arrival order. Returns whether it went in.
bool insertNeighbour(std::uint32_t *index, float *distance, unsigned char *fresh, int k, std::uint32_t j, float d) {
    if (!(d < distance[k - 1])) return false;
    for (int s = 0; s < k; ++s)
        if (index[s] == j) return false;
    int s = k - 1;
    while (s > 0 && distance[s - 1] > d) {
        index[s] = index[s - 1];
        distance[s] = distance[s - 1];
        if (fresh) fresh[s] = fresh[s - 1];
        --s;
    }
    index[s] = j;
    distance[s] = d;
    if (fresh) fresh[s] = 1;
    return true;
}

float cosine(const RowMatrix &x, std::uint32_t i, std::uint32_t j) {
    return std::max(0.0f, 1.0f - x.row(i).dot(x.row(j)));
}

// One random-projection tree: leaves as ranges of `order`. A node splits its points by the hyperplane through the
// origin between two of them (seeded by tree and node), halving by position when that split is degenerate.
std::vector<std::pair<std::uint32_t, std::uint32_t>> buildTree(const RowMatrix &x, std::vector<std::uint32_t> &order,
                                                               std::uint32_t leafSize, unsigned seed, int tree) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> leaves;
    struct Node {
        std::uint32_t begin, end;
        std::uint64_t id;
    };
    std::vector<Node> stack{{0, static_cast<std::uint32_t>(order.size()), 1}};
    Eigen::VectorXf normal(x.cols());
    while (!stack.empty()) {
        const Node node = stack.back();
        stack.pop_back();
        const std::uint32_t size = node.end - node.begin;
        if (size <= leafSize) {
            leaves.emplace_back(node.begin, node.end);
            continue;
        }
        const std::uint64_t h = mixHash(mixHash(seed, static_cast<std::uint64_t>(tree)), node.id);
        const std::uint32_t a = order[node.begin + static_cast<std::uint32_t>(h % size)];
        std::uint32_t b = order[node.begin + static_cast<std::uint32_t>((h >> 32) % (size - 1))];
        if (b == a) b = order[node.end - 1];
        normal = x.row(a) - x.row(b);
        auto first = order.begin() + node.begin, last = order.begin() + node.end;
        auto middle = std::stable_partition(first, last, [&](std::uint32_t p) { return x.row(p).dot(normal) > 0; });
        if (middle == first || middle == last) middle = first + size / 2;
        const auto split = static_cast<std::uint32_t>(middle - order.begin());
        stack.push_back({split, node.end, node.id * 2 + 1});
        stack.push_back({node.begin, split, node.id * 2});
    }
    return leaves;
}

} // namespace

NeighbourGraph exactNeighbours(const Eigen::MatrixXf &points, int k, int threads) {
    const auto n = static_cast<std::size_t>(points.rows());
    NeighbourGraph graph;
    graph.k = k;
    graph.index.assign(n * static_cast<std::size_t>(k), kNone);
    graph.distance.assign(n * static_cast<std::size_t>(k), std::numeric_limits<float>::infinity());
    constexpr Eigen::Index kBlock = 256;
    const auto blocks = static_cast<std::int64_t>((points.rows() + kBlock - 1) / kBlock);
#pragma omp parallel num_threads(threads)
    {
        singleThreadedEigen();
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t b = 0; b < blocks; ++b) {
            const Eigen::Index first = b * kBlock;
            const Eigen::Index count = std::min(kBlock, points.rows() - first);
            const Eigen::MatrixXf dots = points.middleRows(first, count) * points.transpose();
            for (Eigen::Index r = 0; r < count; ++r) {
                const auto i = static_cast<std::size_t>(first + r);
                std::uint32_t *index = &graph.index[i * static_cast<std::size_t>(k)];
                float *distance = &graph.distance[i * static_cast<std::size_t>(k)];
                for (Eigen::Index j = 0; j < points.rows(); ++j) {
                    if (static_cast<std::size_t>(j) == i) continue;
                    const float d = std::max(0.0f, 1.0f - dots(r, j));
                    if (d < distance[k - 1])
                        insertNeighbour(index, distance, nullptr, k, static_cast<std::uint32_t>(j), d);
                }
            }
        }
    }
    return graph;
}

NeighbourGraph approximateNeighbours(const Eigen::MatrixXf &points, int k, unsigned seed, int threads) {
    const RowMatrix x = points;
    const auto n = static_cast<std::uint32_t>(points.rows());
    const auto kk = static_cast<std::size_t>(k);
    NeighbourGraph graph;
    graph.k = k;
    graph.index.assign(n * kk, kNone);
    graph.distance.assign(n * kk, std::numeric_limits<float>::infinity());
    std::vector<unsigned char> fresh(n * kk, 0);

    // Forest: the trees are independent (built in parallel), then applied one by one; within a tree every point is in
    // exactly one leaf, so leaves update disjoint rows.
    const int treeCount = 8;
    const auto leafSize = static_cast<std::uint32_t>(std::max(2 * k, 20));
    std::vector<std::vector<std::uint32_t>> orders(static_cast<std::size_t>(treeCount));
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> leaves(static_cast<std::size_t>(treeCount));
#pragma omp parallel for num_threads(threads) schedule(dynamic, 1)
    for (int t = 0; t < treeCount; ++t) {
        auto &order = orders[static_cast<std::size_t>(t)];
        order.resize(n);
        for (std::uint32_t i = 0; i < n; ++i)
            order[i] = i;
        leaves[static_cast<std::size_t>(t)] = buildTree(x, order, leafSize, seed, t);
    }
    for (int t = 0; t < treeCount; ++t) {
        const auto &order = orders[static_cast<std::size_t>(t)];
        const auto &treeLeaves = leaves[static_cast<std::size_t>(t)];
#pragma omp parallel for num_threads(threads) schedule(dynamic, 64)
        for (std::int64_t l = 0; l < static_cast<std::int64_t>(treeLeaves.size()); ++l) {
            const auto [begin, end] = treeLeaves[static_cast<std::size_t>(l)];
            for (std::uint32_t p = begin; p < end; ++p)
                for (std::uint32_t q = p + 1; q < end; ++q) {
                    const std::uint32_t i = order[p], j = order[q];
                    const float d = cosine(x, i, j);
                    insertNeighbour(&graph.index[i * kk], &graph.distance[i * kk], &fresh[i * kk], k, j, d);
                    insertNeighbour(&graph.index[j * kk], &graph.distance[j * kk], &fresh[j * kk], k, i, d);
                }
        }
    }

    // NN-descent rounds against a snapshot: reverse lists hold up to k entries (nearest first, then by index).
    const int maxRounds = 12;
    const auto stopBelow = static_cast<std::uint64_t>(0.001 * n * kk) + 1;
    std::vector<std::uint32_t> reverseCount(n), reverseIndex(n * kk);
    std::vector<unsigned char> reverseFresh(n * kk);
    std::vector<float> reverseDistance(n * kk);
    for (int round = 0; round < maxRounds; ++round) {
        const std::vector<std::uint32_t> index = graph.index;
        const std::vector<unsigned char> wasFresh = fresh;
        std::fill(fresh.begin(), fresh.end(), 0);
        std::fill(reverseCount.begin(), reverseCount.end(), 0);
        std::fill(reverseDistance.begin(), reverseDistance.end(), std::numeric_limits<float>::infinity());
        for (std::uint32_t i = 0; i < n; ++i)
            for (std::size_t s = 0; s < kk; ++s) {
                const std::uint32_t j = index[i * kk + s];
                if (j == kNone) continue;
                const float d = graph.distance[i * kk + s];
                // Keep the k nearest reverse neighbours of j (ties: the earlier i, which arrives first).
                std::uint32_t &count = reverseCount[j];
                std::uint32_t *ri = &reverseIndex[j * kk];
                float *rd = &reverseDistance[j * kk];
                unsigned char *rf = &reverseFresh[j * kk];
                if (count == kk && !(d < rd[kk - 1])) continue;
                std::size_t slot = count < kk ? count++ : kk - 1;
                while (slot > 0 && rd[slot - 1] > d) {
                    ri[slot] = ri[slot - 1];
                    rd[slot] = rd[slot - 1];
                    rf[slot] = rf[slot - 1];
                    --slot;
                }
                ri[slot] = i;
                rd[slot] = d;
                rf[slot] = wasFresh[i * kk + s];
            }
        std::uint64_t updates = 0;
#pragma omp parallel num_threads(threads) reduction(+ : updates)
        {
            std::vector<std::uint32_t> seen(n, kNone);
            std::vector<std::pair<std::uint32_t, bool>> around, next;
            const auto collect = [&](std::uint32_t u, std::vector<std::pair<std::uint32_t, bool>> &out,
                                     bool withReverse) {
                out.clear();
                for (std::size_t s = 0; s < kk; ++s)
                    if (index[u * kk + s] != kNone) out.emplace_back(index[u * kk + s], wasFresh[u * kk + s] != 0);
                for (std::uint32_t s = 0; s < (withReverse ? reverseCount[u] : 0); ++s)
                    out.emplace_back(reverseIndex[u * kk + s], reverseFresh[u * kk + s] != 0);
            };
#pragma omp for schedule(dynamic, 256)
            for (std::int64_t ii = 0; ii < static_cast<std::int64_t>(n); ++ii) {
                const auto i = static_cast<std::uint32_t>(ii);
                seen[i] = i;
                for (std::size_t s = 0; s < kk; ++s)
                    if (index[i * kk + s] != kNone) seen[index[i * kk + s]] = i;
                collect(i, around, true);
                for (const auto &[u, freshU] : around) {
                    collect(u, next, false);
                    for (const auto &[w, freshW] : next) {
                        if ((!freshU && !freshW) || seen[w] == i) continue;
                        seen[w] = i;
                        if (insertNeighbour(&graph.index[i * kk], &graph.distance[i * kk], &fresh[i * kk], k, w,
                                            cosine(x, i, w)))
                            ++updates;
                    }
                }
            }
        }
        if (updates < stopBelow) break;
    }
    return graph;
}

} // namespace mph
