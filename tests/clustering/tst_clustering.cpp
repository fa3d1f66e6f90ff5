// HDBSCAN on small inputs whose results are derived by hand (points on the unit circle), the exact spanning tree
// against a brute-force Prim's, and the properties the pipeline relies on.
#include "clustering/cluster_tree.h"
#include "clustering/hdbscan.h"
#include "clustering/mutual_reachability.h"

#include <Eigen/Dense>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

using namespace mph;

namespace {

Eigen::MatrixXf onCircle(const std::vector<double> &degrees) {
    Eigen::MatrixXf points(Eigen::Index(degrees.size()), 2);
    for (std::size_t i = 0; i < degrees.size(); ++i) {
        const double radians = degrees[i] * std::numbers::pi / 180.0;
        points(Eigen::Index(i), 0) = float(std::cos(radians));
        points(Eigen::Index(i), 1) = float(std::sin(radians));
    }
    return points;
}

double cosineGap(double degrees) {
    return 1.0 - std::cos(degrees * std::numbers::pi / 180.0);
}

Eigen::MatrixXf normalized(Eigen::MatrixXf points) {
    points.rowwise().normalize();
    return points;
}

// Gaussian blobs around random unit centres plus uniform noise, rows normalised.
Eigen::MatrixXf blobs(int perBlob, int blobCount, int noise, int dimensions, float spread, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0, 1);
    Eigen::MatrixXf points(perBlob * blobCount + noise, dimensions);
    Eigen::Index row = 0;
    for (int b = 0; b < blobCount; ++b) {
        Eigen::VectorXf centre(dimensions);
        for (auto &v : centre)
            v = normal(random);
        centre.normalize();
        for (int i = 0; i < perBlob; ++i, ++row)
            for (int d = 0; d < dimensions; ++d)
                points(row, d) = centre(d) + spread * normal(random);
    }
    for (int i = 0; i < noise; ++i, ++row)
        for (int d = 0; d < dimensions; ++d)
            points(row, d) = normal(random);
    return normalized(points);
}

// The library's own pairwise distance (one canonical float value per pair), so that exact comparisons hold.
float distance(const Eigen::MatrixXf &points, Eigen::Index a, Eigen::Index b) {
    return cosineDistance(points, a, b);
}

// The reference: sorted distances for core distances, Prim's on the dense mutual-reachability graph.
struct BruteForce {
    std::vector<float> core;
    double treeWeight = 0;
    std::vector<MstEdge> edges;
};

BruteForce bruteForce(const Eigen::MatrixXf &points, int kSelf) {
    const Eigen::Index n = points.rows();
    BruteForce result;
    for (Eigen::Index i = 0; i < n; ++i) {
        std::vector<float> row;
        for (Eigen::Index j = 0; j < n; ++j)
            row.push_back(distance(points, i, j));
        std::sort(row.begin(), row.end());
        result.core.push_back(row[std::size_t(kSelf - 1)]);
    }
    std::vector<bool> inTree(std::size_t(n), false);
    std::vector<double> best(std::size_t(n), 1e30);
    std::vector<int> from(std::size_t(n), -1);
    Eigen::Index current = 0;
    for (Eigen::Index step = 1; step < n; ++step) {
        inTree[std::size_t(current)] = true;
        Eigen::Index next = -1;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (inTree[std::size_t(j)]) continue;
            const double w = std::max(
                {result.core[std::size_t(current)], result.core[std::size_t(j)], distance(points, current, j)});
            if (w < best[std::size_t(j)]) best[std::size_t(j)] = w, from[std::size_t(j)] = int(current);
            if (next < 0 || best[std::size_t(j)] < best[std::size_t(next)]) next = j;
        }
        result.treeWeight += best[std::size_t(next)];
        result.edges.push_back({from[std::size_t(next)], int(next), float(best[std::size_t(next)])});
        current = next;
    }
    return result;
}

// Same partition: a bijection between labels, noise to noise.
bool samePartition(const std::vector<int> &a, const std::vector<int> &b) {
    if (a.size() != b.size()) return false;
    std::map<int, int> forward, backward;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if ((a[i] < 0) != (b[i] < 0)) return false;
        if (a[i] < 0) continue;
        if (forward.emplace(a[i], b[i]).first->second != b[i]) return false;
        if (backward.emplace(b[i], a[i]).first->second != a[i]) return false;
    }
    return true;
}

} // namespace

