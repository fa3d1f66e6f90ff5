// Known-set purification (design 2.6a): a known script within epsilon of a benign background script is no evidence.
//
// Exact, but pruned. The background is split into groups around centroids (two Lloyd passes from evenly spaced
// seeds). For a known row q, a background row x in group g with centroid c and radius R_g = max ||x - c|| satisfies
//     q.x = (|q|^2 + |x|^2 - |q - x|^2) / 2 <= (|q|^2 + maxNorm_g^2 - max(0, |q - c| - R_g)^2) / 2,
// so a group whose bound is at most 1 - epsilon cannot hold a background row with d < epsilon and is skipped. The
// other groups are visited nearest bound first and the search stops at the first row within epsilon.
#include "ranking/ranking.h"

#include "ranking/rows.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mph {
namespace {

constexpr std::size_t kKnownBlock = 256;

struct Groups {
    Eigen::MatrixXf rows;            // background rows reordered so that each group is contiguous
    std::vector<Eigen::Index> begin; // group g = rows [begin[g], begin[g + 1])
    Eigen::MatrixXf centroids;       // one per group
    Eigen::VectorXf centroidNorm2, radius, maxNorm2;
};

// Nearest centroid (Euclidean) of each row of `points`.
std::vector<int> assign(const Eigen::MatrixXf &points, const Eigen::MatrixXf &centroids) {
    const Eigen::VectorXf c2 = centroids.rowwise().squaredNorm();
    const Eigen::MatrixXf dots = points * centroids.transpose();
    std::vector<int> out(static_cast<std::size_t>(points.rows()));
    for (Eigen::Index i = 0; i < points.rows(); ++i) {
        Eigen::Index best = 0;
        (c2.transpose() - 2 * dots.row(i)).minCoeff(&best);
        out[static_cast<std::size_t>(i)] = static_cast<int>(best);
    }
    return out;
}

Groups makeGroups(const Eigen::MatrixXf &background) {
    const Eigen::Index n = background.rows();
    Groups groups;
    groups.begin.assign(1, 0);
    if (n == 0) return groups;
    const auto groupCount = std::max<Eigen::Index>(1, n / 32);
    Eigen::MatrixXf centroids(groupCount, background.cols());
    for (Eigen::Index g = 0; g < groupCount; ++g)
        centroids.row(g) = background.row(g * n / groupCount);
    std::vector<int> label;
    for (int pass = 0; pass < 2; ++pass) {
        label = assign(background, centroids);
        Eigen::MatrixXf sum = Eigen::MatrixXf::Zero(groupCount, background.cols());
        Eigen::VectorXf count = Eigen::VectorXf::Zero(groupCount);
        for (Eigen::Index i = 0; i < n; ++i) {
            sum.row(label[static_cast<std::size_t>(i)]) += background.row(i);
            count(label[static_cast<std::size_t>(i)]) += 1;
        }
        for (Eigen::Index g = 0; g < groupCount; ++g)
            if (count(g) > 0) centroids.row(g) = sum.row(g) / count(g);
    }
    label = assign(background, centroids);

    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&label](Eigen::Index a, Eigen::Index b) {
        return label[static_cast<std::size_t>(a)] < label[static_cast<std::size_t>(b)];
    });
    groups.rows.resize(n, background.cols());
    groups.centroids = centroids;
    groups.centroidNorm2 = centroids.rowwise().squaredNorm();
    groups.radius = Eigen::VectorXf::Zero(groupCount);
    groups.maxNorm2 = Eigen::VectorXf::Zero(groupCount);
    groups.begin.assign(static_cast<std::size_t>(groupCount) + 1, 0);
    for (Eigen::Index k = 0; k < n; ++k) {
        const Eigen::Index i = order[static_cast<std::size_t>(k)];
        const int g = label[static_cast<std::size_t>(i)];
        groups.rows.row(k) = background.row(i);
        groups.radius(g) = std::max(groups.radius(g), (background.row(i) - centroids.row(g)).norm());
        groups.maxNorm2(g) = std::max(groups.maxNorm2(g), background.row(i).squaredNorm());
        ++groups.begin[static_cast<std::size_t>(g) + 1];
    }
    for (std::size_t g = 1; g < groups.begin.size(); ++g)
        groups.begin[g] += groups.begin[g - 1];
    return groups;
}

} // namespace

