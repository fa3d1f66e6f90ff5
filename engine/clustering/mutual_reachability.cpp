#include "clustering/mutual_reachability.h"

#include "clustering/dot_kernel.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <memory>
#include <numeric>

#include <omp.h>

namespace mph {
namespace {

constexpr float kInfinity = std::numeric_limits<float>::infinity();
constexpr int kBlock = 128; // points per block of dot products

float distanceFromDot(float dot) {
    const float d = 1.0f - dot;
    return d < kDistanceEpsilon ? 0.0f : d;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Rows of points in the given order (input row order[i] becomes row i).
PaddedRows paddedRows(const Eigen::MatrixXf &points, const std::vector<int> &order) {
    PaddedRows rows(int(order.size()), int(points.cols()));
    for (std::size_t i = 0; i < order.size(); ++i) {
        float *row = rows.row(int(i));
        for (Eigen::Index c = 0; c < points.cols(); ++c)
            row[c] = points(order[i], c);
    }
    return rows;
}

// An order in which blocks of kBlock consecutive points are groups of nearby points: a balanced tree of median
// splits along the direction between two far-apart points. Near neighbours then mostly share a block, which gives
// every point a tight first bound on its K-th distance before the all-pairs pass.
std::vector<int> localityOrder(const PaddedRows &x) {
    const int n = x.rows(), stride = x.stride();
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::vector<float> key(static_cast<std::size_t>(n));
    PaddedRows buffers(2, stride); // aligned, as dotPair needs
    float *centre = buffers.row(0), *direction = buffers.row(1);
    std::vector<std::pair<int, int>> stack{{0, n}};
    while (!stack.empty()) {
        // Not a structured binding: clang 14's OpenMP cannot capture one.
        const int begin = stack.back().first, end = stack.back().second;
        stack.pop_back();
        if (end - begin <= kBlock) continue;
        std::fill(centre, centre + stride, 0.0f);
        for (int i = begin; i < end; ++i)
            for (int c = 0; c < stride; ++c)
                centre[c] += x.row(order[std::size_t(i)])[c];
        // The point least aligned with the centre, then the point least aligned with that one.
        auto farthest = [&](const float *from) {
            int best = order[std::size_t(begin)];
            float bestDot = kInfinity;
            for (int i = begin; i < end; ++i) {
                const int p = order[std::size_t(i)];
                const float value = dotPair(x.row(p), from, stride);
                if (value < bestDot) bestDot = value, best = p;
            }
            return best;
        };
        const int a = farthest(centre);
        const int b = farthest(x.row(a));
        for (int c = 0; c < stride; ++c)
            direction[c] = x.row(a)[c] - x.row(b)[c];
        for (int i = begin; i < end; ++i) {
            const int p = order[std::size_t(i)];
            key[std::size_t(p)] = dotPair(x.row(p), direction, stride);
        }
        // Split at a multiple of kBlock so that blocks do not straddle two groups.
        const int middle = begin + ((end - begin) / 2 + kBlock / 2) / kBlock * kBlock;
        std::nth_element(order.begin() + begin, order.begin() + middle, order.begin() + end, [&](int p, int o) {
            const float kp = key[std::size_t(p)], ko = key[std::size_t(o)];
            return kp < ko || (kp == ko && p < o);
        });
        stack.emplace_back(middle, end);
        stack.emplace_back(begin, middle);
    }
    return order;
}

struct Neighbour {
    float distance;
    int index;
    bool operator<(const Neighbour &o) const {
        return distance < o.distance || (distance == o.distance && index < o.index);
    }
};

// Edges in a total order (weight, smaller end, larger end), so that "the lightest edge" is always one edge.
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

// One thread's bounded max-heaps of neighbours, one per point. limit[p] bounds p's K-th distance from above: it
// starts at the block-local bound and follows the heap's top once the heap is full.
struct Heaps {
    int k = 0;
    std::unique_ptr<Neighbour[]> items; // n x k, left uninitialised: only the first size[p] of a row are read
    std::vector<int> size;
    std::vector<float> limit;
    Heaps(int k_, const std::vector<float> &seed)
        : k(k_), items(new Neighbour[seed.size() * std::size_t(k_)]), size(seed.size()), limit(seed) {}
    void push(int p, Neighbour candidate) {
        Neighbour *heap = &items[std::size_t(p) * std::size_t(k)];
        int &count = size[std::size_t(p)];
        if (count < k) {
            heap[count++] = candidate;
            std::push_heap(heap, heap + count);
            if (count == k) limit[std::size_t(p)] = std::min(limit[std::size_t(p)], heap[0].distance);
        } else if (candidate < heap[0]) {
            std::pop_heap(heap, heap + k);
            heap[k - 1] = candidate;
            std::push_heap(heap, heap + k);
            limit[std::size_t(p)] = std::min(limit[std::size_t(p)], heap[0].distance);
        }
    }
};

// The K-th smallest distance of every point within its own block (infinity when the block is smaller than K): an
// upper bound on its K-th distance overall.
std::vector<float> blockBounds(const PaddedRows &x, int k, int threads) {
    const int n = x.rows();
    const int m = (n + kBlock - 1) / kBlock;
    std::vector<float> bound(static_cast<std::size_t>(n), kInfinity);
#pragma omp parallel num_threads(threads)
    {
        std::vector<float> tile(std::size_t(3 * kBlock) * kBlock), row(3 * kBlock);
#pragma omp for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const int q0 = q * kBlock, qn = std::min(kBlock, n - q0);
            const int s0 = std::max(0, q0 - kBlock), sn = std::min(n, q0 + 2 * kBlock) - s0;
            if (sn < k) continue;
            dotBlock(x.row(q0), qn, x.row(s0), sn, x.stride(), tile.data(), 3 * kBlock);
            for (int i = 0; i < qn; ++i) {
                for (int j = 0; j < sn; ++j)
                    row[std::size_t(j)] =
                        s0 + j == q0 + i ? 0.0f : distanceFromDot(tile[std::size_t(i) * 3 * kBlock + j]);
                std::nth_element(row.begin(), row.begin() + (k - 1), row.begin() + sn);
                bound[std::size_t(q0 + i)] = row[std::size_t(k - 1)];
            }
        }
    }
    return bound;
}

// Step 1: every point's K nearest (itself included), sorted, n x K. Each pair of blocks is computed once and feeds
// both sides; each thread keeps its own heaps, and a pair enters a heap only when it is within the point's bound,
// which every true neighbour is. The merged heaps hold every true neighbour, and the order (distance, index) is
// total, so the result does not depend on the schedule.
std::vector<Neighbour> nearestLists(const PaddedRows &x, int k, int threads) {
    const int n = x.rows();
    const int m = (n + kBlock - 1) / kBlock;
    const std::vector<float> seed = blockBounds(x, k, threads);
    std::vector<std::unique_ptr<Heaps>> perThread(static_cast<std::size_t>(threads));
#pragma omp parallel num_threads(threads)
    {
        perThread[std::size_t(omp_get_thread_num())] = std::make_unique<Heaps>(k, seed);
        Heaps &heaps = *perThread[std::size_t(omp_get_thread_num())];
        std::vector<float> tile(std::size_t(kBlock) * kBlock);
        std::vector<int> hits(kBlock);
#pragma omp for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const int q0 = q * kBlock, qn = std::min(kBlock, n - q0);
            for (int r = q; r < m; ++r) {
                const int r0 = r * kBlock, rn = std::min(kBlock, n - r0);
                dotBlock(x.row(q0), qn, x.row(r0), rn, x.stride(), tile.data(), kBlock);
                for (int i = 0; i < qn; ++i) {
                    const int p = q0 + i;
                    const int j0 = q == r ? i + 1 : 0;
                    if (q == r) heaps.push(p, {0.0f, p});
                    const float *dots = &tile[std::size_t(i) * kBlock];
                    const int found = nearColumns(dots + j0, rn - j0, heaps.limit[std::size_t(p)],
                                                  &heaps.limit[std::size_t(r0 + j0)], kDistanceEpsilon, hits.data());
                    for (int h = 0; h < found; ++h) {
                        const int j = j0 + hits[std::size_t(h)], o = r0 + j;
                        const float d = distanceFromDot(dots[j]);
                        if (d <= heaps.limit[std::size_t(p)]) heaps.push(p, {d, o});
                        if (d <= heaps.limit[std::size_t(o)]) heaps.push(o, {d, p});
                    }
                }
            }
        }
    }
    std::vector<Neighbour> lists(std::size_t(n) * std::size_t(k));
#pragma omp parallel num_threads(threads)
    {
        std::vector<Neighbour> merged;
#pragma omp for schedule(static)
        for (int p = 0; p < n; ++p) {
            merged.clear();
            for (const auto &heaps : perThread) {
                if (!heaps) continue; // fewer threads than asked for (nested parallelism)
                const Neighbour *heap = &heaps->items[std::size_t(p) * std::size_t(k)];
                merged.insert(merged.end(), heap, heap + heaps->size[std::size_t(p)]);
            }
            std::partial_sort(merged.begin(), merged.begin() + k, merged.end());
            std::copy(merged.begin(), merged.begin() + k, &lists[std::size_t(p) * std::size_t(k)]);
        }
    }
    return lists;
}

int find(std::vector<int> &parent, int i) {
    while (parent[std::size_t(i)] != i) {
        parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        i = parent[std::size_t(i)];
    }
    return i;
}

// Adds edges lightest first, skipping any that would close a cycle; returns the heaviest edge added.
float join(std::vector<Edge> edges, std::vector<int> &parent, std::vector<Edge> *tree) {
    std::sort(edges.begin(), edges.end());
    float heaviest = -1;
    for (const Edge &edge : edges) {
        const int ra = find(parent, edge.a), rb = find(parent, edge.b);
        if (ra == rb) continue;
        parent[std::size_t(std::max(ra, rb))] = std::min(ra, rb);
        if (tree) tree->push_back(edge);
        heaviest = edge.weight;
    }
    return heaviest;
}

// Component root of every point; returns the number of components.
int components(std::vector<int> &parent, std::vector<int> &component) {
    const int n = int(parent.size());
    int count = 0;
    for (int p = 0; p < n; ++p) {
        component[std::size_t(p)] = find(parent, p);
        count += component[std::size_t(p)] == p;
    }
    return count;
}

// Step 2: Boruvka rounds on the lists. An edge from p to a point outside p's list weighs at least p's K-th distance
// (it is at least the pair's distance), so a component whose lightest listed outgoing edge is no heavier than the
// smallest K-th distance of its points has found its lightest edge. Certified edges join the tree, lightest first.
void listRounds(const std::vector<Neighbour> &lists, int k, const std::vector<float> &core,
                const std::vector<float> &last, std::vector<int> &parent, std::vector<Edge> &tree) {
    const int n = int(core.size());
    std::vector<int> component(static_cast<std::size_t>(n));
    std::vector<float> lower(static_cast<std::size_t>(n));
    std::vector<Edge> best(static_cast<std::size_t>(n));
    while (int(tree.size()) < n - 1) {
        components(parent, component);
        std::fill(lower.begin(), lower.end(), kInfinity);
        std::fill(best.begin(), best.end(), Edge{});
        for (int p = 0; p < n; ++p) {
            const int c = component[std::size_t(p)];
            lower[std::size_t(c)] = std::min(lower[std::size_t(c)], last[std::size_t(p)]);
            const Neighbour *list = &lists[std::size_t(p) * std::size_t(k)];
            const float coreP = core[std::size_t(p)];
            Edge &edge = best[std::size_t(c)];
            for (int j = 0; j < k; ++j) {
                const int o = list[j].index;
                if (component[std::size_t(o)] == c) continue;
                const Edge candidate{std::max({coreP, core[std::size_t(o)], list[j].distance}), p, o};
                if (candidate < edge) edge = candidate;
            }
        }
        std::vector<Edge> certified;
        for (int c = 0; c < n; ++c)
            if (best[std::size_t(c)].a >= 0 && best[std::size_t(c)].weight <= lower[std::size_t(c)])
                certified.push_back(best[std::size_t(c)]);
        if (certified.empty()) return;
        join(std::move(certified), parent, &tree);
    }
}

// Step 3a: one exact Boruvka round over all pairs in different components.
void searchRound(const PaddedRows &x, const std::vector<float> &core, std::vector<int> &parent, std::vector<Edge> &tree,
                 int threads) {
    const int n = x.rows();
    const int m = (n + kBlock - 1) / kBlock;
    std::vector<int> component(static_cast<std::size_t>(n));
    components(parent, component);
    std::vector<int> uniform(static_cast<std::size_t>(m));
    std::vector<float> minCore(static_cast<std::size_t>(m), kInfinity);
    for (int b = 0; b < m; ++b) {
        const int b0 = b * kBlock, bn = std::min(kBlock, n - b0);
        int c = component[std::size_t(b0)];
        for (int p = b0; p < b0 + bn; ++p) {
            if (component[std::size_t(p)] != c) c = -1;
            minCore[std::size_t(b)] = std::min(minCore[std::size_t(b)], core[std::size_t(p)]);
        }
        uniform[std::size_t(b)] = c;
    }
    std::vector<std::vector<Edge>> perThread(static_cast<std::size_t>(threads),
                                             std::vector<Edge>(static_cast<std::size_t>(n)));
#pragma omp parallel num_threads(threads)
    {
        std::vector<Edge> &best = perThread[std::size_t(omp_get_thread_num())];
        std::vector<float> tile(std::size_t(kBlock) * kBlock);
#pragma omp for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const int q0 = q * kBlock, qn = std::min(kBlock, n - q0);
            for (int r = q; r < m; ++r) {
                if (uniform[std::size_t(q)] >= 0 && uniform[std::size_t(q)] == uniform[std::size_t(r)]) continue;
                const int r0 = r * kBlock, rn = std::min(kBlock, n - r0);
                float worst = 0; // no pair of the two blocks can improve either side when all are lighter
                for (int p = q0; p < q0 + qn; ++p)
                    worst = std::max(worst, best[std::size_t(p)].weight);
                for (int p = r0; p < r0 + rn; ++p)
                    worst = std::max(worst, best[std::size_t(p)].weight);
                if (std::max(minCore[std::size_t(q)], minCore[std::size_t(r)]) > worst) continue;
                dotBlock(x.row(q0), qn, x.row(r0), rn, x.stride(), tile.data(), kBlock);
                for (int i = 0; i < qn; ++i) {
                    const int p = q0 + i;
                    const int cp = component[std::size_t(p)];
                    const float coreP = core[std::size_t(p)];
                    const float *dots = &tile[std::size_t(i) * kBlock];
                    for (int j = q == r ? i + 1 : 0; j < rn; ++j) {
                        const int o = r0 + j;
                        if (component[std::size_t(o)] == cp) continue;
                        const float w = std::max({coreP, core[std::size_t(o)], distanceFromDot(dots[j])});
                        if (w <= best[std::size_t(p)].weight) {
                            const Edge candidate{w, p, o};
                            if (candidate < best[std::size_t(p)]) best[std::size_t(p)] = candidate;
                        }
                        if (w <= best[std::size_t(o)].weight) {
                            const Edge candidate{w, o, p};
                            if (candidate < best[std::size_t(o)]) best[std::size_t(o)] = candidate;
                        }
                    }
                }
            }
        }
    }
    std::vector<Edge> lightest(static_cast<std::size_t>(n));
    for (const auto &best : perThread)
        for (int p = 0; p < n; ++p) {
            Edge &target = lightest[std::size_t(component[std::size_t(p)])];
            if (best[std::size_t(p)].a >= 0 && best[std::size_t(p)] < target) target = best[std::size_t(p)];
        }
    std::vector<Edge> edges;
    for (const Edge &edge : lightest)
        if (edge.a >= 0) edges.push_back(edge);
    join(std::move(edges), parent, &tree);
}

