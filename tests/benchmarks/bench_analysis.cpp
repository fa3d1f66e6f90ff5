// Benchmark: every install and import script of the corpora, parsed and turned into call sequences on 2 threads
// (one ScriptAnalyzer per thread). Reading the packages is not timed. Prints scripts/s and the slowest script.
//   bench_analysis [CORPORA_DIR] [THREADS]
#include "analysis/call_sequence.h"
#include "corpus/reader.h"

#include <omp.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace mph;

namespace {

// CPU time of the calling thread. The machine is shared: wall time also measures the neighbours' compilers, so the
// figures are given both ways.
double threadSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

struct Item {
    const Package *package;
    const Script *script;
};

} // namespace

int main(int argc, char **argv) {
    const std::filesystem::path corpora = argc > 1 ? argv[1] : MPH_CORPORA_DIR;
    const int threads = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2;
    std::vector<std::filesystem::path> roots;
    for (const char *sub : {"malicious/known", "benign"})
        if (std::filesystem::is_directory(corpora / sub)) roots.push_back(corpora / sub);
    if (roots.empty()) {
        std::printf("bench_analysis: no corpora under %s\n", corpora.string().c_str());
        return 0;
    }
    const auto readStart = std::chrono::steady_clock::now();
    const CorpusRead read = readPackages(discoverPackages(roots).packages, ReadOptions{}, threads);
    const double readSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - readStart).count();
    std::vector<Item> items;
    std::size_t bytes = 0;
    for (const Package &package : read.packages)
        for (const Script &script : package.scripts) {
            items.push_back({&package, &script});
            bytes += script.text.size();
        }
    std::printf("read %zu packages, %zu scripts (%.1f MiB) in %.1f s (not part of the figures below)\n",
                read.packages.size(), items.size(), double(bytes) / (1 << 20), readSeconds);

    std::vector<double> seconds(items.size(), 0.0); // thread CPU time per script
    std::vector<std::size_t> sizes(items.size(), 0);
    const auto start = std::chrono::steady_clock::now();
#pragma omp parallel num_threads(threads)
    {
        ScriptAnalyzer analyzer;
#pragma omp for schedule(dynamic, 16)
        for (std::ptrdiff_t i = 0; i < std::ptrdiff_t(items.size()); ++i) {
            const double t0 = threadSeconds();
            const CallSequence sequence = analyzer.analyze(items[std::size_t(i)].script->text);
            seconds[std::size_t(i)] = threadSeconds() - t0;
            sizes[std::size_t(i)] = sequence.size();
        }
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::size_t calls = 0;
    for (std::size_t size : sizes)
        calls += size;
    const auto slowest = std::max_element(seconds.begin(), seconds.end()) - seconds.begin();
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    double cpu = 0;
    for (double s : seconds)
        cpu += s;
    std::printf("analysed %zu scripts on %d threads in %.2f s wall: %.0f scripts/s, %.1f MiB/s, %zu calls\n",
                items.size(), threads, total, double(items.size()) / total, double(bytes) / (1 << 20) / total, calls);
    std::printf("CPU time %.2f s: %.0f scripts/s per core, %.0f scripts/s on %d idle cores\n", cpu,
                double(items.size()) / cpu, threads * double(items.size()) / cpu, threads);
    if (!items.empty()) {
        const Item &worst = items[std::size_t(slowest)];
        std::printf("per script (CPU): median %.3f ms, p99 %.3f ms; slowest %.1f ms (%zu bytes): %s!%s\n",
                    sorted[sorted.size() / 2] * 1000, sorted[sorted.size() * 99 / 100] * 1000,
                    seconds[std::size_t(slowest)] * 1000, worst.script->text.size(), worst.package->source.c_str(),
                    worst.script->path.c_str());
    }
    // Where the time goes: share of the total spent in the biggest scripts.
    std::vector<std::size_t> bySize(items.size());
    for (std::size_t i = 0; i < bySize.size(); ++i)
        bySize[i] = i;
    std::sort(bySize.begin(), bySize.end(), [&](std::size_t a, std::size_t b) {
        return items[a].script->text.size() > items[b].script->text.size();
    });
    double sum = cpu, bigSum = 0;
    std::size_t big = 0;
    for (std::size_t i : bySize)
        if (items[i].script->text.size() >= 64 * 1024) {
            bigSum += seconds[i];
            ++big;
        }
    std::size_t bigBytes = 0;
    for (const Item &item : items)
        if (item.script->text.size() >= 64 * 1024) bigBytes += item.script->text.size();
    std::printf("%zu scripts of 64 KiB or more (%.1f MiB) take %.0f%% of the analysis time\n", big,
                double(bigBytes) / (1 << 20), sum > 0 ? 100 * bigSum / sum : 0);
    if (big < items.size())
        std::printf("the other %zu scripts: %.0f scripts/s on %d idle cores\n", items.size() - big,
                    threads * double(items.size() - big) / std::max(1e-9, sum - bigSum), threads);
    // The pipeline analyses each distinct script once (feature cache keyed by sha256): the same figures over the
    // first occurrence of each distinct script.
    std::set<std::string> seen;
    double uniqueCpu = 0;
    std::size_t unique = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (seen.insert(items[i].script->sha256).second) {
            ++unique;
            uniqueCpu += seconds[i];
        }
    std::printf("%zu distinct scripts: CPU time %.2f s, %.0f scripts/s on %d idle cores\n", unique, uniqueCpu,
                uniqueCpu > 0 ? threads * double(unique) / uniqueCpu : 0.0, threads);
    return 0;
}
