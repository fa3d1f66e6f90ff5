#include "embedding/randomized_svd.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace mph {
namespace {

using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// Standard normal from a counter (Box-Muller): the same value for a given (seed, index) on every platform and in
// any evaluation order, so the test matrix can be filled in parallel.
float gaussian(unsigned seed, std::uint64_t index) {
    const std::uint64_t bits = splitmix64(splitmix64(seed) ^ index);
    const double u1 = (double((bits >> 11) & ((1ull << 26) - 1)) + 0.5) / double(1ull << 26);
    const double u2 = double(bits >> 37) / double(1ull << 27);
    return float(std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2));
}

// sparse (CSR) * dense, one output row per sparse row, rows in parallel.
RowMatrixF multiply(const SparseRowMatrix &sparse, const RowMatrixF &dense) {
    RowMatrixF out = RowMatrixF::Zero(sparse.rows(), dense.cols());
    const Eigen::Index width = dense.cols();
#pragma omp parallel for schedule(dynamic, 256)
    for (Eigen::Index i = 0; i < sparse.rows(); ++i) {
        float *target = out.data() + i * width;
        for (SparseRowMatrix::InnerIterator it(sparse, i); it; ++it) {
            const float value = it.value();
            const float *source = dense.data() + it.col() * width;
#pragma omp simd
            for (Eigen::Index j = 0; j < width; ++j)
                target[j] += value * source[j];
        }
    }
    return out;
}

// Orthonormal basis of the columns of y by Cholesky-QR done through an eigendecomposition of the (small) Gram
// matrix, so that rank-deficient inputs lose their negligible directions instead of failing (the result may have
// fewer columns). One pass is enough between power iterations; the final basis takes two (CholeskyQR2).
RowMatrixF orthonormalize(RowMatrixF q, int passes) {
    for (int pass = 0; pass < passes; ++pass) {
        const Eigen::MatrixXf gramF = q.transpose() * q;
        const Eigen::MatrixXd gram = gramF.cast<double>();
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(gram);
        const Eigen::VectorXd &values = eig.eigenvalues(); // ascending
        const double largest = values.size() ? values(values.size() - 1) : 0.0;
        std::vector<Eigen::Index> kept;
        for (Eigen::Index j = values.size() - 1; j >= 0; --j)
            if (largest > 0 && values(j) > 1e-10 * largest) kept.push_back(j);
        Eigen::MatrixXf w(gram.rows(), Eigen::Index(kept.size()));
        for (std::size_t c = 0; c < kept.size(); ++c)
            w.col(Eigen::Index(c)) = (eig.eigenvectors().col(kept[c]) / std::sqrt(values(kept[c]))).cast<float>();
        RowMatrixF next = q * w;
        q = std::move(next);
    }
    return q;
}

} // namespace

TruncatedSvd randomizedSvd(const SparseRowMatrix &matrix, int rank, int powerIterations, int oversampling,
                           unsigned seed) {
    const Eigen::Index rows = matrix.rows(), cols = matrix.cols();
    const Eigen::Index r = std::clamp<Eigen::Index>(rank, 0, std::min(rows, cols));
    TruncatedSvd result;
    result.projected = Eigen::MatrixXf::Zero(rows, r);
    result.singularValues = Eigen::VectorXf::Zero(r);
    if (r == 0) return result;

    const Eigen::Index width = std::min(r + std::max(0, oversampling), std::min(rows, cols));
    RowMatrixF omega(cols, width);
#pragma omp parallel for schedule(static)
    for (Eigen::Index i = 0; i < cols; ++i)
        for (Eigen::Index j = 0; j < width; ++j)
            omega(i, j) = gaussian(seed, std::uint64_t(i) * std::uint64_t(width) + j);

    const SparseRowMatrix transposed = matrix.transpose(); // CSR of the transpose: rows in parallel again
    // Power iterations renormalise on the documents' side only: with Q orthonormal, A^T Q is as well conditioned as
    // A itself, and the features' side is the large one (tens of thousands of rows).
    RowMatrixF q = orthonormalize(multiply(matrix, omega), powerIterations > 0 ? 1 : 2);
    for (int it = 0; it < powerIterations; ++it)
        q = orthonormalize(multiply(matrix, multiply(transposed, q)), it + 1 < powerIterations ? 1 : 2);
    // B = Q^T A (small); its left singular vectors from B B^T (float product, double eigensolver).
    const RowMatrixF bt = multiply(transposed, q);
    const Eigen::MatrixXf smallF = bt.transpose() * bt;
    const Eigen::MatrixXd small = smallF.cast<double>();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(small);
    const Eigen::Index available = std::min<Eigen::Index>(r, small.rows());
    Eigen::MatrixXd basis(small.rows(), available);
    for (Eigen::Index c = 0; c < available; ++c) {
        const Eigen::Index j = small.rows() - 1 - c;
        const double sigma = std::sqrt(std::max(0.0, eig.eigenvalues()(j)));
        basis.col(c) = eig.eigenvectors().col(j) * sigma;
        result.singularValues(c) = float(sigma);
    }
    result.projected.leftCols(available) = q * basis.cast<float>();

    for (Eigen::Index c = 0; c < available; ++c) {
        Eigen::Index arg = 0;
        result.projected.col(c).cwiseAbs().maxCoeff(&arg);
        if (result.projected(arg, c) < 0) result.projected.col(c) *= -1.0f;
    }
    return result;
}

} // namespace mph
