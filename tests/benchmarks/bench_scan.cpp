// Benchmark of the whole pipeline (design section 7) on ../shared/corpora: every benign archive as the background,
// every known-malicious archive as the known set, and one batch of 300 benign archives (every k-th of the sorted
// list). Run twice, each in its own child process so that each has its own peak memory: cold (empty feature cache)
// and warm (the cache the cold run wrote). Prints packages per second, per-stage times and peak RSS.
//
// usage: bench_scan [CORPORA_DIR] [--batch-size N] [--jobs N]
#include "pipeline/scan.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> archivesUnder(const fs::path &dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; it != end; it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) && it->path().extension() != ".tsv" && it->path().extension() != ".md")
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// One run, in the current (child) process; prints one block of figures.
int runOnce(const char *label, const mph::ScanOptions &options) {
    const auto start = std::chrono::steady_clock::now();
    const mph::ScanOutcome outcome = mph::runScan(options);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const mph::ScanResult &result = outcome.result;
    double readAnalyse = 0, cluster = 0, rank = 0;
    for (const mph::StageTiming &t : result.timings) {
        if (t.stage == "read+analyse") readAnalyse = t.seconds;
        if (t.stage == "cluster") cluster = t.seconds;
        if (t.stage == "rank") rank = t.seconds;
    }
    const std::size_t packages = result.packages.size();
    std::printf("%s: %zu packages (%zu from the cache), %zu scripts, %zu unique sequences, %zu unreadable\n", label,
                packages, result.cachedPackages, result.scripts.size(), result.sequences.size(), result.errors.size());
    std::printf("  wall %.2f s, %.0f packages/s overall; read+analyse %.2f s = %.0f packages/s (%.3f ms/package)\n",
                wall, packages / wall, readAnalyse, packages / std::max(readAnalyse, 1e-9),
                1000.0 * readAnalyse / std::max<std::size_t>(packages, 1));
    for (const mph::StageTiming &t : result.timings) std::printf("  %-14s %8.3f s\n", t.stage.c_str(), t.seconds);
    std::printf("  clustering + ranking: %.3f s (cluster %.3f s, rank %.3f s)\n", cluster + rank, cluster, rank);
    std::printf("  Python source analysed: %.1f MB = %.1f MB/s of read+analyse; slowest package %.3f s (%s)\n",
                result.sourceBytes / 1e6, result.sourceBytes / 1e6 / std::max(readAnalyse, 1e-9),
                result.slowestPackageSeconds, result.slowestPackage.c_str());
    std::fflush(stdout);
    return 0;
}

// Runs `label` in a child and reports its peak resident memory.
void runInChild(const char *label, const mph::ScanOptions &options) {
    std::fflush(stdout);
    const pid_t child = fork();
    if (child == 0) _exit(runOnce(label, options));
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) < 0) {
        std::printf("%s: could not run (%s)\n", label, std::strerror(errno));
        return;
    }
    std::printf("  peak memory (ru_maxrss): %.1f MiB%s\n\n", usage.ru_maxrss / 1024.0,
                WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "" : "  (child failed)");
}

}  // namespace

int main(int argc, char **argv) {
    fs::path corpora = MPH_CORPORA_DIR;
    int batchSize = 300, jobs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--batch-size" && i + 1 < argc) batchSize = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--jobs" && i + 1 < argc) jobs = std::max(1, std::atoi(argv[++i]));
        else corpora = arg;
    }
    const fs::path benign = corpora / "benign", known = corpora / "malicious" / "known";
    if (!fs::is_directory(benign) || !fs::is_directory(known)) {
        std::printf("bench_scan: no corpora at %s (give the folder as the first argument)\n", corpora.c_str());
        return 0;
    }
    const std::vector<fs::path> benignArchives = archivesUnder(benign);
    mph::BatchInput batch{"bench-batch", {}};
    const std::size_t step = std::max<std::size_t>(1, benignArchives.size() / static_cast<std::size_t>(batchSize));
    for (std::size_t i = 0; i < benignArchives.size() && batch.roots.size() < static_cast<std::size_t>(batchSize);
         i += step)
        batch.roots.push_back(benignArchives[i]);

    char cacheTemplate[] = "/tmp/bench_scan_XXXXXX";
    const char *cacheDir = mkdtemp(cacheTemplate);
    if (!cacheDir) return std::printf("bench_scan: cannot make a temporary folder\n"), 1;
    mph::ScanOptions options;
    options.batches = {batch};
    options.background = {benign};
    options.known = {known};
    options.jobs = jobs;
    options.projection = false;
    options.cacheFile = fs::path(cacheDir) / "features.bin";
    std::printf("bench_scan: background %s (all), known %s (all), one batch of %zu benign archives; %s threads\n\n",
                benign.c_str(), known.c_str(), batch.roots.size(), jobs ? std::to_string(jobs).c_str() : "all");

    runInChild("cold (no cache)", options);
    runInChild("warm (feature cache)", options);
    options.projection = true;
    runInChild("warm, with the 2-D map", options);

    std::error_code ec;
    fs::remove_all(cacheDir, ec);
    return 0;
}
