#include "clustering/mutual_reachability.h"

#include <Eigen/Dense>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>

#include <omp.h>

namespace mph {
namespace {

using Index = Eigen::Index;
constexpr float kInfinity = std::numeric_limits<float>::infinity();
constexpr float kBoundSlack = 1e-4f; // float rounding of the GEMM dot products, kept out of the lower bounds

// GEMM results depend in their last bits on the block shapes, hence on the input order. They only screen pairs;
// every value that decides anything (core distances, edge weights) is recomputed by this fixed-order dot product, so
// results depend on the pair alone. The margin covers the float error of both (|error| <= d * 2^-24 for unit rows).
constexpr float kScreenMargin = 5e-5f;

float distanceFromDot(float dot) {
    const float d = 1.0f - dot;
    return d < kDistanceEpsilon ? 0.0f : d;
}

float exactDistance(const float *a, const float *b, Index dimensions) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    Index k = 0;
    for (; k + 4 <= dimensions; k += 4) {
        s0 += a[k] * b[k];
        s1 += a[k + 1] * b[k + 1];
        s2 += a[k + 2] * b[k + 2];
        s3 += a[k + 3] * b[k + 3];
    }
    for (; k < dimensions; ++k)
        s0 += a[k] * b[k];
    return distanceFromDot((s0 + s1) + (s2 + s3));
}

struct Block {
    int begin = 0, end = 0; // positions in the blocked order
    int size() const { return end - begin; }
};

// Points in blocked order, one column each, with per-block bounds.
struct BlockLayout {
    Eigen::MatrixXf x;      // dimensions x n
    std::vector<int> input; // blocked position -> input row
    std::vector<Block> blocks;
    std::vector<float> radius;           // per block: largest distance of a point to the centroid (chord)
    std::vector<float> lowerBound;       // M x M: no pair of the two blocks is closer than this (cosine distance)
    std::vector<std::vector<int>> order; // per block: all blocks by increasing lower bound (ties by index)
};

// Balanced tree of median splits along the direction between two far-apart points, leaves of at most leafSize.
std::vector<Block> partition(const Eigen::MatrixXf &xt, std::vector<int> &order, int leafSize) {
    std::vector<Block> leaves;
    std::vector<Block> stack{{0, int(order.size())}};
    std::vector<float> projection(order.size());
    while (!stack.empty()) {
        const Block range = stack.back();
        stack.pop_back();
        if (range.size() <= leafSize) {
            if (range.size() > 0) leaves.push_back(range);
            continue;
        }
        Eigen::VectorXf centroid = Eigen::VectorXf::Zero(xt.rows());
        for (int i = range.begin; i < range.end; ++i)
            centroid += xt.col(order[std::size_t(i)]);
        centroid /= float(range.size());
        auto farthestFrom = [&](const Eigen::VectorXf &from) {
            int best = order[std::size_t(range.begin)];
            float bestDistance = -1;
            for (int i = range.begin; i < range.end; ++i) {
                const int p = order[std::size_t(i)];
                const float d = (xt.col(p) - from).squaredNorm();
                if (d > bestDistance) bestDistance = d, best = p;
            }
            return best;
        };
        const int a = farthestFrom(centroid);
        const int b = farthestFrom(xt.col(a));
        const Eigen::VectorXf direction = xt.col(a) - xt.col(b);
        for (int i = range.begin; i < range.end; ++i) {
            const int p = order[std::size_t(i)];
            projection[std::size_t(p)] = direction.dot(xt.col(p));
        }
        const int middle = range.begin + range.size() / 2;
        std::nth_element(order.begin() + range.begin, order.begin() + middle, order.begin() + range.end,
                         [&](int p, int q) {
                             const float pp = projection[std::size_t(p)], pq = projection[std::size_t(q)];
                             return pp < pq || (pp == pq && p < q);
                         });
        stack.push_back({middle, range.end});
        stack.push_back({range.begin, middle});
    }
    return leaves;
}

BlockLayout makeLayout(const Eigen::MatrixXf &points, int leafSize) {
    BlockLayout layout;
    const Eigen::MatrixXf xt = points.transpose();
    const int n = int(points.rows());
    layout.input.resize(std::size_t(n));
    std::iota(layout.input.begin(), layout.input.end(), 0);
    layout.blocks = partition(xt, layout.input, std::max(2, leafSize));
    layout.x.resize(xt.rows(), n);
    for (int j = 0; j < n; ++j)
        layout.x.col(j) = xt.col(layout.input[std::size_t(j)]);

    // Bounds: for norms <= 1, a.b <= mQ.mR + |mQ| rR + rQ max|b| (m centroid, r radius); for unit vectors also
    // d = |a - b|^2 / 2 >= (|mQ - mR| - rQ - rR)^2 / 2.
    const std::size_t m = layout.blocks.size();
    Eigen::MatrixXf centroids(xt.rows(), Index(m));
    std::vector<float> radius(m), maxNorm(m);
    std::vector<bool> unit(m);
    for (std::size_t k = 0; k < m; ++k) {
        const Block block = layout.blocks[k];
        const auto columns = layout.x.middleCols(block.begin, block.size());
        centroids.col(Index(k)) = columns.rowwise().mean();
        float r = 0, norm = 0;
        bool allUnit = true;
        for (Index j = 0; j < columns.cols(); ++j) {
            r = std::max(r, (columns.col(j) - centroids.col(Index(k))).norm());
            const float length = columns.col(j).norm();
            norm = std::max(norm, length);
            allUnit = allUnit && std::abs(length - 1.0f) < 1e-3f;
        }
        radius[k] = r, maxNorm[k] = norm, unit[k] = allUnit;
    }
    layout.radius = radius;
    const Eigen::MatrixXf centroidDots = centroids.transpose() * centroids;
    layout.lowerBound.resize(m * m);
    for (std::size_t q = 0; q < m; ++q)
        for (std::size_t r = 0; r < m; ++r) {
            const float dot = centroidDots(Index(q), Index(r));
            const float normQ = std::sqrt(std::max(0.0f, centroidDots(Index(q), Index(q))));
            const float normR = std::sqrt(std::max(0.0f, centroidDots(Index(r), Index(r))));
            float bound =
                1.0f - dot -
                std::min(normQ * radius[r] + radius[q] * maxNorm[r], normR * radius[q] + radius[r] * maxNorm[q]);
            if (unit[q] && unit[r]) {
                const float gap =
                    std::sqrt(std::max(0.0f, normQ * normQ + normR * normR - 2 * dot)) - radius[q] - radius[r];
                if (gap > 0) bound = std::max(bound, gap * gap / 2);
            }
            layout.lowerBound[q * m + r] = std::max(0.0f, bound - kBoundSlack);
        }
    layout.order.resize(m);
    for (std::size_t q = 0; q < m; ++q) {
        auto &order = layout.order[q];
        order.resize(m);
        std::iota(order.begin(), order.end(), 0);
        const float *row = &layout.lowerBound[q * m];
        std::stable_sort(order.begin(), order.end(), [row](int a, int b) { return row[a] < row[b]; });
    }
    return layout;
}

// Dot products of two blocks, always computed with the lower-numbered block on the left so that a pair's value is
// the same bits whichever side asks (and within one block, from the upper triangle).
class PairDots {
  public:
    PairDots(const BlockLayout &layout, int q, int r) : q_(q), r_(r) {
        const Block left = layout.blocks[std::size_t(std::min(q, r))],
                    right = layout.blocks[std::size_t(std::max(q, r))];
        dots_.noalias() =
            layout.x.middleCols(left.begin, left.size()).transpose() * layout.x.middleCols(right.begin, right.size());
    }
    // i-th point of block q, j-th point of block r
    float operator()(int i, int j) const {
        if (q_ < r_) return dots_(i, j);
        if (q_ > r_) return dots_(j, i);
        return i <= j ? dots_(i, j) : dots_(j, i);
    }

