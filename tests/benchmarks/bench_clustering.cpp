// Benchmark of the embedding and clustering stages (design 2.4, 2.5, 7).
//   bench_clustering [CORPORA_DIR] [all|synthetic|clustering|real]   (clustering: part 1 only)
// 1. HDBSCAN (min_cluster_size 2, min_samples 20) on n = 5k, 10k, 20k unit vectors of 128 dimensions, uniform on
//    the sphere (worst case: nothing to prune) and clustered (blobs of varied size and spread plus 10% uniform noise).
//    Then clustering + ranking of 20,000 unique scripts (a 300-script batch, 17,700 background, 2,000 known).
// 2. The TF-IDF + SVD embedder on 30,000 synthetic call sequences (templates with edits, ~50k features).
// 3. With the corpora: the unique install-script call sequences of benign + known packages: embedding time, how the
//    SVD dimension preserves cosine distances (mean |error| vs the full TF-IDF on a sample of pairs, and agreement of
//    nearest neighbours), and HDBSCAN on the result.
// Prints seconds and the process's peak resident memory after each step.
#include "analysis/call_sequence.h"
#include "clustering/dot_kernel.h"
#include "clustering/hdbscan.h"
#include "corpus/reader.h"
#include "embedding/embedder.h"
#include "embedding/tfidf.h"
#include "ranking/ranking.h"

#include <Eigen/Dense>
#include <omp.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace mph;

namespace {

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

double lastCpu = 0; // CPU seconds (all threads) of the last timed() call: robust to a busy machine

template <typename F> double timed(F &&f) {
    const double cpu = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    f();
    lastCpu = cpuSeconds() - cpu;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Eigen::MatrixXf uniformPoints(int n, int dimensions, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0, 1);
    Eigen::MatrixXf points(n, dimensions);
    for (Eigen::Index i = 0; i < points.size(); ++i)
        points.data()[i] = normal(random);
    points.rowwise().normalize();
    return points;
}

// Blobs with sizes drawn from a heavy-tailed law (a few large families, many small ones) and varied spread, plus 10%
// uniform noise: roughly the shape of real install scripts (templated families and a long tail).
Eigen::MatrixXf clusteredPoints(int n, int dimensions, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0, 1);
    std::uniform_real_distribution<float> uniform(0, 1);
    Eigen::MatrixXf points(n, dimensions);
    const int noise = n / 10;
    int row = 0;
    while (row < n - noise) {
        const int size = std::min(n - noise - row, 5 + int(std::pow(uniform(random), 3.0f) * 600));
        const float spread = 0.02f + 0.08f * uniform(random);
        Eigen::VectorXf centre(dimensions);
        for (auto &v : centre)
            v = normal(random);
        centre.normalize();
        for (int i = 0; i < size; ++i, ++row)
            for (int d = 0; d < dimensions; ++d)
                points(row, d) = centre(d) + spread * normal(random);
    }
    for (; row < n; ++row)
        for (int d = 0; d < dimensions; ++d)
            points(row, d) = normal(random);
    points.rowwise().normalize();
    return points;
}

void clusteringBenchmarks() {
    std::printf("== HDBSCAN, 128 dimensions, min_cluster_size 2, min_samples 20, %d threads, %s dot kernel\n",
                omp_get_max_threads(), dotKernelName());
    std::printf("(split: core distances | spanning tree | condensed tree + EOM + GLOSH, wall seconds)\n");
    std::printf("%-10s %7s %9s %9s %9s %8s %10s %8s %8s %8s\n", "data", "n", "seconds", "cpu s", "clusters", "noise%",
                "peak MiB", "core", "tree", "eom");
    for (const char *kind : {"clustered", "uniform"})
        for (int n : {5000, 10000, 20000}) {
            const Eigen::MatrixXf points =
                std::string(kind) == "uniform" ? uniformPoints(n, 128, 1) : clusteredPoints(n, 128, 2);
            Clustering result;
            const double seconds = timed([&] { result = hdbscanCosine(points, {2, 20}); });
            const auto noise = std::count(result.labels.begin(), result.labels.end(), -1);
            std::printf("%-10s %7d %9.3f %9.3f %9d %8.1f %10.0f %8.3f %8.3f %8.3f\n", kind, n, seconds, lastCpu,
                        result.clusterCount, 100.0 * double(noise) / n, peakMiB(), result.coreSeconds,
                        result.treeSeconds, result.hierarchySeconds);
        }
}

