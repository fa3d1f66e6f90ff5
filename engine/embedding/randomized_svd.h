#pragma once
// Seeded randomised truncated SVD of a sparse matrix (Halko, Martinsson, Tropp 2011: range finder with subspace
// iteration, algorithm 4.4), deterministic for a given seed and input.
#include "embedding/tfidf.h"

#include <Eigen/Core>

namespace mph {

struct TruncatedSvd {
    Eigen::MatrixXf projected;      // rows x rank: U * Sigma, i.e. each row projected on the top right singular vectors
    Eigen::VectorXf singularValues; // descending
};

// rank is clamped to min(rows, cols). Each column's largest-magnitude entry is made positive (sign convention).
TruncatedSvd randomizedSvd(const SparseRowMatrix &matrix, int rank, int powerIterations, int oversampling,
                           unsigned seed);

} // namespace mph