class TestClustering : public QObject {
    Q_OBJECT
  private slots:
    // Ten points on the unit circle: A = 0,2,4,6 degrees; A' = 60,62,64,66; B = 180,181.
    // min_samples 3 (the point itself and two more): cores A: 0 and 6 -> 1-cos 4 (0.002436), 2 and 4 -> 1-cos 2
    // (0.000609); B: 180 -> 1-cos 114 (its 2nd neighbour is 66), 181 -> 1-cos 115. Tree edges, heaviest first:
    // 181-180 at 1-cos 115 = 1.422618, 180-66 at 1-cos 114 = 1.406737, 6-60 at 1-cos 54 = 0.412215, then A and A'
    // inside. Condensed tree (min_cluster_size 2): 181 and then 180 fall out of the root; at 0.412215 the root splits
    // into A and A' (4 points each, born at lambda 2.4259). A's points leave at 1/(1-cos 4) (0 and 6) and
    // 1/(1-cos 2) (2 and 4): stability about 4100 each, no children, both selected; the root never is.
    // So A -> 0, A' -> 1, B noise. GLOSH: 0 and 6 get 1 - (1-cos 2)/(1-cos 4) = 0.7501; 181 is the most outlying.
    void handExampleMinSamplesThree() {
        const Eigen::MatrixXf points = onCircle({0, 2, 4, 6, 60, 62, 64, 66, 180, 181});
        const Clustering c = hdbscanCosine(points, {2, 3});
        QCOMPARE(c.labels, (std::vector<int>{0, 0, 0, 0, 1, 1, 1, 1, -1, -1}));
        QCOMPARE(c.clusterCount, 2);
        QVERIFY(std::abs(c.coreDistances[0] - cosineGap(4)) < 1e-5);
        QVERIFY(std::abs(c.coreDistances[1] - cosineGap(2)) < 1e-5);
        QVERIFY(std::abs(c.coreDistances[8] - cosineGap(114)) < 1e-5);
        QVERIFY(std::abs(c.coreDistances[9] - cosineGap(115)) < 1e-5);
        QVERIFY(std::abs(c.outlierScores[0] - (1 - cosineGap(2) / cosineGap(4))) < 2e-3);
        QVERIFY(std::abs(c.outlierScores[3] - (1 - cosineGap(2) / cosineGap(4))) < 2e-3);
        QVERIFY(c.outlierScores[1] < 2e-3 && c.outlierScores[2] < 2e-3);
        // 181 leaves the root at lambda 1/1.422618, lambda_max of the root is 1/(1-cos 2).
        QVERIFY(std::abs(c.outlierScores[9] - (1 - cosineGap(2) / cosineGap(115))) < 1e-4);
        const auto highest = std::max_element(c.outlierScores.begin(), c.outlierScores.end());
        QCOMPARE(int(highest - c.outlierScores.begin()), 9);
    }

    // The same points with min_samples 2 (nearest other point): B's cores become 1-cos 1, so B is a pair of 2 that
    // splits off the root at 1-cos 114 together with A+A' (both parts >= 2): B is a cluster (stability
    // 2 (1/(1-cos 1) - 1/(1-cos 114)) = 13131). A+A' (born at 1/1.406737, split at 1/0.412215) has stability
    // 8 (2.4259 - 0.7109) = 13.7 < A + A' (2 * 4 (1641.6 - 2.43)): A and A' are selected.
    void handExampleMinSamplesTwo() {
        const Eigen::MatrixXf points = onCircle({0, 2, 4, 6, 60, 62, 64, 66, 180, 181});
        const Clustering c = hdbscanCosine(points, {2, 2});
        QCOMPARE(c.labels, (std::vector<int>{0, 0, 0, 0, 1, 1, 1, 1, 2, 2}));
        QVERIFY(std::abs(c.coreDistances[8] - cosineGap(1)) < 1e-5);
        for (float score : c.outlierScores)
            QVERIFY(score < 2e-3);
    }

