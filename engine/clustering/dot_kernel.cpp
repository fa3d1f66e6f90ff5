// Both kernels sum a pair's products in eight lanes (lane l takes dimensions l, l + 8, l + 16, ... in order), then
// reduce the lanes as ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)). The AVX2 kernel fuses each multiply-add
// (one rounding), the portable one rounds the product and the sum separately (this file is compiled with
// -ffp-contract=off so that the compiler does not fuse them in some places and not others). A machine uses one
// kernel for everything, so every value of a run is canonical.
#include "clustering/dot_kernel.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MPH_DOT_AVX2 1
#include <immintrin.h>
#endif

namespace mph {

PaddedRows::PaddedRows(int rows, int dimensions)
    : rows_(rows), stride_((std::max(dimensions, 1) + kDotLanes - 1) / kDotLanes * kDotLanes) {
    const std::size_t bytes = std::max<std::size_t>(64, std::size_t(rows) * std::size_t(stride_) * sizeof(float));
    float *p = static_cast<float *>(std::aligned_alloc(64, (bytes + 63) / 64 * 64));
    if (!p) throw std::bad_alloc();
    std::memset(p, 0, bytes);
    data_.reset(p);
}

void PaddedRows::Free::operator()(float *p) const {
    std::free(p);
}

namespace {

float reduceLanes(const float *s) {
    return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

float portablePair(const float *a, const float *b, int stride) {
    float s[kDotLanes] = {};
    for (int k = 0; k < stride; k += kDotLanes)
        for (int l = 0; l < kDotLanes; ++l) {
            const float product = a[k + l] * b[k + l];
            s[l] = s[l] + product;
        }
    return reduceLanes(s);
}

void portableBlock(const float *a, int aCount, const float *b, int bCount, int stride, float *out, int outStride) {
    for (int i = 0; i < aCount; ++i)
        for (int j = 0; j < bCount; ++j)
            out[std::size_t(i) * std::size_t(outStride) + std::size_t(j)] = portablePair(
                a + std::size_t(i) * std::size_t(stride), b + std::size_t(j) * std::size_t(stride), stride);
}

int portableNear(const float *dots, int count, float rowLimit, const float *columnLimits, float tiny, int *hits) {
    int found = 0;
    for (int j = 0; j < count; ++j) {
        const float r = 1.0f - dots[j];
        if (r <= rowLimit || r <= columnLimits[j] || r < tiny) hits[found++] = j;
    }
    return found;
}

int portableBelow(const float *dots, int count, float limit, const float *columnValues, float tiny, int *hits) {
    int found = 0;
    for (int j = 0; j < count; ++j) {
        const float r = 1.0f - dots[j];
        if (columnValues[j] <= limit && (r <= limit || r < tiny)) hits[found++] = j;
    }
    return found;
}

#ifdef MPH_DOT_AVX2

// RA rows of a against RB rows of b: RA * RB accumulators of eight lanes held in registers (4 x 3 uses 12 of the
// 16 vector registers, the other 4 hold the rows being read).
template <int RA, int RB>
__attribute__((target("avx2,fma"))) void avx2Tile(const float *a, const float *b, std::size_t stride, float *out,
                                                  std::size_t outStride) {
    __m256 acc[RA][RB];
#pragma GCC unroll 4
    for (int i = 0; i < RA; ++i)
#pragma GCC unroll 4
        for (int j = 0; j < RB; ++j)
            acc[i][j] = _mm256_setzero_ps();
    for (std::size_t k = 0; k < stride; k += kDotLanes) {
        __m256 bv[RB];
#pragma GCC unroll 4
        for (int j = 0; j < RB; ++j)
            bv[j] = _mm256_load_ps(b + std::size_t(j) * stride + k);
#pragma GCC unroll 4
        for (int i = 0; i < RA; ++i) {
            const __m256 av = _mm256_load_ps(a + std::size_t(i) * stride + k);
#pragma GCC unroll 4
            for (int j = 0; j < RB; ++j)
                acc[i][j] = _mm256_fmadd_ps(av, bv[j], acc[i][j]);
        }
    }
    const __m256 zero = _mm256_setzero_ps();
#pragma GCC unroll 4
    for (int j = 0; j < RB; ++j) {
        // hadd(x, y) = [x0+x1, x2+x3, y0+y1, y2+y3 | x4+x5, x6+x7, y4+y5, y6+y7]: twice, then low + high half gives
        // each row's ((l0+l1)+(l2+l3)) + ((l4+l5)+(l6+l7)).
        const __m256 h01 = _mm256_hadd_ps(acc[0][j], RA > 1 ? acc[RA > 1 ? 1 : 0][j] : zero);
        const __m256 h23 =
            _mm256_hadd_ps(RA > 2 ? acc[RA > 2 ? 2 : 0][j] : zero, RA > 3 ? acc[RA > 3 ? 3 : 0][j] : zero);
        const __m256 h = _mm256_hadd_ps(h01, h23);
        const __m128 sums = _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
        alignas(16) float values[4];
        _mm_store_ps(values, sums);
#pragma GCC unroll 4
        for (int i = 0; i < RA; ++i)
            out[std::size_t(i) * outStride + std::size_t(j)] = values[i];
    }
}

template <int RA>
__attribute__((target("avx2,fma"))) void avx2Row(const float *a, const float *b, int bCount, std::size_t stride,
                                                 float *out, std::size_t outStride) {
    int j = 0;
    for (; j + 3 <= bCount; j += 3)
        avx2Tile<RA, 3>(a, b + std::size_t(j) * stride, stride, out + j, outStride);
    if (bCount - j == 2) avx2Tile<RA, 2>(a, b + std::size_t(j) * stride, stride, out + j, outStride);
    if (bCount - j == 1) avx2Tile<RA, 1>(a, b + std::size_t(j) * stride, stride, out + j, outStride);
}

__attribute__((target("avx2,fma"))) void avx2Block(const float *a, int aCount, const float *b, int bCount, int stride,
                                                   float *out, int outStride) {
    const std::size_t s = std::size_t(stride), o = std::size_t(outStride);
    int i = 0;
    for (; i + 4 <= aCount; i += 4)
        avx2Row<4>(a + std::size_t(i) * s, b, bCount, s, out + std::size_t(i) * o, o);
    switch (aCount - i) {
    case 3:
        avx2Row<3>(a + std::size_t(i) * s, b, bCount, s, out + std::size_t(i) * o, o);
        break;
    case 2:
        avx2Row<2>(a + std::size_t(i) * s, b, bCount, s, out + std::size_t(i) * o, o);
        break;
    case 1:
        avx2Row<1>(a + std::size_t(i) * s, b, bCount, s, out + std::size_t(i) * o, o);
        break;
    default:
        break;
    }
}

__attribute__((target("avx2,fma"))) float avx2Pair(const float *a, const float *b, int stride) {
    float out = 0;
    avx2Tile<1, 1>(a, b, std::size_t(stride), &out, 1);
    return out;
}

// Appends base + the set bits of mask (8 lanes) to hits.
int appendLanes(unsigned mask, int base, int *hits) {
    int found = 0;
    while (mask) {
        hits[found++] = base + __builtin_ctz(mask);
        mask &= mask - 1;
    }
    return found;
}

__attribute__((target("avx2,fma"))) int avx2Near(const float *dots, int count, float rowLimit,
                                                 const float *columnLimits, float tiny, int *hits) {
    const __m256 one = _mm256_set1_ps(1.0f), row = _mm256_set1_ps(rowLimit), small = _mm256_set1_ps(tiny);
    int found = 0, j = 0;
    for (; j + 8 <= count; j += 8) {
        const __m256 r = _mm256_sub_ps(one, _mm256_loadu_ps(dots + j));
        const __m256 near = _mm256_or_ps(_mm256_cmp_ps(r, row, _CMP_LE_OQ),
                                         _mm256_cmp_ps(r, _mm256_loadu_ps(columnLimits + j), _CMP_LE_OQ));
        const unsigned mask = unsigned(_mm256_movemask_ps(_mm256_or_ps(near, _mm256_cmp_ps(r, small, _CMP_LT_OQ))));
        if (mask) found += appendLanes(mask, j, hits + found);
    }
    for (; j < count; ++j) {
        const float r = 1.0f - dots[j];
        if (r <= rowLimit || r <= columnLimits[j] || r < tiny) hits[found++] = j;
    }
    return found;
}

__attribute__((target("avx2,fma"))) int avx2Below(const float *dots, int count, float limit, const float *columnValues,
                                                  float tiny, int *hits) {
    const __m256 one = _mm256_set1_ps(1.0f), bound = _mm256_set1_ps(limit), small = _mm256_set1_ps(tiny);
    int found = 0, j = 0;
    for (; j + 8 <= count; j += 8) {
        const __m256 r = _mm256_sub_ps(one, _mm256_loadu_ps(dots + j));
        const __m256 close = _mm256_or_ps(_mm256_cmp_ps(r, bound, _CMP_LE_OQ), _mm256_cmp_ps(r, small, _CMP_LT_OQ));
        const __m256 hit = _mm256_and_ps(close, _mm256_cmp_ps(_mm256_loadu_ps(columnValues + j), bound, _CMP_LE_OQ));
        const unsigned mask = unsigned(_mm256_movemask_ps(hit));
        if (mask) found += appendLanes(mask, j, hits + found);
    }
    for (; j < count; ++j) {
        const float r = 1.0f - dots[j];
        if (columnValues[j] <= limit && (r <= limit || r < tiny)) hits[found++] = j;
    }
    return found;
}

bool haveAvx2() {
    static const bool have = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return have;
}

#else

bool haveAvx2() {
    return false;
}

#endif

} // namespace

void dotBlock(const float *a, int aCount, const float *b, int bCount, int stride, float *out, int outStride) {
#ifdef MPH_DOT_AVX2
    if (haveAvx2()) return avx2Block(a, aCount, b, bCount, stride, out, outStride);
#endif
    portableBlock(a, aCount, b, bCount, stride, out, outStride);
}

float dotPair(const float *a, const float *b, int stride) {
#ifdef MPH_DOT_AVX2
    if (haveAvx2()) return avx2Pair(a, b, stride);
#endif
    return portablePair(a, b, stride);
}

int nearColumns(const float *dots, int count, float rowLimit, const float *columnLimits, float tiny, int *hits) {
#ifdef MPH_DOT_AVX2
    if (haveAvx2()) return avx2Near(dots, count, rowLimit, columnLimits, tiny, hits);
#endif
    return portableNear(dots, count, rowLimit, columnLimits, tiny, hits);
}

int columnsBelow(const float *dots, int count, float limit, const float *columnValues, float tiny, int *hits) {
#ifdef MPH_DOT_AVX2
    if (haveAvx2()) return avx2Below(dots, count, limit, columnValues, tiny, hits);
#endif
    return portableBelow(dots, count, limit, columnValues, tiny, hits);
}

const char *dotKernelName() {
    return haveAvx2() ? "avx2-fma" : "portable";
}

} // namespace mph