// Step 3b: with few components left, the lightest edge between every two components, then Kruskal on them.
// The tree's heaviest edge between components is at most `ceiling`, the heaviest edge of a spanning tree made of
// listed edges alone (a minimum spanning tree minimises its heaviest edge). Pairs of components whose lightest edge
// is heavier cannot be in the tree. A pair (p, o) that neither list holds has d(p, o) >= both K-th distances; so
// only points whose K-th distance is at most the ceiling need the pass, and listed pairs are taken from the lists.
void finishContracted(const PaddedRows &all, const std::vector<Neighbour> &lists, int k, const std::vector<float> &core,
                      const std::vector<float> &last, std::vector<int> &parent, std::vector<Edge> &tree, int threads) {
    const int n = int(core.size());
    std::vector<int> component(static_cast<std::size_t>(n));
    const int count = components(parent, component);
    if (count < 2) return;
    std::vector<int> id(static_cast<std::size_t>(n), -1);
    for (int p = 0, next = 0; p < n; ++p)
        if (component[std::size_t(p)] == p) id[std::size_t(p)] = next++;
    for (int p = 0; p < n; ++p)
        id[std::size_t(p)] = id[std::size_t(component[std::size_t(p)])];

    const std::size_t cells = std::size_t(count) * std::size_t(count);
    auto cell = [&](int p, int o) {
        const int a = id[std::size_t(p)], b = id[std::size_t(o)];
        return std::size_t(std::min(a, b)) * std::size_t(count) + std::size_t(std::max(a, b));
    };
    std::vector<Edge> listed(cells);
    for (int p = 0; p < n; ++p)
        for (int j = 0; j < k; ++j) {
            const Neighbour &nb = lists[std::size_t(p) * std::size_t(k) + std::size_t(j)];
            if (id[std::size_t(nb.index)] == id[std::size_t(p)]) continue;
            const Edge candidate{std::max({core[std::size_t(p)], core[std::size_t(nb.index)], nb.distance}), p,
                                 nb.index};
            Edge &link = listed[cell(p, nb.index)];
            if (candidate < link) link = candidate;
        }
    // The heaviest edge on the path between two components in a spanning tree of listed edges bounds the tree's
    // path between them from above (a minimum spanning tree minimises every such bottleneck), so a lighter edge is
    // needed between them only if it is below that bottleneck.
    std::vector<float> ceiling(cells, kInfinity), reach(static_cast<std::size_t>(count), kInfinity);
    {
        std::vector<Edge> edges, spanning;
        for (const Edge &edge : listed)
            if (edge.a >= 0) edges.push_back(edge);
        std::vector<int> trial = parent;
        join(edges, trial, &spanning);
        std::vector<std::vector<std::pair<int, float>>> adjacent(static_cast<std::size_t>(count));
        for (const Edge &edge : spanning) {
            adjacent[std::size_t(id[std::size_t(edge.a)])].emplace_back(id[std::size_t(edge.b)], edge.weight);
            adjacent[std::size_t(id[std::size_t(edge.b)])].emplace_back(id[std::size_t(edge.a)], edge.weight);
        }
        std::vector<std::pair<int, float>> stack;
        for (int source = 0; source < count; ++source) {
            float *row = &ceiling[std::size_t(source) * std::size_t(count)];
            row[source] = 0;
            stack.assign(1, {source, 0.0f});
            while (!stack.empty()) {
                const auto [c, heaviest] = stack.back();
                stack.pop_back();
                for (const auto &[next, weight] : adjacent[std::size_t(c)])
                    if (row[next] == kInfinity) {
                        row[next] = std::max(heaviest, weight);
                        stack.emplace_back(next, row[next]);
                    }
            }
            reach[std::size_t(source)] = *std::max_element(row, row + count);
        }
    }

    // Points that need the pass, grouped by component, smallest K-th distance first, in blocks within a component.
    std::vector<int> order;
    for (int p = 0; p < n; ++p)
        if (last[std::size_t(p)] <= reach[std::size_t(id[std::size_t(p)])]) order.push_back(p);
    std::sort(order.begin(), order.end(), [&](int p, int o) {
        if (id[std::size_t(p)] != id[std::size_t(o)]) return id[std::size_t(p)] < id[std::size_t(o)];
        if (last[std::size_t(p)] != last[std::size_t(o)]) return last[std::size_t(p)] < last[std::size_t(o)];
        return p < o;
    });
    const int used = int(order.size());
    PaddedRows x(used, all.stride());
    std::vector<float> sortedCore(static_cast<std::size_t>(used)), sortedLast(static_cast<std::size_t>(used));
    for (int i = 0; i < used; ++i) {
        std::copy(all.row(order[std::size_t(i)]), all.row(order[std::size_t(i)]) + all.stride(), x.row(i));
        sortedCore[std::size_t(i)] = core[std::size_t(order[std::size_t(i)])];
        sortedLast[std::size_t(i)] = last[std::size_t(order[std::size_t(i)])];
    }
    struct Chunk {
        int begin, size, component;
    };
    std::vector<Chunk> chunks;
    for (int i = 0; i < used;) {
        const int c = id[std::size_t(order[std::size_t(i)])];
        int end = i;
        while (end < used && id[std::size_t(order[std::size_t(end)])] == c && end - i < kBlock)
            ++end;
        chunks.push_back({i, end - i, c});
        i = end;
    }
    const int m = int(chunks.size());
    std::vector<std::vector<Edge>> perThread(static_cast<std::size_t>(threads));
#pragma omp parallel num_threads(threads)
    {
        std::vector<Edge> &links = perThread[std::size_t(omp_get_thread_num())];
        links = listed;
        std::vector<float> tile(std::size_t(kBlock) * kBlock);
        std::vector<int> hits(kBlock);
#pragma omp for schedule(dynamic, 1)
        for (int q = 0; q < m; ++q) {
            const Chunk cq = chunks[std::size_t(q)];
            for (int r = q + 1; r < m; ++r) {
                const Chunk cr = chunks[std::size_t(r)];
                if (cr.component == cq.component) continue;
                const std::size_t at = std::size_t(cq.component) * std::size_t(count) + std::size_t(cr.component);
                Edge &link = links[at];
                // Unlisted pairs with both K-th distances within the limit; the chunks are sorted by K-th distance.
                float limit = std::min(link.weight, ceiling[at]);
                const float *lastR = &sortedLast[std::size_t(cr.begin)];
                const int columns = int(std::upper_bound(lastR, lastR + cr.size, limit) - lastR);
                const float *lastQ = &sortedLast[std::size_t(cq.begin)];
                const int rows = int(std::upper_bound(lastQ, lastQ + cq.size, limit) - lastQ);
                if (rows == 0 || columns == 0) continue;
                dotBlock(x.row(cq.begin), rows, x.row(cr.begin), columns, x.stride(), tile.data(), kBlock);
                for (int i = 0; i < rows; ++i) {
                    const float coreP = sortedCore[std::size_t(cq.begin + i)];
                    limit = std::min(link.weight, ceiling[at]);
                    if (sortedLast[std::size_t(cq.begin + i)] > limit) break;
                    const float *dots = &tile[std::size_t(i) * kBlock];
                    const int found = columnsBelow(dots, columns, limit, &sortedCore[std::size_t(cr.begin)],
                                                   kDistanceEpsilon, hits.data());
                    for (int h = 0; h < found; ++h) {
                        const int j = hits[std::size_t(h)];
                        const float w =
                            std::max({coreP, sortedCore[std::size_t(cr.begin + j)], distanceFromDot(dots[j])});
                        const Edge candidate{w, order[std::size_t(cq.begin + i)], order[std::size_t(cr.begin + j)]};
                        if (candidate < link) link = candidate;
                    }
                }
            }
        }
    }
    std::vector<Edge> links;
    for (std::size_t c = 0; c < cells; ++c) {
        Edge link;
        for (const auto &local : perThread)
            if (!local.empty() && local[c].a >= 0 && local[c] < link) link = local[c];
        if (link.a >= 0) links.push_back(link);
    }
    join(std::move(links), parent, &tree);
}

} // namespace