  private:
    int q_, r_;
    Eigen::MatrixXf dots_;
};

struct Neighbour {
    float distance;
    int index;
    bool operator<(const Neighbour &o) const {
        return distance < o.distance || (distance == o.distance && index < o.index);
    }
};

// Exact k nearest (itself included) of every point, block by block, stopping once no remaining block can improve.
std::vector<Neighbour> nearestNeighbours(const BlockLayout &layout, int k) {
    const int n = int(layout.x.cols());
    const int m = int(layout.blocks.size());
    std::vector<Neighbour> heaps(std::size_t(n) * std::size_t(k));
    std::vector<int> heapSize(std::size_t(n), 0);
    const Eigen::MatrixXf &x = layout.x;
    const Index d = x.rows();
#pragma omp parallel for schedule(dynamic, 1)
    for (int q = 0; q < m; ++q) {
        const Block qb = layout.blocks[std::size_t(q)];
        float threshold = kInfinity;
        for (int r : layout.order[std::size_t(q)]) {
            if (layout.lowerBound[std::size_t(q) * std::size_t(m) + std::size_t(r)] > threshold) break;
            const Block rb = layout.blocks[std::size_t(r)];
            const PairDots dots(layout, q, r);
            threshold = 0;
            for (int i = 0; i < qb.size(); ++i) {
                const int p = qb.begin + i;
                Neighbour *heap = &heaps[std::size_t(p) * std::size_t(k)];
                int &size = heapSize[std::size_t(p)];
                for (int j = 0; j < rb.size(); ++j) {
                    const int o = rb.begin + j;
                    if (size == k && distanceFromDot(dots(i, j)) > heap[0].distance + kScreenMargin) continue;
                    const Neighbour candidate{o == p ? 0.0f : exactDistance(&x(0, p), &x(0, o), d), o};
                    if (size < k) {
                        heap[size++] = candidate;
                        std::push_heap(heap, heap + size);
                    } else if (candidate < heap[0]) {
                        std::pop_heap(heap, heap + k);
                        heap[k - 1] = candidate;
                        std::push_heap(heap, heap + k);
                    }
                }
                threshold = std::max(threshold, size < k ? kInfinity : heap[0].distance);
            }
        }
    }
    return heaps;
}

void pushNeighbour(Neighbour *heap, int &size, int k, Neighbour candidate) {
    if (size < k) {
        heap[size++] = candidate;
        std::push_heap(heap, heap + size);
    } else if (candidate < heap[0]) {
        std::pop_heap(heap, heap + k);
        heap[k - 1] = candidate;
        std::push_heap(heap, heap + k);
    }
}

// Whether most block pairs lie beyond the diameter of the query block (2 r, i.e. cosine distance 2 r^2), which bounds
// its points' k-th neighbour distance when blocks hold at least k points: then the bounded search skips most pairs.
bool prunable(const BlockLayout &layout) {
    const std::size_t m = layout.blocks.size();
    if (m < 4) return false;
    std::size_t far = 0;
    for (std::size_t q = 0; q < m; ++q)
        for (std::size_t r = 0; r < m; ++r)
            far += r != q && layout.lowerBound[q * m + r] > 2 * layout.radius[q] * layout.radius[q];
    return far * 2 > m * (m - 1);
}

// The same result with every pair of blocks computed once for both sides (half the dot products of the search
// above), for data where the block bounds prune nothing. Each thread keeps its own heaps; merging them gives the
// same k nearest whatever the schedule, as the order (distance, index) is total.
std::vector<Neighbour> nearestNeighboursAllPairs(const BlockLayout &layout, int k) {
    const int n = int(layout.x.cols());
    const int m = int(layout.blocks.size());
    const Eigen::MatrixXf &x = layout.x;
    const Index d = x.rows();
    const std::size_t cells = std::size_t(n) * std::size_t(k);
    std::vector<std::vector<Neighbour>> heaps;
    std::vector<std::vector<int>> sizes;
#pragma omp parallel
    {
#pragma omp single
        {
            heaps.resize(std::size_t(omp_get_num_threads()));
            sizes.resize(std::size_t(omp_get_num_threads()));
        }
        std::vector<Neighbour> &heap = heaps[std::size_t(omp_get_thread_num())];
        std::vector<int> &size = sizes[std::size_t(omp_get_thread_num())];
        heap.resize(cells);
        size.assign(std::size_t(n), 0);
#pragma omp for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const Block qb = layout.blocks[std::size_t(q)];
            for (int r = q; r < m; ++r) {
                const Block rb = layout.blocks[std::size_t(r)];
                const PairDots dots(layout, q, r);
                for (int i = 0; i < qb.size(); ++i) {
                    const int p = qb.begin + i;
                    Neighbour *heapP = &heap[std::size_t(p) * std::size_t(k)];
                    int &sizeP = size[std::size_t(p)];
                    for (int j = q == r ? i : 0; j < rb.size(); ++j) {
                        const int o = rb.begin + j;
                        if (o == p) {
                            pushNeighbour(heapP, sizeP, k, {0.0f, p});
                            continue;
                        }
                        Neighbour *heapO = &heap[std::size_t(o) * std::size_t(k)];
                        int &sizeO = size[std::size_t(o)];
                        const float screen = distanceFromDot(dots(i, j)) - kScreenMargin;
                        const bool forP = sizeP < k || screen <= heapP[0].distance;
                        const bool forO = sizeO < k || screen <= heapO[0].distance;
                        if (!forP && !forO) continue;
                        const float exact = exactDistance(&x(0, p), &x(0, o), d);
                        if (forP) pushNeighbour(heapP, sizeP, k, {exact, o});
                        if (forO) pushNeighbour(heapO, sizeO, k, {exact, p});
                    }
                }
            }
        }
    }
    std::vector<Neighbour> result(cells);
    std::vector<Neighbour> merged;
    for (int p = 0; p < n; ++p) {
        merged.clear();
        for (std::size_t t = 0; t < heaps.size(); ++t)
            merged.insert(merged.end(), heaps[t].begin() + std::ptrdiff_t(std::size_t(p) * std::size_t(k)),
                          heaps[t].begin() +
                              std::ptrdiff_t(std::size_t(p) * std::size_t(k) + std::size_t(sizes[t][std::size_t(p)])));
        std::partial_sort(merged.begin(), merged.begin() + k, merged.end());
        Neighbour *out = &result[std::size_t(p) * std::size_t(k)];
        std::copy(merged.begin(), merged.begin() + k, out);
        std::make_heap(out, out + k);
    }
    return result;
}