// Design 7's "clustering + ranking of 20,000 unique scripts": one batch of 300 scripts clustered with a background of
// 17,700 and ranked (default Contrastive method, purification of 2,000 known scripts included).
void clusteringAndRankingBenchmark() {
    const int n = 20000, batch = 300, known = 2000;
    const Eigen::MatrixXf points = clusteredPoints(n, 128, 2);
    RankingProblem problem;
    problem.vectors = &points;
    for (int i = 0; i < n; ++i) {
        const auto row = static_cast<std::uint32_t>(i);
        (i < batch ? problem.candidates : i < n - known ? problem.background : problem.known).push_back(row);
    }
    problem.sizes.assign(std::size_t(n), 10);
    Clustering clustering;
    std::vector<ScriptScore> scores;
    const double clusterSeconds = timed([&] { clustering = hdbscanCosine(points.topRows(n - known), {2, 20}); });
    const double clusterCpu = lastCpu;
    for (std::uint32_t row : problem.candidates)
        problem.candidateLabels.push_back(clustering.labels[row]);
    for (std::uint32_t row : problem.background)
        problem.backgroundLabels.push_back(clustering.labels[row]);
    const double rankSeconds = timed([&] { scores = scoreCandidates(problem, RankingOptions{}); });
    std::printf("\n== clustering + ranking: %d batch + %d background scripts clustered, %d known, %zu scored: "
                "%.3f s (cluster %.3f s, cpu %.3f s; rank %.3f s, cpu %.3f s), peak %.0f MiB\n",
                batch, n - known - batch, known, scores.size(), clusterSeconds + rankSeconds, clusterSeconds,
                clusterCpu, rankSeconds, lastCpu, peakMiB());
}

std::vector<Document> syntheticDocuments(int count, unsigned seed) {
    std::mt19937 random(seed);
    const int vocabulary = 4000;
    std::vector<double> weights(vocabulary);
    for (int i = 0; i < vocabulary; ++i)
        weights[std::size_t(i)] = 1.0 / (i + 1); // Zipf
    std::discrete_distribution<int> token(weights.begin(), weights.end());
    auto name = [](int id) { return "mod" + std::to_string(id % 97) + ".call" + std::to_string(id); };
    std::vector<Document> templates(800);
    for (auto &t : templates) {
        const int length = 5 + int(random() % 80);
        for (int i = 0; i < length; ++i)
            t.push_back(name(token(random)));
    }
    std::vector<Document> documents;
    for (int d = 0; d < count; ++d) {
        Document doc = templates[random() % templates.size()];
        const int edits = 1 + int(random() % 6);
        for (int e = 0; e < edits && !doc.empty(); ++e) {
            const std::size_t at = random() % doc.size();
            switch (random() % 3) {
            case 0:
                doc.insert(doc.begin() + std::ptrdiff_t(at), name(token(random)));
                break;
            case 1:
                doc.erase(doc.begin() + std::ptrdiff_t(at));
                break;
            default:
                doc[at] = name(token(random));
                break;
            }
        }
        documents.push_back(std::move(doc));
    }
    return documents;
}

void embeddingBenchmark() {
    const std::vector<Document> documents = syntheticDocuments(30000, 3);
    std::size_t features = 0;
    const double tfidfSeconds = timed([&] { features = buildTfidf(documents).features.size(); });
    std::printf("\n== TF-IDF + SVD on 30,000 synthetic sequences, %zu features (TF-IDF alone %.3f s)\n", features,
                tfidfSeconds);
    for (int dimensions : {64, 128, 200}) {
        Eigen::MatrixXf rows;
        const double seconds = timed([&] { rows = makeTfidfSvdEmbedder({dimensions})->fitTransform(documents); });
        std::printf("dimensions %4d: %.3f s (cpu %.3f s), peak %.0f MiB\n", dimensions, seconds, lastCpu, peakMiB());
    }
}