std::vector<std::uint32_t> purifyKnown(const Eigen::MatrixXf &vectors, const std::vector<std::uint32_t> &known,
                                       const std::vector<std::uint32_t> &background, double epsilon, int jobs) {
    const Eigen::MatrixXf knownRows = gatherRows(vectors, known);
    const Groups groups = makeGroups(gatherRows(vectors, background));
    const auto groupCount = static_cast<Eigen::Index>(groups.begin.size()) - 1;
    const float threshold = static_cast<float>(1.0 - epsilon); // dropped when q.x > threshold, i.e. d < epsilon
    std::vector<char> keep(known.size(), 0);
    const auto blocks = static_cast<std::int64_t>((known.size() + kKnownBlock - 1) / kKnownBlock);
    const int threads = jobs > 0 ? jobs : omp_get_max_threads();

#pragma omp parallel num_threads(threads)
    {
        singleThreadedEigen();
        std::vector<std::pair<float, Eigen::Index>> order;
        std::vector<Eigen::Index> rows;
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t b = 0; b < blocks; ++b) {
            const auto first = static_cast<Eigen::Index>(b) * static_cast<Eigen::Index>(kKnownBlock);
            const Eigen::Index count =
                std::min<Eigen::Index>(static_cast<Eigen::Index>(kKnownBlock), knownRows.rows() - first);
            const auto q = knownRows.middleRows(first, count);
            const Eigen::VectorXf q2 = q.rowwise().squaredNorm();
            const Eigen::MatrixXf toCentroids = q * groups.centroids.transpose();
            // Upper bound of q.x over each group, for every row of the block.
            Eigen::MatrixXf bound(count, groupCount);
            for (Eigen::Index g = 0; g < groupCount; ++g)
                for (Eigen::Index i = 0; i < count; ++i) {
                    const float toCentre =
                        std::sqrt(std::max(0.0f, q2(i) + groups.centroidNorm2(g) - 2 * toCentroids(i, g)));
                    const float gap = std::max(0.0f, toCentre - groups.radius(g));
                    bound(i, g) = (q2(i) + groups.maxNorm2(g) - gap * gap) / 2;
                }
            // A zero row (an empty sequence) is no evidence; the others stay until a background row is within epsilon.
            std::vector<char> open(static_cast<std::size_t>(count));
            for (Eigen::Index i = 0; i < count; ++i)
                open[static_cast<std::size_t>(i)] = q2(i) >= 0.5f;
            // Groups most likely to hold a near copy first; a little slack for rounding in the bound (the test on the
            // actual dot product is exact).
            order.clear();
            for (Eigen::Index g = 0; g < groupCount; ++g) {
                const float best = count > 0 ? bound.col(g).maxCoeff() : 0.0f;
                if (best + 1e-4f > threshold &&
                    groups.begin[static_cast<std::size_t>(g)] < groups.begin[static_cast<std::size_t>(g) + 1])
                    order.emplace_back(-best, g);
            }
            std::sort(order.begin(), order.end());
            for (const auto &[negBest, g] : order) {
                rows.clear();
                for (Eigen::Index i = 0; i < count; ++i)
                    if (open[static_cast<std::size_t>(i)] && bound(i, g) + 1e-4f > threshold) rows.push_back(i);
                if (rows.empty()) continue;
                Eigen::MatrixXf subset(static_cast<Eigen::Index>(rows.size()), q.cols());
                for (std::size_t r = 0; r < rows.size(); ++r)
                    subset.row(static_cast<Eigen::Index>(r)) = q.row(rows[r]);
                const Eigen::Index begin = groups.begin[static_cast<std::size_t>(g)];
                const Eigen::Index end = groups.begin[static_cast<std::size_t>(g) + 1];
                const Eigen::MatrixXf dots = subset * groups.rows.middleRows(begin, end - begin).transpose();
                for (std::size_t r = 0; r < rows.size(); ++r)
                    if (dots.row(static_cast<Eigen::Index>(r)).maxCoeff() > threshold)
                        open[static_cast<std::size_t>(rows[r])] = 0;
            }
            for (Eigen::Index i = 0; i < count; ++i)
                keep[static_cast<std::size_t>(first + i)] = open[static_cast<std::size_t>(i)];
        }
    }
    std::vector<std::uint32_t> kept;
    for (std::size_t i = 0; i < known.size(); ++i)
        if (keep[i]) kept.push_back(known[i]);
    return kept;
}

} // namespace mph