float cosineDistance(const Eigen::MatrixXf &points, Eigen::Index a, Eigen::Index b) {
    if (a == b) return 0.0f;
    const PaddedRows rows = paddedRows(points, {int(a), int(b)});
    return distanceFromDot(dotPair(rows.row(0), rows.row(1), rows.stride()));
}

MutualReachabilityTree mutualReachabilityTree(const Eigen::MatrixXf &points, int kSelf, const TreeOptions &options) {
    MutualReachabilityTree result;
    const int n = int(points.rows());
    if (n == 0) return result;
    const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
    const int k = std::clamp(kSelf, 1, n);
    const int listSize = int(std::min<std::int64_t>(n, std::int64_t(k) + std::max(0, options.listExtra)));

    // Everything below works on rows in locality order; edges and core distances are mapped back at the end.
    auto start = std::chrono::steady_clock::now();
    std::vector<int> input(static_cast<std::size_t>(n));
    std::iota(input.begin(), input.end(), 0);
    input = localityOrder(paddedRows(points, input));
    const PaddedRows x = paddedRows(points, input);
    const std::vector<Neighbour> lists = nearestLists(x, listSize, threads);
    std::vector<float> core(static_cast<std::size_t>(n)), last(static_cast<std::size_t>(n));
    for (int p = 0; p < n; ++p) {
        const Neighbour *list = &lists[std::size_t(p) * std::size_t(listSize)];
        core[std::size_t(p)] = list[k - 1].distance;
        // Nothing is unlisted when the lists hold every point.
        last[std::size_t(p)] = listSize == n ? kInfinity : list[listSize - 1].distance;
    }
    result.coreSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    std::vector<Edge> tree;
    tree.reserve(std::size_t(n - 1));
    std::vector<int> parent(static_cast<std::size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    listRounds(lists, listSize, core, last, parent, tree);
    while (int(tree.size()) < n - 1 && n - int(tree.size()) > std::max(2, options.contractedLimit)) {
        const std::size_t before = tree.size();
        searchRound(x, core, parent, tree, threads);
        if (tree.size() == before) break; // cannot happen on a complete graph; guards against an endless loop
    }
    if (int(tree.size()) < n - 1) finishContracted(x, lists, listSize, core, last, parent, tree, threads);
    result.treeSeconds = secondsSince(start);

    result.coreDistances.resize(std::size_t(n));
    for (int p = 0; p < n; ++p)
        result.coreDistances[std::size_t(input[std::size_t(p)])] = core[std::size_t(p)];
    result.edges.reserve(tree.size());
    for (const Edge &edge : tree)
        result.edges.push_back({input[std::size_t(edge.a)], input[std::size_t(edge.b)], edge.weight});
    return result;
}

} // namespace mph