    // The condensed tree of the first example, row by row.
    void condensedTreeOfHandExample() {
        const Eigen::MatrixXf points = onCircle({0, 2, 4, 6, 60, 62, 64, 66, 180, 181});
        MutualReachabilityTree tree = mutualReachabilityTree(points, 3);
        double total = 0;
        for (const MstEdge &e : tree.edges)
            total += e.weight;
        const double expected = 1.422618 + 1.406737 + 0.412215 + 2 * (cosineGap(2) + 2 * cosineGap(4));
        QVERIFY(std::abs(total - expected) < 1e-4);
        const ClusterTree ct = clusterTreeFromMst(10, tree.edges, 2);
        QCOMPARE(ct.stability.size(), std::size_t(3)); // root, A, A'
        QCOMPARE(ct.selected, (std::vector<bool>{false, true, true}));
        const double birth = 1 / 0.412215;
        const double stabilityA = 2 * (1 / cosineGap(4) - birth) + 2 * (1 / cosineGap(2) - birth);
        QVERIFY(std::abs(ct.stability[1] - stabilityA) / stabilityA < 2e-3);
        int rootRows = 0;
        for (const CondensedRow &row : ct.condensed)
            if (row.parent == 10) {
                ++rootRows;
                if (row.child == 9) QVERIFY(std::abs(row.lambda - 1 / 1.422618) < 1e-4);
                if (row.child == 8) QVERIFY(std::abs(row.lambda - 1 / 1.406737) < 1e-4);
                if (row.child >= 10) {
                    QVERIFY(std::abs(row.lambda - birth) < 1e-3);
                    QCOMPARE(row.childSize, 4);
                }
            }
        QCOMPARE(rootRows, 4); // 181, 180, A, A'
    }

    void smallInputs() {
        QCOMPARE(hdbscanCosine(Eigen::MatrixXf(0, 3), {}).labels.size(), std::size_t(0));
        const Clustering one = hdbscanCosine(onCircle({10}), {});
        QCOMPARE(one.labels, std::vector<int>{-1});
        QCOMPARE(one.outlierScores, std::vector<float>{0.0f});
        const Clustering two = hdbscanCosine(onCircle({10, 20}), {});
        QCOMPARE(two.labels, (std::vector<int>{-1, -1}));
        QCOMPARE(two.clusterCount, 0);
        // n < min_samples: k is clamped to n - 1 = 4 (the point and 3 more), the 3rd nearest other point.
        const Clustering five = hdbscanCosine(onCircle({0, 10, 20, 30, 40}), {2, 20});
        QCOMPARE(five.labels.size(), std::size_t(5));
        QVERIFY(std::abs(five.coreDistances[0] - cosineGap(30)) < 1e-5);
        QVERIFY(std::abs(five.coreDistances[2] - cosineGap(20)) < 1e-5);
    }

    void identicalPoints() {
        // All 30 merge at distance 0 in one 30-way split into single points: the root is the only cluster, and the
        // root is never selected (allow_single_cluster = false), so all are noise, each at lambda_max: score 0.
        const Eigen::MatrixXf points = onCircle(std::vector<double>(30, 42.0));
        const Clustering c = hdbscanCosine(points, {2, 5});
        QCOMPARE(c.labels, std::vector<int>(30, -1));
        QCOMPARE(c.clusterCount, 0);
        QCOMPARE(c.coreDistances, std::vector<float>(30, 0.0f));
        QCOMPARE(c.outlierScores, std::vector<float>(30, 0.0f));
        // Duplicates next to other points: a duplicate group stays together.
        std::vector<double> degrees(10, 0.0);
        for (int i = 0; i < 10; ++i)
            degrees.push_back(90.0 + i);
        const Clustering mixed = hdbscanCosine(onCircle(degrees), {2, 3});
        for (int i = 1; i < 10; ++i)
            QCOMPARE(mixed.labels[std::size_t(i)], mixed.labels[0]);
        QVERIFY(mixed.labels[0] >= 0);
        QVERIFY(mixed.labels[0] != mixed.labels[10]);
    }

    void zeroRowsDoNotBreakIt() {
        Eigen::MatrixXf points = blobs(20, 2, 0, 8, 0.05f, 3);
        points.row(5).setZero();
        const Clustering c = hdbscanCosine(points, {2, 5});
        QCOMPARE(c.labels.size(), std::size_t(40));
        for (float s : c.outlierScores)
            QVERIFY(s >= 0 && s <= 1);
    }

    void isolatedPointIsNoiseWithHighestScore() {
        Eigen::MatrixXf points = blobs(40, 2, 0, 16, 0.08f, 5);
        points.conservativeResize(81, Eigen::NoChange);
        // Orthogonal-ish to everything: a fresh random direction.
        std::mt19937 random(99);
        std::normal_distribution<float> normal(0, 1);
        for (int d = 0; d < 16; ++d)
            points(80, d) = normal(random);
        points.row(80).normalize();
        const Clustering c = hdbscanCosine(points, {2, 5});
        QCOMPARE(c.labels[80], -1);
        const auto highest = std::max_element(c.outlierScores.begin(), c.outlierScores.end());
        QCOMPARE(int(highest - c.outlierScores.begin()), 80);
    }