struct Edge {
    float weight = kInfinity;
    int a = -1, b = -1;
    bool operator<(const Edge &o) const {
        if (weight != o.weight) return weight < o.weight;
        const int lo = std::min(a, b), olo = std::min(o.a, o.b);
        if (lo != olo) return lo < olo;
        return std::max(a, b) < std::max(o.a, o.b);
    }
};

void atomicMin(std::atomic<float> &target, float value) {
    float current = target.load(std::memory_order_relaxed);
    while (value < current && !target.compare_exchange_weak(current, value, std::memory_order_relaxed)) {
    }
}

int find(std::vector<int> &parent, int i) {
    while (parent[std::size_t(i)] != i) {
        parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        i = parent[std::size_t(i)];
    }
    return i;
}

// With few components left, one pass over all pairs of points in different components finds the lightest edge
// between every two components; Kruskal on that small complete graph finishes the tree.

void finishContracted(const BlockLayout &layout, const std::vector<float> &core, const std::vector<int> &component,
                      std::vector<int> &parent, std::vector<Edge> &tree) {
    const int n = int(layout.x.cols());
    const int m = int(layout.blocks.size());
    std::vector<int> index(static_cast<std::size_t>(n), -1), id(static_cast<std::size_t>(n));
    int count = 0;
    for (int p = 0; p < n; ++p) {
        int &slot = index[std::size_t(component[std::size_t(p)])];
        if (slot < 0) slot = count++;
        id[std::size_t(p)] = slot;
    }
    std::vector<int> uniform(static_cast<std::size_t>(m));
    for (int b = 0; b < m; ++b) {
        const Block block = layout.blocks[std::size_t(b)];
        int c = id[std::size_t(block.begin)];
        for (int p = block.begin; p < block.end && c >= 0; ++p)
            if (id[std::size_t(p)] != c) c = -1;
        uniform[std::size_t(b)] = c;
    }
    const std::size_t cells = std::size_t(count) * std::size_t(count);
    const Eigen::MatrixXf &x = layout.x;
    const Index d = x.rows();
    std::vector<std::vector<Edge>> perThread;
#pragma omp parallel
    {
#pragma omp single
        perThread.resize(std::size_t(omp_get_num_threads()));
        std::vector<Edge> &links = perThread[std::size_t(omp_get_thread_num())];
        links.resize(cells);
#pragma omp for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const Block qb = layout.blocks[std::size_t(q)];
            for (int r = q; r < m; ++r) {
                if (uniform[std::size_t(q)] >= 0 && uniform[std::size_t(q)] == uniform[std::size_t(r)]) continue;
                const Block rb = layout.blocks[std::size_t(r)];
                const PairDots dots(layout, q, r);
                for (int i = 0; i < qb.size(); ++i) {
                    const int p = qb.begin + i;
                    const int cp = id[std::size_t(p)];
                    const float coreP = core[std::size_t(p)];
                    for (int j = q == r ? i + 1 : 0; j < rb.size(); ++j) {
                        const int o = rb.begin + j;
                        const int co = id[std::size_t(o)];
                        if (co == cp) continue;
                        Edge &link =
                            links[std::size_t(std::min(cp, co)) * std::size_t(count) + std::size_t(std::max(cp, co))];
                        const float coreO = core[std::size_t(o)];
                        if (std::max({coreP, coreO, distanceFromDot(dots(i, j))}) > link.weight + kScreenMargin)
                            continue;
                        const Edge candidate{std::max({coreP, coreO, exactDistance(&x(0, p), &x(0, o), d)}), p, o};
                        if (candidate < link) link = candidate;
                    }
                }
            }
        }
    }
    std::vector<Edge> links;
    for (int a = 0; a < count; ++a)
        for (int b = a + 1; b < count; ++b) {
            Edge link;
            for (const auto &local : perThread) {
                const Edge &e = local[std::size_t(a) * std::size_t(count) + std::size_t(b)];
                if (e.a >= 0 && e < link) link = e;
            }
            if (link.a >= 0) links.push_back(link);
        }
    std::sort(links.begin(), links.end());
    for (const Edge &link : links) {
        const int ra = find(parent, link.a), rb = find(parent, link.b);
        if (ra == rb) continue;
        parent[std::size_t(std::max(ra, rb))] = std::min(ra, rb);
        tree.push_back(link);
    }
}

