// Ranking speed on synthetic clustered unit vectors.
//   bench_ranking [dims]          default: 200
// Scores 300 candidates against 20,000 background rows (in 400 clusters, a quarter noise) and 10,000 known rows;
// purifies 10,000 known rows against 5,000 background rows (a tenth of the known rows are near copies of background
// rows). Prints wall and CPU seconds (the machine may be shared: CPU seconds / threads is the uncontended wall time).
#include "ranking/ranking.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>

namespace {

Eigen::MatrixXf clustered(int rows, int dims, const Eigen::MatrixXf &centres, std::mt19937 &rng,
                          std::vector<int> &label) {
    std::normal_distribution<float> normal(0, 1);
    Eigen::MatrixXf out(rows, dims);
    for (int i = 0; i < rows; ++i) {
        const int c = static_cast<int>(rng() % static_cast<unsigned>(centres.rows()));
        label.push_back(c);
        for (int d = 0; d < dims; ++d)
            out(i, d) = centres(c, d) + 0.6f * normal(rng) / std::sqrt(float(dims));
        out.row(i).normalize();
    }
    return out;
}

struct Timer {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
    void print(const char *what) const {
        const double w = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
        const double c = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        std::printf("%-58s wall %.3f s, cpu %.3f s\n", what, w, c);
    }
};

} // namespace

int main(int argc, char **argv) {
    const int dims = argc > 1 ? std::atoi(argv[1]) : 200;
    std::printf("threads: %d, dims: %d\n", omp_get_max_threads(), dims);
    std::mt19937 rng(1);
    std::normal_distribution<float> normal(0, 1);
    Eigen::MatrixXf centres(800, dims);
    for (Eigen::Index i = 0; i < centres.size(); ++i)
        centres.data()[i] = normal(rng);
    centres.rowwise().normalize();

    std::vector<int> labels;
    const Eigen::MatrixXf background = clustered(20000, dims, centres.topRows(400), rng, labels);
    const Eigen::MatrixXf candidates = clustered(300, dims, centres.topRows(420), rng, labels);
    Eigen::MatrixXf known = clustered(10000, dims, centres.bottomRows(500), rng, labels);
    for (Eigen::Index i = 0; i < known.rows(); i += 10) { // near copies of background rows
        known.row(i) = background.row(static_cast<Eigen::Index>(rng() % 5000));
        for (int d = 0; d < dims; ++d)
            known(i, d) += 0.01f * normal(rng);
        known.row(i).normalize();
    }
    Eigen::MatrixXf vectors(30300, dims);
    vectors << background, candidates, known;

    mph::RankingProblem problem;
    problem.vectors = &vectors;
    problem.sizes.assign(30300, 12);
    for (std::uint32_t i = 0; i < 20000; ++i) {
        problem.background.push_back(i);
        problem.backgroundLabels.push_back(i % 4 == 0 ? -1 : labels[i]);
    }
    for (std::uint32_t i = 20000; i < 20300; ++i) {
        problem.candidates.push_back(i);
        problem.candidateLabels.push_back(i % 3 == 0 ? -1 : labels[i]);
    }
    for (std::uint32_t i = 20300; i < 30300; ++i)
        problem.known.push_back(i);

    mph::RankingOptions options;
    problem.knownIsPurified = true;
    scoreCandidates(problem, options); // warm up
    {
        Timer t;
        const auto scores = scoreCandidates(problem, options);
        t.print("score 300 x (20,000 background + 10,000 known)");
        std::printf("  first score %.4f, d_b %.4f, d_m %.4f\n", scores[0].score, scores[0].dB, scores[0].dM);
    }
    const std::vector<std::uint32_t> background5k(problem.background.begin(), problem.background.begin() + 5000);
    {
        Timer t;
        const auto kept = mph::purifyKnown(vectors, problem.known, background5k, 0.05);
        t.print("purify 10,000 known against 5,000 background (pruned)");
        std::printf("  kept %zu of %zu\n", kept.size(), problem.known.size());
    }
    {
        Timer t;
        const Eigen::MatrixXf dots = known * background.topRows(5000).transpose();
        std::size_t kept = 0;
        for (Eigen::Index i = 0; i < dots.rows(); ++i)
            kept += dots.row(i).maxCoeff() > 0.95f ? 0 : 1;
        t.print("  for comparison: dense GEMM 10,000 x 5,000");
        std::printf("  kept %zu\n", kept);
    }
    {
        problem.knownIsPurified = false;
        Timer t;
        scoreCandidates(problem, options);
        t.print("score with purification of 10,000 known vs 20,000 background");
    }
    return 0;
}