    void twoSeparatedBlobs() {
        const Eigen::MatrixXf points = blobs(60, 2, 0, 16, 0.05f, 8);
        const Clustering c = hdbscanCosine(points, {2, 10});
        QCOMPARE(c.clusterCount, 2);
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(c.labels[std::size_t(i)], 0);
            QCOMPARE(c.labels[std::size_t(60 + i)], 1);
        }
    }

    void permutationKeepsPartition() {
        const Eigen::MatrixXf points = blobs(50, 6, 30, 12, 0.1f, 13);
        const Clustering original = hdbscanCosine(points, {2, 5});
        std::vector<int> order(std::size_t(points.rows()));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937(4));
        Eigen::MatrixXf shuffled(points.rows(), points.cols());
        for (std::size_t i = 0; i < order.size(); ++i)
            shuffled.row(Eigen::Index(i)) = points.row(order[i]);
        const Clustering permuted = hdbscanCosine(shuffled, {2, 5});
        std::vector<int> back(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            back[std::size_t(order[i])] = permuted.labels[i];
        QVERIFY(original.clusterCount >= 6);
        QCOMPARE(permuted.clusterCount, original.clusterCount);
        QVERIFY(samePartition(original.labels, back));
        for (std::size_t i = 0; i < order.size(); ++i)
            QVERIFY(std::abs(permuted.outlierScores[i] - original.outlierScores[std::size_t(order[i])]) < 1e-4f);
    }

    // The tree is exact: same core distances and same total weight as brute force, with short lists (few edges
    // certified from them) and a low contracted limit (exact Boruvka rounds over all pairs first), on clustered and
    // uniform data and on a circle full of duplicates.
    void spanningTreeMatchesBruteForce_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("listExtra");
        QTest::addColumn<int>("kSelf");
        QTest::addColumn<int>("contractedLimit");
        QTest::newRow("clustered, lists k + 0, k 5, Boruvka to the end") << 0 << 0 << 5 << 1;
        QTest::newRow("clustered, lists k + 3, k 5, contracted at 20") << 0 << 3 << 5 << 20;
        QTest::newRow("clustered, lists k + 0, k 1, Boruvka to the end") << 0 << 0 << 1 << 1;
        QTest::newRow("clustered, lists k + 12, k 5, contracted at once") << 0 << 12 << 5 << 1024;
        QTest::newRow("uniform, lists k + 2, k 20, Boruvka to the end") << 1 << 2 << 20 << 1;
        QTest::newRow("uniform, lists k + 12, k 20, contracted at 10") << 1 << 12 << 20 << 10;
        QTest::newRow("circle with duplicates, lists k + 0, k 3, Boruvka") << 2 << 0 << 3 << 1;
        QTest::newRow("circle with duplicates, lists k + 4, k 3, contracted") << 2 << 4 << 3 << 1024;
    }
    void spanningTreeMatchesBruteForce() {
        QFETCH(int, kind);
        QFETCH(int, listExtra);
        QFETCH(int, kSelf);
        QFETCH(int, contractedLimit);
        Eigen::MatrixXf points;
        if (kind == 0) points = blobs(60, 5, 40, 10, 0.1f, 17);
        if (kind == 1) points = blobs(0, 0, 300, 6, 0, 19);
        if (kind == 2) {
            std::vector<double> degrees;
            for (int i = 0; i < 120; ++i)
                degrees.push_back(double((i * 37) % 50) * 3.0);
            points = onCircle(degrees);
        }
        TreeOptions options;
        options.listExtra = listExtra;
        options.contractedLimit = contractedLimit;
        const MutualReachabilityTree tree = mutualReachabilityTree(points, kSelf, options);
        const BruteForce reference = bruteForce(points, kSelf);
        QCOMPARE(tree.edges.size(), std::size_t(points.rows() - 1));
        for (std::size_t i = 0; i < reference.core.size(); ++i)
            QVERIFY(std::abs(tree.coreDistances[i] - reference.core[i]) < 1e-6f);
        double total = 0;
        for (const MstEdge &e : tree.edges)
            total += e.weight;
        QVERIFY2(std::abs(total - reference.treeWeight) < 1e-4 * std::max(1.0, reference.treeWeight),
                 qPrintable(QString("tree %1 vs brute force %2").arg(total).arg(reference.treeWeight)));
        // The labels do not depend on the path taken either (lists holding every point: everything certified).
        const ClusterTree small = clusterTreeFromMst(int(points.rows()), tree.edges, 2);
        TreeOptions complete;
        complete.listExtra = int(points.rows());
        const ClusterTree single =
            clusterTreeFromMst(int(points.rows()), mutualReachabilityTree(points, kSelf, complete).edges, 2);
        QVERIFY(samePartition(small.labels, single.labels));
    }

    // The optimised path against the straightforward reference (all distances, sorted rows for core distances,
    // Prim's on the dense graph, then the same condensed tree) on random data of a few hundred points: identical
    // core distances, tree weight equal within 1e-9 relative, labels identical up to renaming, identical GLOSH.
    // Every path is exercised: short and long lists, contracted limits that force exact Boruvka rounds, 1 and 2
    // threads, and data with exact duplicates.
    void optimisedMatchesReference_data() {
        QTest::addColumn<int>("seed");
        QTest::newRow("blobs + noise, 12 dims") << 0;
        QTest::newRow("uniform, 6 dims") << 1;
        QTest::newRow("tight blobs with duplicated rows, 20 dims") << 2;
        QTest::newRow("blobs, 64 dims (kernel remainders)") << 3;
        QTest::newRow("blobs + noise, 12 dims, second draw") << 4;
        QTest::newRow("uniform, 6 dims, second draw") << 5;
    }
    void optimisedMatchesReference() {
        QFETCH(int, seed);
        std::mt19937 random(unsigned(seed) + 100);
        Eigen::MatrixXf points;
        switch (seed % 4) {
        case 0:
            points = blobs(40, 5, 60, 12, 0.1f, unsigned(seed));
            break;
        case 1:
            points = blobs(0, 0, 300, 6, 0, unsigned(seed));
            break;
        case 2:
            points = blobs(30, 6, 40, 20, 0.05f, unsigned(seed));
            for (int i = 0; i < 60; ++i)
                points.row(Eigen::Index(random() % 220)) = points.row(Eigen::Index(random() % 220));
            break;
        default:
            points = blobs(45, 4, 31, 64, 0.12f, unsigned(seed));
            break;
        }
        const int n = int(points.rows());
        for (int kSelf : {1, 20}) {
            const BruteForce reference = bruteForce(points, kSelf);
            const ClusterTree expected = clusterTreeFromMst(n, reference.edges, 2);
            for (int listExtra : {0, 12})
                for (int contractedLimit : {1, 10, 1024})
                    for (int threads : {1, 2}) {
                        TreeOptions options;
                        options.listExtra = listExtra;
                        options.contractedLimit = contractedLimit;
                        options.threads = threads;
                        const MutualReachabilityTree tree = mutualReachabilityTree(points, kSelf, options);
                        const QString where = QString("k %1, list extra %2, contracted limit %3, threads %4")
                                                  .arg(kSelf)
                                                  .arg(listExtra)
                                                  .arg(contractedLimit)
                                                  .arg(threads);
                        QCOMPARE(tree.edges.size(), std::size_t(n - 1));
                        QVERIFY2(tree.coreDistances == reference.core, qPrintable(where));
                        double total = 0;
                        for (const MstEdge &e : tree.edges)
                            total += e.weight;
                        QVERIFY2(
                            std::abs(total - reference.treeWeight) <= 1e-9 * reference.treeWeight,
                            qPrintable(
                                where +
                                QString(": %1 vs %2").arg(total, 0, 'g', 17).arg(reference.treeWeight, 0, 'g', 17)));
                        const ClusterTree actual = clusterTreeFromMst(n, tree.edges, 2);
                        QVERIFY2(samePartition(actual.labels, expected.labels), qPrintable(where));
                        QVERIFY2(actual.outlierScores == expected.outlierScores, qPrintable(where));
                    }
            // And through the public entry point.
            const Clustering c = hdbscanCosine(points, {2, kSelf});
            QVERIFY(samePartition(c.labels, expected.labels));
            QCOMPARE(c.outlierScores, expected.outlierScores);
        }
    }

    void deterministic() {
        const Eigen::MatrixXf points = blobs(100, 8, 100, 32, 0.15f, 23);
        const Clustering a = hdbscanCosine(points, {2, 20}), b = hdbscanCosine(points, {2, 20});
        QCOMPARE(a.labels, b.labels);
        QCOMPARE(a.outlierScores, b.outlierScores);
        QCOMPARE(a.coreDistances, b.coreDistances);
    }
};

QTEST_GUILESS_MAIN(TestClustering)
#include "tst_clustering.moc"
