// The 2-D map: exact and approximate neighbour graphs, determinism, cluster separation, tiny inputs.
#include "projection/neighbours.h"
#include "projection/projection.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace mph;

namespace {

// `counts[c]` points around each of len(counts) random unit centres in `dims` dimensions, normalised.
Eigen::MatrixXf blobs(const std::vector<int> &counts, int dims, float noise, unsigned seed, std::vector<int> *labels) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0, 1);
    int n = 0;
    for (int c : counts)
        n += c;
    Eigen::MatrixXf out(n, dims);
    int row = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        Eigen::RowVectorXf centre(dims);
        for (int d = 0; d < dims; ++d)
            centre(d) = normal(rng);
        centre.normalize();
        for (int i = 0; i < counts[c]; ++i, ++row) {
            for (int d = 0; d < dims; ++d)
                out(row, d) = centre(d) + noise * normal(rng) / std::sqrt(float(dims));
            out.row(row).normalize();
            if (labels) labels->push_back(static_cast<int>(c));
        }
    }
    return out;
}

bool identical(const Eigen::MatrixX2f &a, const Eigen::MatrixX2f &b) {
    return a.rows() == b.rows() && std::memcmp(a.data(), b.data(), sizeof(float) * std::size_t(a.size())) == 0;
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT
  private slots:
    void exactNeighboursByHand();
    void approximateNeighboursRecall();
    void deterministicForAnyThreadCount();
    void deterministicApproximatePath();
    void seedMatters();
    void separatesWellSeparatedBlobs();
    void tinyInputs();
    void duplicates();
};

void TestProjection::exactNeighboursByHand() {
    // (1,0), (0.8,0.6), (0,1), (-1,0): d(0,1) = 0.2, d(0,2) = 1, d(0,3) = 2, d(1,2) = 0.4, d(1,3) = 1.8, d(2,3) = 1.
    Eigen::MatrixXf points(4, 2);
    points << 1, 0, 0.8f, 0.6f, 0, 1, -1, 0;
    const NeighbourGraph g = exactNeighbours(points, 2, 1);
    QCOMPARE(g.index, (std::vector<std::uint32_t>{1, 2, 0, 2, 1, 0, 2, 1})); // row 2: 0 and 3 tie at 1, by index
    const std::vector<float> expected{0.2f, 1, 0.2f, 0.4f, 0.4f, 1, 1, 1.8f};
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY(std::abs(g.distance[i] - expected[i]) < 1e-6f);
}

void TestProjection::approximateNeighboursRecall() {
    const Eigen::MatrixXf points = blobs(std::vector<int>(20, 100), 32, 0.8f, 3, nullptr);
    const NeighbourGraph exact = exactNeighbours(points, 10, 2);
    const NeighbourGraph approx = approximateNeighbours(points, 10, 42, 2);
    int found = 0;
    for (std::size_t i = 0; i < 2000; ++i)
        for (std::size_t a = 0; a < 10; ++a)
            for (std::size_t e = 0; e < 10; ++e)
                found += approx.index[i * 10 + a] == exact.index[i * 10 + e];
    const double recall = found / 20000.0;
    qInfo("NN-descent recall@10 on 2,000 clustered 32-D points: %.4f", recall);
    QVERIFY(recall > 0.95);
    for (std::size_t i = 0; i < 2000; ++i) // sorted, never itself
        for (std::size_t a = 0; a < 10; ++a) {
            QVERIFY(approx.index[i * 10 + a] != i);
            if (a > 0) QVERIFY(approx.distance[i * 10 + a - 1] <= approx.distance[i * 10 + a]);
        }
}

void TestProjection::deterministicForAnyThreadCount() {
    const Eigen::MatrixXf points = blobs({200, 150, 100}, 48, 0.7f, 5, nullptr);
    ProjectionOptions options;
    options.epochs = 100;
    options.parallelEpochFrom = 0; // share the SGD epochs among threads even at this size
    options.jobs = 1;
    const Eigen::MatrixX2f one = projectToPlane(points, options);
    options.jobs = 2;
    const Eigen::MatrixX2f two = projectToPlane(points, options);
    const Eigen::MatrixX2f again = projectToPlane(points, options);
    QVERIFY(one.allFinite());
    QVERIFY(identical(one, two));
    QVERIFY(identical(two, again));
}

void TestProjection::deterministicApproximatePath() {
    const Eigen::MatrixXf points = blobs({300, 300}, 32, 0.7f, 6, nullptr);
    ProjectionOptions options;
    options.exactLimit = 100; // force NN-descent
    options.epochs = 60;
    options.parallelEpochFrom = 0;
    options.jobs = 1;
    const Eigen::MatrixX2f one = projectToPlane(points, options);
    options.jobs = 2;
    QVERIFY(identical(one, projectToPlane(points, options)));
}

