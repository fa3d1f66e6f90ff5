#pragma once
// Stage 1 of the pipeline: find every package of every role, read it and analyse its scripts (reading and analysis
// are fused per package so that each archive is touched once), with the feature cache for background and known.
#include "pipeline/feature_cache.h"
#include "pipeline/scan.h"

#include <atomic>
#include <vector>

namespace mph {

// Where one package comes from: a file or folder, or an embedded demo archive.
struct PackageSource {
    Role role = Role::Batch;
    std::int32_t batch = -1;
    std::filesystem::path path;    // empty for embedded archives
    std::string_view embedded;     // bytes of an embedded demo archive, or of a remembered package's archive
    std::string embeddedName;      // "demo:<path>", "history:<archive name>"
    // A package of ScanOptions::remembered (its role is Known or Background): read from its features when it has
    // them, else from its archive's bytes in `embedded`.
    const RememberedPackage *remembered = nullptr;
};

struct LoadedPackage {
    PackageFeatures features;
    Role role = Role::Batch;
    std::int32_t batch = -1;
    bool fromCache = false;
    bool remembered = false; // came from ScanOptions::remembered
};

struct LoadedInputs {
    std::vector<LoadedPackage> packages;  // in source order, unreadable ones left out
    std::vector<ReadError> errors;
    std::uint64_t sourceBytes = 0; // Python text analysed (scripts and modules of packages not from the cache)
    double slowestSeconds = 0;     // the package that took longest to read and analyse, and which it was
    std::string slowestSource;
};

// Finds the packages of every role (folders searched recursively, files taken as they are) in a stable order, then
// the remembered packages (ScanOptions::remembered) in their order.
std::vector<PackageSource> collectSources(const ScanOptions &options, std::vector<ReadError> &errors);

// Reads and analyses every source in parallel. Background and known packages go through `cache` (may be null);
// their script texts are dropped. Stops early when `cancel` is set.
// A remembered package whose archive sha256 is that of a package of its role found on disk (or of an earlier
// remembered one) is dropped: the known set or background holds it once.
LoadedInputs loadPackages(const std::vector<PackageSource> &sources, const ScanOptions &options, FeatureCache *cache,
                          const ProgressCallback &progress, const std::atomic<bool> *cancel);

}  // namespace mph
