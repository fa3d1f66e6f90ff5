#pragma once
// Dot products of unit vectors in blocks, with one canonical value per pair: every dot product is summed in the same
// order (eight interleaved partial sums over the dimensions, then a fixed pairwise tree), whichever block computes it
// and whichever side of the pair comes first. Exact comparisons between distances (ties included) therefore never
// depend on block shapes, thread schedules or input order. On x86-64 with AVX2 and FMA a register-tiled kernel is
// chosen at run time; elsewhere a portable kernel with the same summation order (separate multiply and add).
#include <cstddef>
#include <memory>

namespace mph {

// Rows padded with zeros to a multiple of kDotLanes floats and aligned, so that kernels load whole vectors.
inline constexpr int kDotLanes = 8;

class PaddedRows {
  public:
    PaddedRows() = default;
    PaddedRows(int rows, int dimensions);
    int rows() const { return rows_; }
    int stride() const { return stride_; } // floats per row, a multiple of kDotLanes
    float *row(int i) { return data_.get() + std::size_t(i) * std::size_t(stride_); }
    const float *row(int i) const { return data_.get() + std::size_t(i) * std::size_t(stride_); }

  private:
    struct Free {
        void operator()(float *p) const;
    };
    int rows_ = 0, stride_ = 0;
    std::unique_ptr<float[], Free> data_;
};

// out[i * outStride + j] = dot(a row i, b row j) for i < aCount, j < bCount; a and b point at rows of one stride.
void dotBlock(const float *a, int aCount, const float *b, int bCount, int stride, float *out, int outStride);

// The same value as dotBlock gives for this pair.
float dotPair(const float *a, const float *b, int stride);

// Screens over one row of dot products, with r = 1 - dots[j] (the distance before tiny values are clamped to 0).
// Both write the matching columns j into hits, in increasing order, and return how many there are.
// nearColumns: r <= rowLimit or r <= columnLimits[j] or r < tiny.
int nearColumns(const float *dots, int count, float rowLimit, const float *columnLimits, float tiny, int *hits);
// columnsBelow: columnValues[j] <= limit and (r <= limit or r < tiny).
int columnsBelow(const float *dots, int count, float limit, const float *columnValues, float tiny, int *hits);

// Which kernel dotBlock uses on this machine ("avx2-fma" or "portable").
const char *dotKernelName();

} // namespace mph
