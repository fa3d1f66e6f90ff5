#pragma once
// Reading packages: every format by content (tar.gz/bz2/xz, zip, wheel, egg, encrypted zip, plain directory), in
// memory only. Nothing is extracted, written or executed; archive paths are data. Caps fail closed: a package that
// hits one is still read, as far as the cap allows, with the cap noted in Package::caps (see ReadLimits).
#include "corpus/package.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

// Caps against hostile input. Only the archive-size cap makes a ReadError; the others keep what they allow, mark
// what they cut (Script::truncated) and note themselves in Package::caps, so that the package is still ranked.
struct ReadLimits {
    std::uint64_t maxArchiveBytes = 256ull << 20; // archive file size: over it, a ReadError
    std::uint64_t maxEntryBytes = 16ull << 20;    // one script's uncompressed size: its first maxEntryBytes are read
    std::uint64_t maxTotalBytes = 512ull << 20;   // all uncompressed bytes read from one package: reading stops there
    std::uint64_t maxEntries = 100000;            // entries in one package: reading stops after that many
    // Per entry, for entries over 1 MiB (zip bombs): noted; a script is still read up to the entry-size cap, and a
    // tar stream (which decompresses every entry) is bounded by the total-size cap.
    double maxCompressionRatio = 200;
    int maxDepth = 32; // nesting of a path inside a package / of a folder: deeper entries are skipped
};

struct ReadOptions {
    std::vector<std::string> passphrases{"infected"}; // tried in turn on encrypted zips
    ReadLimits limits;
};

struct PackageReadResult { // exactly one is set
    std::optional<Package> package;
    std::optional<ReadError> error;
};

// One archive already in memory; `source` names it in the result (and gives the file-name fallback identity).
PackageReadResult readPackageBytes(std::string_view bytes, std::string source, const ReadOptions &options);
// One archive file (read whole into memory once), or an unpacked package folder (see readPackageDirectory).
PackageReadResult readPackageFile(const std::filesystem::path &file, const ReadOptions &options);
// An unpacked package: the folder is the package root. Symlinks are not followed.
PackageReadResult readPackageDirectory(const std::filesystem::path &dir, const ReadOptions &options);

// Candidate packages under the roots: archive files (by content at read time) and unpacked package folders (a folder
// with setup.py, PKG-INFO or pyproject.toml at its root, not descended into). Paths are absolute, sorted within each
// root, roots in the order given. Symlinks, hidden entries and obvious non-packages (README*, *.md, *.txt, *.tsv,
// *.json) are skipped.
struct Discovery {
    std::vector<std::filesystem::path> packages;
    std::vector<ReadError> errors;
};
Discovery discoverPackages(const std::vector<std::filesystem::path> &roots);

// Reads packages on `jobs` threads. Results keep the input order. `progress` is called from one thread at a time;
// `cancel` is checked before each package (packages not read when it is set are left out of both lists).
struct CorpusRead {
    std::vector<Package> packages;
    std::vector<ReadError> errors;
};
CorpusRead readPackages(const std::vector<std::filesystem::path> &packages, const ReadOptions &options, int jobs,
                        const std::function<void(std::size_t done, std::size_t total)> &progress = {},
                        const std::atomic<bool> *cancel = nullptr);

} // namespace mph
