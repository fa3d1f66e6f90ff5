#include "embedding/randomized_svd.h"
#include "embedding/tfidf.h"

#include <Eigen/Eigenvalues>

namespace mph {
namespace {

void normalizeRows(Eigen::MatrixXf &rows) {
    for (Eigen::Index i = 0; i < rows.rows(); ++i) {
        const float norm = rows.row(i).norm();
        if (norm > 0) rows.row(i) /= norm;
    }
}

class TfidfSvdEmbedder final : public Embedder {
  public:
    explicit TfidfSvdEmbedder(const TfidfSvdOptions &options) : options_(options) {}

    std::string_view name() const override { return "tfidf-svd"; }

    Eigen::MatrixXf fitTransform(const std::vector<Document> &documents) override {
        const TfidfMatrix tfidf = buildTfidf(documents, options_.bigrams, options_.minDocumentFrequency);
        const Eigen::Index n = tfidf.rows.rows(), features = tfidf.rows.cols();
        const Eigen::Index dimensions = std::max(1, options_.dimensions);
        Eigen::MatrixXf result;
        if (features <= dimensions) {
            // Nothing to reduce: the TF-IDF rows themselves.
            result = Eigen::MatrixXf(tfidf.rows);
        } else if (n <= dimensions) {
            // At most n directions exist: the exact SVD through the n x n Gram matrix keeps every cosine.
            const Eigen::MatrixXd dense = Eigen::MatrixXf(tfidf.rows).cast<double>();
            const Eigen::MatrixXd gram = dense * dense.transpose();
            Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(gram);
            Eigen::MatrixXd projected(n, n);
            for (Eigen::Index c = 0; c < n; ++c) {
                const Eigen::Index j = n - 1 - c;
                projected.col(c) = eig.eigenvectors().col(j) * std::sqrt(std::max(0.0, eig.eigenvalues()(j)));
            }
            result = projected.cast<float>();
        } else {
            result = randomizedSvd(tfidf.rows, int(dimensions), options_.powerIterations, options_.oversampling,
                                   options_.seed)
                         .projected;
        }
        normalizeRows(result);
        // Rows of empty documents are exactly zero (the exact paths above may leave rounding residue).
        for (Eigen::Index i = 0; i < n; ++i)
            if (tfidf.rows.outerIndexPtr()[i] == tfidf.rows.outerIndexPtr()[i + 1]) result.row(i).setZero();
        return result;
    }

  private:
    TfidfSvdOptions options_;
};

} // namespace

std::unique_ptr<Embedder> makeTfidfSvdEmbedder(const TfidfSvdOptions &options) {
    return std::make_unique<TfidfSvdEmbedder>(options);
}

} // namespace mph