// Boruvka: each round, every component's lightest outgoing edge (in the total order of Edge) joins the tree.
std::vector<Edge> boruvka(const BlockLayout &layout, const std::vector<float> &core, const std::vector<Neighbour> &knn,
                          int k, int contractedLimit) {
    const int n = int(layout.x.cols());
    const int m = int(layout.blocks.size());
    std::vector<Edge> tree;
    std::vector<int> parent(static_cast<std::size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<int> component(static_cast<std::size_t>(n));
    std::vector<float> minCore(std::size_t(m), kInfinity);
    for (int b = 0; b < m; ++b)
        for (int p = layout.blocks[std::size_t(b)].begin; p < layout.blocks[std::size_t(b)].end; ++p)
            minCore[std::size_t(b)] = std::min(minCore[std::size_t(b)], core[std::size_t(p)]);
    std::vector<int> uniform(static_cast<std::size_t>(m));
    std::vector<std::atomic<float>> bound(static_cast<std::size_t>(n));
    std::vector<Edge> best(static_cast<std::size_t>(n));
    std::vector<float> lowest(static_cast<std::size_t>(n));
    std::vector<char> settled(static_cast<std::size_t>(n));
    const Eigen::MatrixXf &x = layout.x;
    const Index d = x.rows();

    while (int(tree.size()) < n - 1) {
        for (int p = 0; p < n; ++p)
            component[std::size_t(p)] = find(parent, p);
        if (n - int(tree.size()) <= contractedLimit) {
            finishContracted(layout, core, component, parent, tree);
            break;
        }
        for (int b = 0; b < m; ++b) {
            const Block block = layout.blocks[std::size_t(b)];
            int c = component[std::size_t(block.begin)];
            for (int p = block.begin; p < block.end && c >= 0; ++p)
                if (component[std::size_t(p)] != c) c = -1;
            uniform[std::size_t(b)] = c;
        }
        for (auto &value : bound)
            value.store(kInfinity, std::memory_order_relaxed);
            // Known neighbours first: real edges that make the bounds tight before any block is scanned.
#pragma omp parallel for schedule(static)
        for (int p = 0; p < n; ++p) {
            Edge edge;
            const int c = component[std::size_t(p)];
            for (int j = 0; j < k; ++j) {
                const Neighbour &nb = knn[std::size_t(p) * std::size_t(k) + std::size_t(j)];
                if (component[std::size_t(nb.index)] == c) continue;
                const Edge candidate{std::max({core[std::size_t(p)], core[std::size_t(nb.index)], nb.distance}), p,
                                     nb.index};
                if (candidate < edge) edge = candidate;
            }
            best[std::size_t(p)] = edge;
            if (edge.a >= 0) atomicMin(bound[std::size_t(c)], edge.weight);
        }
        // Every edge at p weighs at least core(p): a component whose best known edge is no heavier than its
        // smallest core distance has its lightest edge already (ties: any lightest edge will do, see below).
        std::fill(lowest.begin(), lowest.end(), kInfinity);
        for (int p = 0; p < n; ++p)
            lowest[std::size_t(component[std::size_t(p)])] =
                std::min(lowest[std::size_t(component[std::size_t(p)])], core[std::size_t(p)]);
        for (int p = 0; p < n; ++p) {
            const auto c = std::size_t(component[std::size_t(p)]);
            settled[std::size_t(p)] = bound[c].load(std::memory_order_relaxed) <= lowest[c];
        }
#pragma omp parallel for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const Block qb = layout.blocks[std::size_t(q)];
            std::vector<int> components;
            for (int p = qb.begin; p < qb.end; ++p)
                if (!settled[std::size_t(p)]) components.push_back(component[std::size_t(p)]);
            if (components.empty()) continue;
            std::sort(components.begin(), components.end());
            components.erase(std::unique(components.begin(), components.end()), components.end());
            auto currentThreshold = [&] {
                float t = 0;
                for (int c : components)
                    t = std::max(t, bound[std::size_t(c)].load(std::memory_order_relaxed));
                return t;
            };
            float threshold = currentThreshold();
            for (int r : layout.order[std::size_t(q)]) {
                if (uniform[std::size_t(q)] >= 0 && uniform[std::size_t(q)] == uniform[std::size_t(r)]) continue;
                if (layout.lowerBound[std::size_t(q) * std::size_t(m) + std::size_t(r)] > threshold) break;
                if (std::max(minCore[std::size_t(q)], minCore[std::size_t(r)]) > threshold) continue;
                const Block rb = layout.blocks[std::size_t(r)];
                const PairDots dots(layout, q, r);
                for (int i = 0; i < qb.size(); ++i) {
                    const int p = qb.begin + i;
                    const int c = component[std::size_t(p)];
                    const float coreP = core[std::size_t(p)];
                    const float limit = bound[std::size_t(c)].load(std::memory_order_relaxed);
                    if (settled[std::size_t(p)] || coreP > limit) continue;
                    Edge &edge = best[std::size_t(p)];
                    for (int j = 0; j < rb.size(); ++j) {
                        const int o = rb.begin + j;
                        if (component[std::size_t(o)] == c) continue;
                        const float coreO = core[std::size_t(o)];
                        if (std::max({coreP, coreO, distanceFromDot(dots(i, j))}) > limit + kScreenMargin) continue;
                        const float weight = std::max({coreP, coreO, exactDistance(&x(0, p), &x(0, o), d)});
                        if (weight > limit) continue;
                        const Edge candidate{weight, p, o};
                        if (candidate < edge) edge = candidate;
                    }
                    if (edge.a >= 0 && edge.weight < limit) atomicMin(bound[std::size_t(c)], edge.weight);
                }
                threshold = currentThreshold();
            }
        }
        // Each component's lightest edge, reduced in point order (deterministic whatever the threads did).
        std::vector<Edge> lightest(static_cast<std::size_t>(n));
        for (int p = 0; p < n; ++p) {
            const Edge &edge = best[std::size_t(p)];
            Edge &target = lightest[std::size_t(component[std::size_t(p)])];
            if (edge.a >= 0 && edge < target) target = edge;
        }
        const std::size_t before = tree.size();
        for (int c = 0; c < n; ++c) {
            const Edge &edge = lightest[std::size_t(c)];
            if (edge.a < 0) continue;
            const int ra = find(parent, edge.a), rb = find(parent, edge.b);
            if (ra == rb) continue;
            parent[std::size_t(std::max(ra, rb))] = std::min(ra, rb);
            tree.push_back(edge);
        }
        if (tree.size() == before) break; // cannot happen on a complete graph; guards against an endless loop
    }
    return tree;
}

} // namespace

