#pragma once
// Per-package features (identity, scripts' paths and hashes, call sequences) keyed by the archive's sha256, so that a
// large background and known set are read and parsed once. The file is versioned; a stale, foreign or corrupt file is
// rebuilt, never trusted.
#include "pipeline/package_features.h"

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace mph {

class FeatureCache {
public:
    // Loads `file` if it exists. Returns false with `problem` set when the file was present but unusable (it is then
    // ignored and rewritten on save).
    bool load(const std::filesystem::path &file, std::string &problem);
    // Writes every entry to `file` atomically (a temporary beside it, then rename). Returns false with `problem` set.
    bool save(const std::filesystem::path &file, std::string &problem) const;

    const PackageFeatures *find(const std::string &archiveSha256) const;
    void insert(const std::string &archiveSha256, PackageFeatures features);
    std::size_t size() const { return entries_.size(); }
    bool dirty() const { return dirty_; }

    static std::filesystem::path defaultLocation();  // $XDG_CACHE_HOME or ~/.cache, then mphunter/features.bin

private:
    std::unordered_map<std::string, PackageFeatures> entries_;
    bool dirty_ = false;
};

}  // namespace mph
