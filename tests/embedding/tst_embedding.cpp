// TF-IDF values derived by hand, the properties the pipeline relies on (bigram order, identical documents, unit rows,
// empty documents, determinism) and the SVD's preservation of cosine distances.
#include "embedding/embedder.h"
#include "embedding/randomized_svd.h"
#include "embedding/tfidf.h"

#include <Eigen/Dense>
#include <QtTest>

#include <cmath>
#include <random>

using namespace mph;

namespace {

// Documents made of a few templates (shared call runs) with small random edits: the structure real scripts have.
std::vector<Document> templatedDocuments(int count, int templates, unsigned seed) {
    std::mt19937 random(seed);
    std::vector<Document> shapes(static_cast<std::size_t>(templates));
    for (int t = 0; t < templates; ++t)
        for (int i = 0; i < 12; ++i)
            shapes[std::size_t(t)].push_back("t" + std::to_string(t) + ".c" + std::to_string(i % 7));
    std::vector<Document> documents;
    for (int d = 0; d < count; ++d) {
        Document doc = shapes[std::size_t(d % templates)];
        const int edits = int(random() % 4);
        for (int e = 0; e < edits; ++e)
            doc.insert(doc.begin() + std::ptrdiff_t(random() % doc.size()), "x.r" + std::to_string(random() % 40));
        documents.push_back(std::move(doc));
    }
    return documents;
}

double cosineDistance(const Eigen::VectorXf &a, const Eigen::VectorXf &b) {
    return std::max(0.0, 1.0 - double(a.dot(b)));
}

} // namespace

class TestEmbedding : public QObject {
    Q_OBJECT
  private slots:
    void tfidfHandExample() {
        // n = 3. Features: unigrams a, b, c, then bigrams "a b", "b a".
        // df: a 2, b 2, c 1, "a b" 1, "b a" 2  ->  idf = ln(4/3) + 1 = 1.287682 (df 2), ln 2 + 1 = 1.693147 (df 1).
        // D1 = a b a: tf(a) = 1 + ln 2 = 1.693147, the rest 1 -> (2.180227, 1.287682, 0, 1.693147, 1.287682),
        //   norm 3.307023 -> (0.659274, 0.389378, 0, 0.511985, 0.389378).
        // D2 = b a: three features with the same idf -> 1/sqrt(3) each on a, b, "b a".  D3 = c -> (0, 0, 1, 0, 0).
        const TfidfMatrix m = buildTfidf({{"a", "b", "a"}, {"b", "a"}, {"c"}});
        QCOMPARE(m.features, (std::vector<std::string>{"a", "b", "c", "a b", "b a"}));
        QCOMPARE(m.documentFrequency, (std::vector<int>{2, 2, 1, 1, 2}));
        QVERIFY(std::abs(m.idf[0] - 1.287682f) < 1e-5f);
        QVERIFY(std::abs(m.idf[2] - 1.693147f) < 1e-5f);
        const Eigen::MatrixXf dense(m.rows);
        Eigen::MatrixXf expected(3, 5);
        const float s = 1.0f / std::sqrt(3.0f);
        expected << 0.659274f, 0.389378f, 0, 0.511985f, 0.389378f, s, s, 0, 0, s, 0, 0, 1, 0, 0;
        QVERIFY2((dense - expected).cwiseAbs().maxCoeff() < 1e-5f, "TF-IDF values differ from the hand derivation");
    }

    void featureOrderIgnoresDocumentOrder() {
        const TfidfMatrix forward = buildTfidf({{"b", "a"}, {"c", "a"}});
        const TfidfMatrix backward = buildTfidf({{"c", "a"}, {"b", "a"}});
        QCOMPARE(forward.features, backward.features);
        QCOMPARE(forward.features, (std::vector<std::string>{"a", "b", "c", "b a", "c a"}));
    }

    void minDocumentFrequencyDropsRareFeatures() {
        const TfidfMatrix m = buildTfidf({{"a", "b"}, {"a", "c"}, {"d"}}, true, 2);
        QCOMPARE(m.features, (std::vector<std::string>{"a"}));
        QCOMPARE(m.rows.coeff(2, 0), 0.0f); // "d" alone: nothing left, zero row
        QCOMPARE(m.rows.coeff(0, 0), 1.0f);
    }

    void bigramOrderMatters() {
        const std::vector<Document> docs{{"a", "b"}, {"b", "a"}, {"c", "d", "e"}};
        const Eigen::MatrixXf with = makeTfidfSvdEmbedder({})->fitTransform(docs);
        QVERIFY(with.row(0).dot(with.row(1)) < 0.99f);
        TfidfSvdOptions noBigrams;
        noBigrams.bigrams = false;
        const Eigen::MatrixXf without = makeTfidfSvdEmbedder(noBigrams)->fitTransform(docs);
        QVERIFY((without.row(0) - without.row(1)).norm() < 1e-6f);
    }

    void identicalDocumentsUnitRowsEmptyZero() {
        std::vector<Document> docs = templatedDocuments(200, 6, 7);
        docs[10] = docs[3];
        docs[11] = Document{};
        TfidfSvdOptions options;
        options.dimensions = 8; // below both documents and features: the randomised SVD runs
        const Eigen::MatrixXf rows = makeTfidfSvdEmbedder(options)->fitTransform(docs);
        QCOMPARE(rows.rows(), Eigen::Index(200));
        QCOMPARE(rows.cols(), Eigen::Index(8));
        QCOMPARE(rows.row(10), rows.row(3));
        QCOMPARE(rows.row(11).cwiseAbs().maxCoeff(), 0.0f);
        for (Eigen::Index i = 0; i < rows.rows(); ++i)
            if (i != 11) QVERIFY(std::abs(rows.row(i).norm() - 1.0f) < 1e-5f);
    }

