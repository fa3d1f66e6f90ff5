// Projection speed and quality on synthetic clustered unit vectors (128-D).
//   bench_projection [n ...]        default: 10000 100000
// For each n: seconds for the whole projection, the k-NN recall of NN-descent against the exact graph on a sample
// (when n is above the exact limit), and how well the map keeps clusters: the share of points whose nearest 2-D
// neighbour belongs to the same synthetic cluster. Wall and CPU seconds: on a shared machine, CPU seconds / threads
// is the uncontended wall time.
#include "projection/neighbours.h"
#include "projection/projection.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

namespace {

struct Data {
    Eigen::MatrixXf points;
    std::vector<int> cluster;
};

// 100 centres with uneven sizes; each point = centre + Gaussian noise, normalised (cosine to its centre about 0.8).
Data clustered(int n, int dims, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0, 1);
    const int centres = 100;
    Eigen::MatrixXf centre(centres, dims);
    for (Eigen::Index i = 0; i < centre.size(); ++i)
        centre.data()[i] = normal(rng);
    centre.rowwise().normalize();
    Data data{Eigen::MatrixXf(n, dims), std::vector<int>(static_cast<std::size_t>(n))};
    std::uniform_real_distribution<float> uniform(0, 1);
    for (int i = 0; i < n; ++i) {
        const int c = static_cast<int>(centres * uniform(rng) * uniform(rng)); // skewed sizes
        data.cluster[static_cast<std::size_t>(i)] = c;
        for (int d = 0; d < dims; ++d)
            data.points(i, d) = centre(c, d) + 0.75f * normal(rng) / std::sqrt(float(dims));
        data.points.row(i).normalize();
    }
    return data;
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double cpuSeconds(std::clock_t since) {
    return static_cast<double>(std::clock() - since) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv) {
    std::vector<int> sizes;
    for (int a = 1; a < argc; ++a)
        sizes.push_back(std::atoi(argv[a]));
    if (sizes.empty()) sizes = {10000, 100000};
    const int threads = omp_get_max_threads();
    std::printf("threads: %d\n", threads);
    for (int n : sizes) {
        const Data data = clustered(n, 128, 7);
        mph::ProjectionOptions options;
        if (n > options.exactLimit) {
            // NN-descent quality on a sample of 500 points against brute force.
            auto start = std::chrono::steady_clock::now();
            const std::clock_t cpu = std::clock();
            const mph::NeighbourGraph approx = mph::approximateNeighbours(data.points, 15, 42, threads);
            const double knnSeconds = seconds(start), knnCpu = cpuSeconds(cpu);
            long found = 0, total = 0;
            for (int s = 0; s < 500; ++s) {
                const int i = static_cast<int>((static_cast<long>(s) * n) / 500);
                const Eigen::VectorXf dots = data.points * data.points.row(i).transpose();
                std::vector<std::pair<float, int>> all;
                for (int j = 0; j < n; ++j)
                    if (j != i) all.emplace_back(1 - dots(j), j);
                std::partial_sort(all.begin(), all.begin() + 15, all.end());
                for (int q = 0; q < 15; ++q, ++total)
                    for (int r = 0; r < 15; ++r)
                        if (approx.index[static_cast<std::size_t>(i) * 15 + static_cast<std::size_t>(r)] ==
                            static_cast<std::uint32_t>(all[static_cast<std::size_t>(q)].second))
                            ++found;
            }
            std::printf("n=%d  nn-descent: wall %.2f s, cpu %.2f s, recall@15 %.3f\n", n, knnSeconds, knnCpu,
                        static_cast<double>(found) / static_cast<double>(total));
        }
        mph::ProjectionOptions noLayout = options;
        noLayout.epochs = 0;
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu = std::clock();
        mph::projectToPlane(data.points, noLayout);
        std::printf("n=%d  graph + initialisation only: wall %.2f s, cpu %.2f s\n", n, seconds(start), cpuSeconds(cpu));
        start = std::chrono::steady_clock::now();
        cpu = std::clock();
        const Eigen::MatrixX2f map = mph::projectToPlane(data.points, options);
        const double total = seconds(start), totalCpu = cpuSeconds(cpu);
        // Nearest 2-D neighbour in the same cluster, on a sample of 2,000 points.
        int same = 0, checked = 0;
        for (int s = 0; s < 2000 && s < n; ++s, ++checked) {
            const int i = static_cast<int>((static_cast<long>(s) * n) / std::min(n, 2000));
            int best = -1;
            float bestD = 0;
            for (int j = 0; j < n; ++j) {
                if (j == i) continue;
                const float d = (map.row(j) - map.row(i)).squaredNorm();
                if (best < 0 || d < bestD) best = j, bestD = d;
            }
            same += data.cluster[static_cast<std::size_t>(best)] == data.cluster[static_cast<std::size_t>(i)];
        }
        std::printf("n=%d  projection: wall %.2f s, cpu %.2f s, 2-D nearest neighbour in the same cluster: %.3f\n", n,
                    total, totalCpu, static_cast<double>(same) / checked);
    }
    return 0;
}
