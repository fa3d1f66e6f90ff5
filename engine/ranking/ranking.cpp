#include "ranking/ranking.h"

#include "ranking/rows.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace mph {

std::optional<std::string> checkProblem(const RankingProblem &problem) {
    if (!problem.vectors) return std::string("no vectors");
    const auto rows = static_cast<std::size_t>(problem.vectors->rows());
    const auto outOfRange = [rows](const std::vector<std::uint32_t> &list) {
        return std::any_of(list.begin(), list.end(), [rows](std::uint32_t r) { return r >= rows; });
    };
    if (outOfRange(problem.candidates)) return std::string("a candidate row is out of range");
    if (outOfRange(problem.background)) return std::string("a background row is out of range");
    if (outOfRange(problem.known)) return std::string("a known row is out of range");
    if (problem.candidateLabels.size() != problem.candidates.size())
        return std::string("candidateLabels is not parallel to candidates");
    if (problem.backgroundLabels.size() != problem.background.size())
        return std::string("backgroundLabels is not parallel to background");
    if (!problem.evidence.empty() && problem.evidence.size() != rows)
        return std::string("evidence does not have one value per row");
    if (!problem.rarity.empty() && problem.rarity.size() != rows)
        return std::string("rarity does not have one value per row");
    if (!problem.capability.empty() && problem.capability.size() != rows)
        return std::string("capability does not have one value per row");
    for (std::uint32_t r : problem.candidates)
        if (r >= problem.sizes.size()) return std::string("sizes does not cover every candidate row");
    return std::nullopt;
}

std::string_view rankingMethodName(RankingMethod method) {
    switch (method) {
    case RankingMethod::Paper:
        return "paper";
    case RankingMethod::Purified:
        return "purified";
    case RankingMethod::Contrastive:
        return "contrastive";
    }
    return "?";
}

bool parseRankingMethod(std::string_view name, RankingMethod &method) {
    for (RankingMethod candidate : {RankingMethod::Paper, RankingMethod::Purified, RankingMethod::Contrastive})
        if (rankingMethodName(candidate) == name) {
            method = candidate;
            return true;
        }
    return false;
}

namespace {

constexpr std::size_t kBlock = 32; // candidates per distance block

struct Members {
    Eigen::MatrixXf matrix;         // one row per member
    std::vector<int> cluster;       // dense cluster index, -1 = noise
    std::vector<std::uint32_t> row; // row in `vectors`
    std::vector<bool> isBackground;
    int clusters = 0;
};

// Background (all of it, noise included: the nearest benign script is looked up too) and, when asked, the clustered
// candidates; cluster labels renumbered 0..clusters-1.
Members collectMembers(const RankingProblem &problem, bool withCandidates) {
    std::map<int, int> dense;
    const auto denseLabel = [&dense](int label) {
        if (label < 0) return -1;
        return dense.emplace(label, static_cast<int>(dense.size())).first->second;
    };
    Members m;
    for (std::size_t i = 0; i < problem.background.size(); ++i) {
        m.row.push_back(problem.background[i]);
        m.cluster.push_back(denseLabel(problem.backgroundLabels[i]));
        m.isBackground.push_back(true);
    }
    if (withCandidates)
        for (std::size_t i = 0; i < problem.candidates.size(); ++i) {
            if (problem.candidateLabels[i] < 0) continue;
            m.row.push_back(problem.candidates[i]);
            m.cluster.push_back(denseLabel(problem.candidateLabels[i]));
            m.isBackground.push_back(false);
        }
    m.clusters = static_cast<int>(dense.size());
    m.matrix = gatherRows(*problem.vectors, m.row);
    return m;
}

double sizeBeta(std::uint32_t size) {
    return (1.0 - 1.0 / (1.0 + std::exp(1.0 - static_cast<double>(size)))) / 5.0;
}

} // namespace