    void deterministic() {
        const std::vector<Document> docs = templatedDocuments(300, 9, 11);
        TfidfSvdOptions options;
        options.dimensions = 10;
        const Eigen::MatrixXf first = makeTfidfSvdEmbedder(options)->fitTransform(docs);
        const Eigen::MatrixXf second = makeTfidfSvdEmbedder(options)->fitTransform(docs);
        QVERIFY(first == second);
        options.seed = 7; // another test matrix: other bits, about the same cosines
        const Eigen::MatrixXf other = makeTfidfSvdEmbedder(options)->fitTransform(docs);
        QVERIFY(!(first == other));
        const Eigen::MatrixXf gramFirst = first * first.transpose(), gramOther = other * other.transpose();
        const double meanChange = (gramFirst - gramOther).cwiseAbs().mean();
        qInfo("mean |cosine change| between seeds: %.4f", meanChange);
        QVERIFY(meanChange < 0.05);
    }

    void emptyInputs() {
        QCOMPARE(makeTfidfSvdEmbedder({})->fitTransform({}).rows(), Eigen::Index(0));
        const Eigen::MatrixXf rows = makeTfidfSvdEmbedder({})->fitTransform({{}, {}});
        QCOMPARE(rows.rows(), Eigen::Index(2));
        QVERIFY(rows.size() == 0 || rows.cwiseAbs().maxCoeff() == 0.0f);
    }

    void exactPathsKeepCosines() {
        // dimensions >= features: the TF-IDF rows; documents <= dimensions < features: the exact Gram-matrix SVD.
        const std::vector<Document> docs = templatedDocuments(40, 4, 3);
        const Eigen::MatrixXf tfidf(buildTfidf(docs).rows);
        QVERIFY(tfidf.cols() > 40);
        TfidfSvdOptions wide;
        wide.dimensions = int(tfidf.cols());
        QVERIFY((makeTfidfSvdEmbedder(wide)->fitTransform(docs) - tfidf).cwiseAbs().maxCoeff() < 1e-6f);
        TfidfSvdOptions gram;
        gram.dimensions = 40;
        const Eigen::MatrixXf rows = makeTfidfSvdEmbedder(gram)->fitTransform(docs);
        QCOMPARE(rows.cols(), Eigen::Index(40));
        const Eigen::MatrixXf expected = tfidf * tfidf.transpose(), actual = rows * rows.transpose();
        QVERIFY((expected - actual).cwiseAbs().maxCoeff() < 1e-4f);
    }

    void randomizedSvdFindsExactLowRank() {
        // A rank-3 sparse matrix: its three singular values are found to float precision.
        std::mt19937 random(5);
        std::uniform_real_distribution<float> uniform(-1, 1);
        Eigen::MatrixXf left(300, 3), right(3, 500);
        for (Eigen::Index i = 0; i < left.size(); ++i)
            left.data()[i] = uniform(random);
        for (Eigen::Index i = 0; i < right.size(); ++i)
            right.data()[i] = (random() % 5 == 0) ? uniform(random) : 0;
        const Eigen::MatrixXf dense = left * right;
        const SparseRowMatrix sparse = dense.sparseView();
        const TruncatedSvd svd = randomizedSvd(sparse, 3, 2, 5, 42);
        Eigen::JacobiSVD<Eigen::MatrixXf> exact(dense);
        for (int i = 0; i < 3; ++i)
            QVERIFY(std::abs(svd.singularValues(i) - exact.singularValues()(i)) < 1e-3f * exact.singularValues()(0));
        // U * Sigma reproduces the Gram matrix A A^T.
        const Eigen::MatrixXf gram = dense * dense.transpose(), approx = svd.projected * svd.projected.transpose();
        QVERIFY((gram - approx).cwiseAbs().maxCoeff() < 1e-3f * gram.cwiseAbs().maxCoeff());
    }

    void svdPreservesCosineDistances() {
        // 600 documents from 12 templates: 24 dimensions keep pairwise cosine distances within a small mean error,
        // and each document's nearest neighbour stays in its template.
        const std::vector<Document> docs = templatedDocuments(600, 12, 21);
        const Eigen::MatrixXf tfidf(buildTfidf(docs).rows);
        TfidfSvdOptions options;
        options.dimensions = 24;
        const Eigen::MatrixXf rows = makeTfidfSvdEmbedder(options)->fitTransform(docs);
        double error = 0;
        int pairs = 0, sameTemplate = 0;
        for (Eigen::Index i = 0; i < 600; i += 3) {
            Eigen::Index nearest = -1;
            double best = 3;
            for (Eigen::Index j = 0; j < 600; ++j) {
                if (j == i) continue;
                const double reduced = cosineDistance(rows.row(i), rows.row(j));
                error += std::abs(reduced - cosineDistance(tfidf.row(i), tfidf.row(j)));
                ++pairs;
                if (reduced < best) best = reduced, nearest = j;
            }
            sameTemplate += (nearest % 12 == i % 12);
        }
        const double meanError = error / pairs;
        qInfo("mean |cosine distance error| at 24 dimensions: %.4f over %d pairs", meanError, pairs);
        QVERIFY(meanError < 0.1);
        QCOMPARE(sameTemplate, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmbedding)
#include "tst_embedding.moc"