// Mean |cosine distance error| of the reduced rows vs the full TF-IDF rows over sampled pairs, and how often a
// sampled row's nearest neighbour (among all rows) is the same.
void distancePreservation(const std::vector<Document> &documents) {
    const TfidfMatrix tfidf = buildTfidf(documents);
    std::printf("%zu unique sequences, %zu features\n", documents.size(), tfidf.features.size());
    const Eigen::Index n = tfidf.rows.rows();
    std::mt19937 random(5);
    std::vector<Eigen::Index> sample;
    for (int i = 0; i < 300; ++i) {
        const Eigen::Index row = Eigen::Index(random() % std::size_t(n));
        if (tfidf.rows.row(row).nonZeros() > 0) sample.push_back(row);
    }
    // Full cosine distances from the sample to everything (sparse products).
    Eigen::SparseMatrix<float, Eigen::RowMajor> sampleRows(Eigen::Index(sample.size()), tfidf.rows.cols());
    {
        std::vector<Eigen::Triplet<float>> triplets;
        for (std::size_t s = 0; s < sample.size(); ++s)
            for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(tfidf.rows, sample[s]); it; ++it)
                triplets.emplace_back(int(s), int(it.col()), it.value());
        sampleRows.setFromTriplets(triplets.begin(), triplets.end());
    }
    const Eigen::MatrixXf fullDots = Eigen::MatrixXf(sampleRows * tfidf.rows.transpose());
    std::printf("%10s %9s %14s %14s %12s\n", "dimensions", "seconds", "mean |error|", "error < 0.05", "same 1-NN");
    for (int dimensions : {16, 32, 64, 128, 200, 256, 400}) {
        Eigen::MatrixXf rows;
        const double seconds = timed([&] { rows = makeTfidfSvdEmbedder({dimensions})->fitTransform(documents); });
        Eigen::MatrixXf sampleReduced(Eigen::Index(sample.size()), rows.cols());
        for (std::size_t s = 0; s < sample.size(); ++s)
            sampleReduced.row(Eigen::Index(s)) = rows.row(sample[s]);
        const Eigen::MatrixXf reducedDots = sampleReduced * rows.transpose();
        double error = 0;
        long pairs = 0, close = 0, sameNearest = 0;
        for (std::size_t s = 0; s < sample.size(); ++s) {
            Eigen::Index nearestFull = -1, nearestReduced = -1;
            float bestFull = 3, bestReduced = 3;
            for (Eigen::Index j = 0; j < n; ++j) {
                if (j == sample[s] || tfidf.rows.row(j).nonZeros() == 0) continue;
                const float full = std::max(0.0f, 1 - fullDots(Eigen::Index(s), j));
                const float reduced = std::max(0.0f, 1 - reducedDots(Eigen::Index(s), j));
                const double e = std::abs(double(full) - reduced);
                error += e;
                close += e < 0.05;
                ++pairs;
                if (full < bestFull) bestFull = full, nearestFull = j;
                if (reduced < bestReduced) bestReduced = reduced, nearestReduced = j;
            }
            // Same neighbour, or one at the same full distance (duplicates in TF-IDF space are common).
            sameNearest += nearestFull == nearestReduced ||
                           std::abs(std::max(0.0f, 1 - fullDots(Eigen::Index(s), nearestReduced)) - bestFull) < 1e-6f;
        }
        std::printf("%10d %9.3f %14.4f %13.1f%% %11.1f%%\n", dimensions, seconds, error / double(pairs),
                    100.0 * double(close) / double(pairs), 100.0 * double(sameNearest) / double(sample.size()));
    }
}

void realDataBenchmarks(const std::filesystem::path &corpora) {
    std::vector<std::filesystem::path> roots;
    for (const char *sub : {"benign", "malicious/known"})
        if (std::filesystem::is_directory(corpora / sub)) roots.push_back(corpora / sub);
    if (roots.empty()) {
        std::printf("\n(no corpora under %s: real-data part skipped)\n", corpora.string().c_str());
        return;
    }
    const CorpusRead read = readPackages(discoverPackages(roots).packages, ReadOptions{}, 2);
    std::set<std::vector<std::string>> unique;
    ScriptAnalyzer analyzer;
    for (const Package &package : read.packages)
        for (const Script &script : package.scripts) {
            if (script.scope != Scope::Install) continue;
            const CallSequence sequence = analyzer.analyze(script.text);
            Document doc;
            for (const CallToken &call : sequence.calls)
                doc.push_back(call.name);
            unique.insert(std::move(doc));
        }
    const std::vector<Document> documents(unique.begin(), unique.end());
    std::printf("\n== Real install scripts (benign + known), %zu packages read\n", read.packages.size());
    distancePreservation(documents);
    for (int dimensions : {128, 200}) {
        const Eigen::MatrixXf rows = makeTfidfSvdEmbedder({dimensions})->fitTransform(documents);
        Clustering result;
        const double seconds = timed([&] { result = hdbscanCosine(rows, {2, 20}); });
        const auto noise = std::count(result.labels.begin(), result.labels.end(), -1);
        std::printf("HDBSCAN on %zu real sequences at %d dimensions: %.3f s (cpu %.3f s), %d clusters, %.1f%% noise, "
                    "peak %.0f MiB\n",
                    documents.size(), dimensions, seconds, lastCpu, result.clusterCount,
                    100.0 * double(noise) / double(documents.size()), peakMiB());
    }
}

} // namespace

int main(int argc, char **argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const std::string part = argc > 2 ? argv[2] : "all";
    if (part != "real") clusteringBenchmarks();
    if (part != "real") clusteringAndRankingBenchmark();
    if (part == "all" || part == "synthetic") embeddingBenchmark();
    if (part == "all" || part == "real") realDataBenchmarks(argc > 1 ? argv[1] : MPH_CORPORA_DIR);
    return 0;
}