std::vector<ScriptScore> scoreCandidates(const RankingProblem &problem, const RankingOptions &options) {
    if (checkProblem(problem)) return {};
    const bool paper = options.method == RankingMethod::Paper;
    const bool contrastive = options.method == RankingMethod::Contrastive;
    const std::size_t neighbours = static_cast<std::size_t>(std::max(1, options.backgroundNeighbours));
    const bool withCandidates = paper || options.purifiedMembers == ClusterMembers::BatchAndBackground;
    const Members members = collectMembers(problem, withCandidates);

    std::vector<std::uint32_t> known;
    if (options.useKnown)
        known = paper || problem.knownIsPurified ? problem.known
                                                 : purifyKnown(*problem.vectors, problem.known, problem.background,
                                                               options.purifyEpsilon, options.jobs);
    const Eigen::MatrixXf knownMatrix = gatherRows(*problem.vectors, known);
    const std::size_t nearestCount = static_cast<std::size_t>(std::max(1, options.nearestKnownCount));

    const std::size_t n = problem.candidates.size();
    std::vector<ScriptScore> scores(n);
    const auto blocks = static_cast<std::int64_t>((n + kBlock - 1) / kBlock);
    const int threads = options.jobs > 0 ? options.jobs : omp_get_max_threads();

#pragma omp parallel num_threads(threads)
    {
        singleThreadedEigen();
        std::vector<float> clusterMin(static_cast<std::size_t>(members.clusters));
        std::vector<std::pair<float, std::uint32_t>> order;
        std::vector<float> backgroundDistances;
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t b = 0; b < blocks; ++b) {
            const std::size_t first = static_cast<std::size_t>(b) * kBlock;
            const std::size_t count = std::min(kBlock, n - first);
            const std::vector<std::uint32_t> blockRows(problem.candidates.begin() + static_cast<std::ptrdiff_t>(first),
                                                       problem.candidates.begin() +
                                                           static_cast<std::ptrdiff_t>(first + count));
            const Eigen::MatrixXf x = gatherRows(*problem.vectors, blockRows);
            // Inside the parallel region Eigen runs single-threaded: the blocking, hence the rounding, never depends
            // on the thread count.
            const Eigen::MatrixXf toMembers = x * members.matrix.transpose();
            const Eigen::MatrixXf toKnown = x * knownMatrix.transpose();

            for (std::size_t c = 0; c < count; ++c) {
                const std::size_t index = first + c;
                const std::uint32_t self = problem.candidates[index];
                ScriptScore &s = scores[index];
                const auto ci = static_cast<Eigen::Index>(c);

                std::fill(clusterMin.begin(), clusterMin.end(), std::numeric_limits<float>::infinity());
                backgroundDistances.clear();
                for (std::size_t j = 0; j < members.row.size(); ++j) {
                    const float d = cosineDistance(toMembers(ci, static_cast<Eigen::Index>(j)));
                    if (members.isBackground[j]) {
                        backgroundDistances.push_back(d);
                        if (d < s.dNearestBackground) {
                            s.dNearestBackground = d;
                            s.nearestBackground = members.row[j];
                        }
                    }
                    const int cluster = members.cluster[j];
                    if (cluster < 0) continue;
                    if (paper ? d <= options.zeroDistance : (!members.isBackground[j] && members.row[j] == self))
                        continue;
                    float &slot = clusterMin[static_cast<std::size_t>(cluster)];
                    slot = std::min(slot, d);
                }
                const auto finiteEnd =
                    std::partition(clusterMin.begin(), clusterMin.end(), [](float v) { return std::isfinite(v); });
                const auto used = std::min<std::ptrdiff_t>(3, finiteEnd - clusterMin.begin());
                std::partial_sort(clusterMin.begin(), clusterMin.begin() + used, finiteEnd);
                s.clustersUsed = static_cast<int>(used);
                if (used > 0) {
                    double sum = 0;
                    for (std::ptrdiff_t k = 0; k < used; ++k)
                        sum += clusterMin[static_cast<std::size_t>(k)];
                    s.dB = sum / static_cast<double>(used);
                }

                if (!backgroundDistances.empty()) {
                    const std::size_t k = std::min(neighbours, backgroundDistances.size());
                    std::partial_sort(backgroundDistances.begin(),
                                      backgroundDistances.begin() + static_cast<std::ptrdiff_t>(k),
                                      backgroundDistances.end());
                    double sum = 0;
                    for (std::size_t j = 0; j < k; ++j)
                        sum += backgroundDistances[j];
                    s.dNeighbourhood = sum / static_cast<double>(k);
                }

                const std::uint32_t size = problem.sizes[self];
                s.beta = sizeBeta(size);
                s.wB = 0.5 - s.beta;
                if (size == 0) {
                    s.score = 0;
                    continue;
                }
                if (contrastive) s.capability = problem.capability.empty() ? 0 : problem.capability[self];
                if (known.empty()) {
                    if (contrastive) {
                        s.rarity = problem.rarity.empty() ? 0 : problem.rarity[self];
                        s.score = s.dNeighbourhood / 2 + options.rarityWeight * s.rarity +
                                  options.capabilityWeight * s.capability;
                    } else {
                        s.score = s.dB / 2;
                    }
                    continue;
                }
                order.clear();
                for (std::size_t k = 0; k < known.size(); ++k)
                    order.emplace_back(cosineDistance(toKnown(ci, static_cast<Eigen::Index>(k))), known[k]);
                const std::size_t keep = std::min(nearestCount, order.size());
                std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end());
                for (std::size_t k = 0; k < keep; ++k) {
                    s.nearestKnown.push_back(order[k].second);
                    s.nearestKnownDistances.push_back(order[k].first);
                }
                s.dM = order.front().first;
                if (contrastive) {
                    s.evidence = problem.evidence.empty() ? 0 : problem.evidence[self];
                    const double w = options.neighbourhoodWeight;
                    s.score = w * s.dNeighbourhood / 2 + (1 - w) * (s.dNearestBackground - s.dM + 2) / 4 +
                              options.evidenceWeight * s.evidence + options.knownCapabilityWeight * s.capability;
                } else {
                    s.score = s.wB * s.dB / 2 + (1 - s.wB) * (2 - s.dM) / 2;
                }
            }
        }
    }
    return scores;
}

} // namespace mph