void TestProjection::seedMatters() {
    const Eigen::MatrixXf points = blobs({100, 100}, 16, 0.7f, 7, nullptr);
    ProjectionOptions options;
    options.epochs = 50;
    const Eigen::MatrixX2f a = projectToPlane(points, options);
    options.seed = 43;
    QVERIFY(!identical(a, projectToPlane(points, options)));
}

void TestProjection::separatesWellSeparatedBlobs() {
    // Two blobs in 64-D with nearly orthogonal centres (in-blob cosine distance ~0.2, across ~1).
    for (int approximate = 0; approximate < 2; ++approximate) {
        std::vector<int> labels;
        const Eigen::MatrixXf points = blobs({250, 150}, 64, 0.5f, 11, &labels);
        ProjectionOptions options;
        if (approximate) options.exactLimit = 100;
        const Eigen::MatrixX2f map = projectToPlane(points, options);
        Eigen::RowVector2f centre[2] = {Eigen::RowVector2f::Zero(), Eigen::RowVector2f::Zero()};
        int count[2] = {0, 0};
        for (Eigen::Index i = 0; i < map.rows(); ++i)
            centre[labels[std::size_t(i)]] += map.row(i), ++count[labels[std::size_t(i)]];
        for (int c = 0; c < 2; ++c)
            centre[c] /= float(count[c]);
        // Every point lies on its own blob's side of the bisector of the two 2-D centres, with a margin...
        const Eigen::RowVector2f axis = (centre[1] - centre[0]).normalized();
        const float middle = (centre[0] + centre[1]).dot(axis) / 2;
        float max0 = -1e30f, min1 = 1e30f, spread = 0;
        for (Eigen::Index i = 0; i < map.rows(); ++i) {
            const float t = map.row(i).dot(axis);
            const int c = labels[std::size_t(i)];
            if (c == 0)
                max0 = std::max(max0, t);
            else
                min1 = std::min(min1, t);
            spread = std::max(spread, (map.row(i) - centre[c]).norm());
        }
        qInfo("approximate=%d: gap along the axis %.2f, centre distance %.2f, largest radius %.2f", approximate,
              min1 - max0, (centre[1] - centre[0]).norm(), spread);
        QVERIFY(max0 < middle && middle < min1);
        // ... and the blobs are further apart than they are wide.
        QVERIFY((centre[1] - centre[0]).norm() > 2 * spread);
    }
}

void TestProjection::tinyInputs() {
    ProjectionOptions options;
    QCOMPARE(projectToPlane(Eigen::MatrixXf(0, 8), options).rows(), Eigen::Index(0));
    Eigen::MatrixXf one(1, 3);
    one << 1, 0, 0;
    QVERIFY(projectToPlane(one, options).isZero());
    Eigen::MatrixXf two(2, 3);
    two << 1, 0, 0, 0, 1, 0;
    Eigen::MatrixX2f expected(2, 2);
    expected << -1, 0, 1, 0;
    QCOMPARE(projectToPlane(two, options), expected);
    two.row(1) = two.row(0);
    QVERIFY(projectToPlane(two, options).isZero());
    Eigen::MatrixXf three(3, 3);
    three << 1, 0, 0, 0, 1, 0, 0, 0, 1;
    const Eigen::MatrixX2f map = projectToPlane(three, options);
    QVERIFY(map.allFinite());
    QVERIFY((map.row(0) - map.row(1)).norm() > 0 && (map.row(1) - map.row(2)).norm() > 0);
    // More neighbours asked than there are points.
    options.neighbours = 50;
    QVERIFY(projectToPlane(three, options).allFinite());
}

void TestProjection::duplicates() {
    // All rows equal: a finite, small layout.
    Eigen::MatrixXf same = Eigen::MatrixXf::Zero(40, 4);
    same.col(0).setOnes();
    const Eigen::MatrixX2f a = projectToPlane(same, ProjectionOptions{});
    QVERIFY(a.allFinite());
    // Exact duplicates inside structured data land close together compared with the map's extent.
    Eigen::MatrixXf points = blobs({150, 150}, 32, 0.7f, 13, nullptr);
    for (Eigen::Index i = 0; i < 20; ++i)
        points.row(299 - i) = points.row(i * 7);
    const Eigen::MatrixX2f map = projectToPlane(points, ProjectionOptions{});
    const float extent = (map.colwise().maxCoeff() - map.colwise().minCoeff()).norm();
    for (Eigen::Index i = 0; i < 20; ++i)
        QVERIFY((map.row(299 - i) - map.row(i * 7)).norm() < 0.05f * extent);
}

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"