MutualReachabilityTree mutualReachabilityTree(const Eigen::MatrixXf &points, int kSelf, int leafSize,
                                              int contractedLimit) {
    MutualReachabilityTree result;
    const int n = int(points.rows());
    if (n == 0) return result;
    const int k = std::clamp(kSelf, 1, n);
    const BlockLayout layout = makeLayout(points, leafSize);
    // Bounds prune when the data has tight groups (templated scripts); in high dimensions with diffuse groups they
    // prune nothing, and computing each pair once is cheaper. Choose by the share of block pairs that can be skipped
    // at all for a typical query block (lower bound above the median block's own farthest-pair bound).
    const std::vector<Neighbour> knn =
        prunable(layout) ? nearestNeighbours(layout, k) : nearestNeighboursAllPairs(layout, k);
    std::vector<float> core(static_cast<std::size_t>(n));
    for (int p = 0; p < n; ++p) {
        const Neighbour *list = &knn[std::size_t(p) * std::size_t(k)];
        core[std::size_t(p)] = list[0].distance; // heap top: the k-th smallest
    }
    const std::vector<Edge> tree = boruvka(layout, core, knn, k, contractedLimit);
    result.coreDistances.resize(std::size_t(n));
    for (int p = 0; p < n; ++p)
        result.coreDistances[std::size_t(layout.input[std::size_t(p)])] = core[std::size_t(p)];
    result.edges.reserve(tree.size());
    for (const Edge &edge : tree)
        result.edges.push_back({layout.input[std::size_t(edge.a)], layout.input[std::size_t(edge.b)], edge.weight});
    return result;
}

} // namespace mph
