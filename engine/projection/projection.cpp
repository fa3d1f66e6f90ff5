#include "projection/projection.h"

#include "projection/neighbours.h"

#include <Eigen/Eigenvalues>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mph {
namespace {

constexpr float kA = 1.577f; // UMAP's fit of 1 / (1 + a d^2b) for min_dist 0.1, spread 1
constexpr float kB = 0.895f;

// Symmetric fuzzy graph by head: edges of head h are [offset[h], offset[h + 1]), tails ascending.
struct FuzzyGraph {
    std::vector<std::size_t> offset;
    std::vector<std::uint32_t> tail;
    std::vector<float> weight;
};

// Per point: rho = nearest positive distance, sigma such that sum exp(-(d - rho) / sigma) = log2 k (UMAP's
// smooth_knn_dist with local connectivity 1); then a + b - ab over both directions of every edge.
FuzzyGraph fuzzyGraph(const NeighbourGraph &knn, std::size_t n) {
    const auto k = static_cast<std::size_t>(knn.k);
    const double target = std::log2(static_cast<double>(k));
    double meanAll = 0;
    std::size_t countAll = 0;
    for (std::size_t e = 0; e < n * k; ++e)
        if (std::isfinite(knn.distance[e])) meanAll += knn.distance[e], ++countAll;
    meanAll = countAll ? meanAll / static_cast<double>(countAll) : 0;

    struct Entry {
        std::uint64_t key; // min(i, j) << 32 | max(i, j)
        float weight;
        bool fromLow; // the weight is the low end's view of the edge
    };
    std::vector<Entry> entries;
    entries.reserve(n * k);
    for (std::size_t i = 0; i < n; ++i) {
        const float *d = &knn.distance[i * k];
        const std::uint32_t *j = &knn.index[i * k];
        std::size_t valid = 0;
        while (valid < k && std::isfinite(d[valid]))
            ++valid;
        double rho = 0, mean = 0;
        for (std::size_t s = 0; s < valid; ++s)
            mean += d[s];
        mean = valid ? mean / static_cast<double>(valid) : 0;
        for (std::size_t s = 0; s < valid; ++s)
            if (d[s] > 0) {
                rho = d[s];
                break;
            }
        double lo = 0, hi = std::numeric_limits<double>::infinity(), sigma = 1;
        for (int step = 0; step < 64; ++step) {
            double sum = 0;
            for (std::size_t s = 0; s < valid; ++s) {
                const double gap = d[s] - rho;
                sum += gap > 0 ? std::exp(-gap / sigma) : 1.0;
            }
            if (std::abs(sum - target) < 1e-5) break;
            if (sum > target) {
                hi = sigma;
                sigma = (lo + hi) / 2;
            } else {
                lo = sigma;
                sigma = std::isinf(hi) ? sigma * 2 : (lo + hi) / 2;
            }
        }
        sigma = std::max(sigma, 1e-3 * (rho > 0 ? mean : meanAll));
        for (std::size_t s = 0; s < valid; ++s) {
            const double gap = d[s] - rho;
            const auto w = static_cast<float>(gap > 0 && sigma > 0 ? std::exp(-gap / sigma) : 1.0);
            const auto a = static_cast<std::uint64_t>(std::min<std::size_t>(i, j[s]));
            const auto b = static_cast<std::uint64_t>(std::max<std::size_t>(i, j[s]));
            entries.push_back({a << 32 | b, w, a == i});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &x, const Entry &y) { return x.key != y.key ? x.key < y.key : x.fromLow > y.fromLow; });

    // Merge both views of each edge; emit it for both heads (tails come out ascending, see below).
    std::vector<std::uint64_t> keys;
    std::vector<float> weights;
    for (std::size_t e = 0; e < entries.size();) {
        float w = entries[e].weight;
        if (e + 1 < entries.size() && entries[e + 1].key == entries[e].key) {
            const float other = entries[e + 1].weight;
            w = w + other - w * other;
            e += 2;
        } else {
            e += 1;
        }
        keys.push_back(entries[e - 1].key);
        weights.push_back(w);
    }
    FuzzyGraph graph;
    graph.offset.assign(n + 1, 0);
    for (std::uint64_t key : keys)
        ++graph.offset[(key >> 32) + 1], ++graph.offset[(key & 0xffffffffu) + 1];
    for (std::size_t h = 0; h < n; ++h)
        graph.offset[h + 1] += graph.offset[h];
    graph.tail.resize(graph.offset[n]);
    graph.weight.resize(graph.offset[n]);
    std::vector<std::size_t> fill(graph.offset.begin(), graph.offset.end() - 1);
    // Keys ascend by (low, high): head h first receives its lower tails (as the high end, in ascending low order),
    // then its higher tails (as the low end, ascending), so each head's tails are sorted.
    for (std::size_t e = 0; e < keys.size(); ++e) {
        const auto low = static_cast<std::uint32_t>(keys[e] >> 32), high = static_cast<std::uint32_t>(keys[e]);
        graph.tail[fill[low]] = high, graph.weight[fill[low]++] = weights[e];
        graph.tail[fill[high]] = low, graph.weight[fill[high]++] = weights[e];
    }
    return graph;
}

// First two principal components, scaled so that the largest coordinate is 10, plus seeded jitter of 1e-4 (which also
// separates duplicates). The covariance is summed over fixed chunks in a fixed order: same bits for any thread count.
Eigen::MatrixX2f pcaInit(const Eigen::MatrixXf &points, unsigned seed, int threads) {
    const Eigen::Index n = points.rows(), dims = points.cols();
    const Eigen::RowVectorXf mean = points.colwise().mean();
    constexpr Eigen::Index kChunk = 256;
    constexpr int kGroups = 16;
    const Eigen::Index chunks = (n + kChunk - 1) / kChunk;
    std::vector<Eigen::MatrixXd> partial(kGroups, Eigen::MatrixXd::Zero(dims, dims));
#pragma omp parallel for num_threads(threads) schedule(dynamic, 1)
    for (int g = 0; g < kGroups; ++g) {
        omp_set_num_threads(1);
        for (Eigen::Index c = g; c < chunks; c += kGroups) {
            const Eigen::Index first = c * kChunk, count = std::min(kChunk, n - first);
            const Eigen::MatrixXf centred = points.middleRows(first, count).rowwise() - mean;
            partial[static_cast<std::size_t>(g)] += (centred.transpose() * centred).cast<double>();
        }
    }
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(dims, dims);
    for (const auto &p : partial)
        covariance += p;
    Eigen::MatrixX2f init = Eigen::MatrixX2f::Zero(n, 2);
    if (dims > 0) {
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
        Eigen::MatrixXf axes = Eigen::MatrixXf::Zero(dims, 2);
        for (Eigen::Index c = 0; c < std::min<Eigen::Index>(2, dims); ++c) {
            Eigen::VectorXd v = solver.eigenvectors().col(dims - 1 - c);
            Eigen::Index largest = 0;
            v.cwiseAbs().maxCoeff(&largest);
            if (v(largest) < 0) v = -v; // a fixed sign
            axes.col(c) = v.cast<float>();
        }
#pragma omp parallel for num_threads(threads) schedule(dynamic, 1)
        for (Eigen::Index c = 0; c < chunks; ++c) {
            omp_set_num_threads(1);
            const Eigen::Index first = c * kChunk, count = std::min(kChunk, n - first);
            init.middleRows(first, count) = (points.middleRows(first, count).rowwise() - mean) * axes;
        }
    }
    const float extent = init.cwiseAbs().maxCoeff();
    if (extent > 0) init *= 10.0f / extent;
    for (Eigen::Index i = 0; i < n; ++i)
        for (int c = 0; c < 2; ++c) {
            const std::uint64_t h = mixHash(mixHash(seed, 0x1417), static_cast<std::uint64_t>(i) * 2 + c);
            init(i, c) += 1e-4f * (static_cast<float>(h >> 40) / static_cast<float>(1 << 24) * 2 - 1);
        }
    return init;
}

float clip4(float v) {
    return std::clamp(v, -4.0f, 4.0f);
}

void optimiseLayout(Eigen::MatrixX2f &layout, const FuzzyGraph &graph, const ProjectionOptions &options, int threads) {
    const auto n = static_cast<std::size_t>(layout.rows());
    const std::size_t edges = graph.tail.size();
    if (edges == 0 || options.epochs <= 0) return;
    const float maxWeight = *std::max_element(graph.weight.begin(), graph.weight.end());
    const float minWeight = maxWeight / static_cast<float>(options.epochs);
    const float negativeRate = static_cast<float>(std::max(0, options.negativeSamples));
    std::vector<float> perSample(edges), nextSample(edges), perNegative(edges), nextNegative(edges);
    for (std::size_t e = 0; e < edges; ++e) {
        // Edges too weak to be sampled even once are left out (UMAP drops them).
        perSample[e] = graph.weight[e] < minWeight ? -1.0f : maxWeight / graph.weight[e];
        nextSample[e] = perSample[e];
        perNegative[e] = negativeRate > 0 ? perSample[e] / negativeRate : std::numeric_limits<float>::infinity();
        nextNegative[e] = perNegative[e];
    }
    // Row-major copies: (x, y) pairs side by side.
    std::vector<float> current(2 * n), next(2 * n);
    for (std::size_t i = 0; i < n; ++i)
        current[2 * i] = layout(static_cast<Eigen::Index>(i), 0),
                    current[2 * i + 1] = layout(static_cast<Eigen::Index>(i), 1);
    const std::uint64_t seedHash = mixHash(options.seed, 0x5eed);
    const bool shared = n >= static_cast<std::size_t>(std::max(0, options.parallelEpochFrom));
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        const float alpha = 1.0f - static_cast<float>(epoch) / static_cast<float>(options.epochs);
        const auto now = static_cast<float>(epoch);
        const std::uint64_t epochHash = mixHash(seedHash, static_cast<std::uint64_t>(epoch));
#pragma omp parallel for num_threads(threads) schedule(dynamic, 512) if (shared)
        for (std::int64_t hh = 0; hh < static_cast<std::int64_t>(n); ++hh) {
            const auto h = static_cast<std::size_t>(hh);
            float x = current[2 * h], y = current[2 * h + 1];
            for (std::size_t e = graph.offset[h]; e < graph.offset[h + 1]; ++e) {
                if (perSample[e] <= 0 || nextSample[e] > now) continue;
                const std::uint32_t t = graph.tail[e];
                float dx = x - current[2 * t], dy = y - current[2 * t + 1];
                float d2 = dx * dx + dy * dy;
                if (d2 > 0) {
                    const float pb = std::pow(d2, kB);
                    const float coefficient = -2.0f * kA * kB * pb / d2 / (kA * pb + 1.0f);
                    // Twice: the edge's other direction moves the other end, so each end gets both pulls.
                    x += 2.0f * clip4(coefficient * dx) * alpha;
                    y += 2.0f * clip4(coefficient * dy) * alpha;
                }
                nextSample[e] += perSample[e];
                const int negatives = static_cast<int>((now - nextNegative[e]) / perNegative[e]);
                for (int s = 0; s < negatives; ++s) {
                    const std::uint64_t r = mixHash(epochHash, (static_cast<std::uint64_t>(e) << 8) | (s & 0xff));
                    const auto other = static_cast<std::size_t>(((r >> 32) * n) >> 32);
                    if (other == h) continue;
                    dx = x - current[2 * other];
                    dy = y - current[2 * other + 1];
                    d2 = dx * dx + dy * dy;
                    if (d2 <= 0) continue;
                    const float pb = std::pow(d2, kB);
                    const float coefficient = 2.0f * kB / ((0.001f + d2) * (kA * pb + 1.0f));
                    x += clip4(coefficient * dx) * alpha;
                    y += clip4(coefficient * dy) * alpha;
                }
                if (negatives > 0) nextNegative[e] += static_cast<float>(negatives) * perNegative[e];
            }
            next[2 * h] = x;
            next[2 * h + 1] = y;
        }
        current.swap(next);
    }
    for (std::size_t i = 0; i < n; ++i) {
        layout(static_cast<Eigen::Index>(i), 0) = current[2 * i];
        layout(static_cast<Eigen::Index>(i), 1) = current[2 * i + 1];
    }
}

} // namespace

Eigen::MatrixX2f projectToPlane(const Eigen::MatrixXf &points, const ProjectionOptions &options) {
    const Eigen::Index n = points.rows();
    Eigen::MatrixX2f layout = Eigen::MatrixX2f::Zero(n, 2);
    if (n <= 1) return layout;
    if (n == 2) {
        if ((points.row(0) - points.row(1)).squaredNorm() > 0) layout << -1, 0, 1, 0;
        return layout;
    }
    const int threads = options.jobs > 0 ? options.jobs : omp_get_max_threads();
    const int k = std::clamp(options.neighbours, 1, static_cast<int>(n - 1));
    const NeighbourGraph knn = n <= options.exactLimit ? exactNeighbours(points, k, threads)
                                                       : approximateNeighbours(points, k, options.seed, threads);
    const FuzzyGraph graph = fuzzyGraph(knn, static_cast<std::size_t>(n));
    layout = pcaInit(points, options.seed, threads);
    optimiseLayout(layout, graph, options, threads);
    return layout;
}

} // namespace mph
