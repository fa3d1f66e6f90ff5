#pragma once
// Small helpers shared by the ranking sources (not part of the stage's interface).
#include <Eigen/Core>
#include <omp.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace mph {

inline Eigen::MatrixXf gatherRows(const Eigen::MatrixXf &vectors, const std::vector<std::uint32_t> &rows) {
    Eigen::MatrixXf out(static_cast<Eigen::Index>(rows.size()), vectors.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.row(static_cast<Eigen::Index>(i)) = vectors.row(rows[i]);
    return out;
}

// Called first in each parallel region that runs Eigen products: Eigen then never splits a product across threads,
// so its blocking, hence the rounding of every dot product, is the same whatever the thread count. (Sets the
// calling thread's own nthreads ICV, which only affects regions nested inside.)
inline void singleThreadedEigen() {
    omp_set_num_threads(1);
}

// Cosine distance of two unit (or zero) rows from their dot product, clamped to [0, 2].
inline float cosineDistance(float dot) {
    return std::clamp(1.0f - dot, 0.0f, 2.0f);
}

} // namespace mph
