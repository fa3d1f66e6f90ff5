#pragma once
// The 2-D map (design 2.7): a seeded, deterministic UMAP-style layout of unit rows (cosine distance d = 1 - dot).
//   1. k nearest neighbours: exact (blocked GEMM) up to exactLimit points, else NN-descent from a random-projection
//      forest (seeded);
//   2. fuzzy simplicial set: per point rho (nearest positive distance) and sigma (binary search so that the weights
//      sum to log2 k), weights exp(-(d - rho) / sigma), symmetrised as a + b - ab;
//   3. PCA initialisation scaled to [-10, 10] plus seeded jitter of 1e-4;
//   4. SGD with negative sampling on the UMAP curve 1 / (1 + a d^2b), a = 1.577, b = 0.895 (min_dist 0.1).
// Every stage is deterministic whatever the thread count: in an epoch each point moves itself (attraction doubled,
// standing for both ends of an undirected edge) against the positions of the previous epoch, and negative samples come
// from a counter-based hash of (seed, epoch, edge, sample).
#include <Eigen/Core>

namespace mph {

struct ProjectionOptions {
    int neighbours = 15;
    int epochs = 200;
    unsigned seed = 42;
    int jobs = 0;            // threads; 0: OpenMP's default
    int exactLimit = 8192;   // exact k-nearest neighbours up to this many points, NN-descent above
    int negativeSamples = 5; // per positive sample
    // SGD epochs are shared among threads from this many points (below, the per-epoch barrier costs more than it
    // saves); the result is the same either way.
    int parallelEpochFrom = 4096;
};

// Returns n x 2. n = 0: empty; n = 1: the origin; n = 2: (-1, 0) and (1, 0), or both at the origin when identical.
Eigen::MatrixX2f projectToPlane(const Eigen::MatrixXf &points, const ProjectionOptions &options);

} // namespace mph
