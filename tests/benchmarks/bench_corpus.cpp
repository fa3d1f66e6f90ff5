// Benchmark: discover and read every package of the corpora (malicious/known and benign) with the production reader.
// Prints packages per second (wall and per CPU second), scripts found, errors and peak memory.
//   bench_corpus [CORPORA_DIR] [JOBS]      (default: MPH_CORPORA_DIR, 2 jobs)
#include "corpus/reader.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <thread>
#include <vector>

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long peakKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char **argv) {
    const std::filesystem::path corpora = argc > 1 ? argv[1] : MPH_CORPORA_DIR;
    const int jobs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2;
    std::vector<std::filesystem::path> roots;
    for (const char *sub : {"malicious/known", "benign"}) {
        if (std::filesystem::is_directory(corpora / sub)) roots.push_back(corpora / sub);
    }
    if (roots.empty()) {
        std::printf("bench_corpus: no corpora under %s\n", corpora.string().c_str());
        return 0;
    }

    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    const mph::Discovery found = mph::discoverPackages(roots);
    const auto discovered = std::chrono::steady_clock::now();
    const double discoverCpu = cpuSeconds() - cpuStart;
    const mph::CorpusRead read = mph::readPackages(found.packages, mph::ReadOptions{}, jobs);
    const auto done = std::chrono::steady_clock::now();
    const double cpu = cpuSeconds() - cpuStart;

    const double discoverSeconds = std::chrono::duration<double>(discovered - start).count();
    const double readSeconds = std::chrono::duration<double>(done - discovered).count();
    const double wall = std::chrono::duration<double>(done - start).count();
    std::size_t install = 0, import = 0;
    std::uint64_t archiveBytes = 0, scriptBytes = 0;
    std::map<mph::PackageFormat, std::size_t> formats;
    for (const mph::Package &package : read.packages) {
        archiveBytes += package.bytes;
        ++formats[package.format];
        for (const mph::Script &script : package.scripts) {
            ++(script.scope == mph::Scope::Install ? install : import);
            scriptBytes += script.text.size();
        }
    }
    const std::size_t packages = found.packages.size();
    std::printf("bench_corpus: %s, %d jobs\n", corpora.string().c_str(), jobs);
    std::printf("  packages        %zu found (discovery %.2f s wall, %.2f s CPU), %zu read, %zu errors\n", packages,
                discoverSeconds, discoverCpu, read.packages.size(), read.errors.size() + found.errors.size());
    for (const auto &[format, count] : formats)
        std::printf("    %-14s %zu\n", std::string(mph::formatName(format)).c_str(), count);
    std::printf("  scripts         %zu install, %zu import\n", install, import);
    std::printf("  bytes           %.1f MiB of archives, %.1f MiB of script text kept\n",
                double(archiveBytes) / (1 << 20), double(scriptBytes) / (1 << 20));
    std::printf("  wall            %.2f s (%.2f s reading): %.0f packages/s\n", wall, readSeconds,
                double(packages) / wall);
    std::printf("  cpu             %.2f s: %.0f packages per CPU second (%.0f/s on %d idle cores)\n", cpu,
                double(packages) / cpu, double(packages) / cpu * jobs, jobs);
    std::printf("  peak memory     %.1f MiB (ru_maxrss)\n", double(peakKiB()) / 1024);
    for (std::size_t i = 0; i < std::min<std::size_t>(read.errors.size(), 10); ++i)
        std::printf("  error %s: %s\n", read.errors[i].source.c_str(), read.errors[i].reason.c_str());

    // The same archives from memory: the parsing alone, without the file system (which a busy machine slows down).
    std::vector<std::string> archives;
    std::vector<std::string> sources;
    for (const std::filesystem::path &path : found.packages) {
        if (std::filesystem::is_directory(path)) continue;
        std::ifstream in(path, std::ios::binary);
        archives.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        sources.push_back(path.string());
    }
    std::atomic<std::size_t> next{0}, parsed{0};
    const double memoryCpuStart = cpuSeconds();
    const auto memoryStart = std::chrono::steady_clock::now();
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < archives.size();)
            parsed += mph::readPackageBytes(archives[i], sources[i], mph::ReadOptions{}).package.has_value();
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < jobs; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    const double memoryWall = std::chrono::duration<double>(std::chrono::steady_clock::now() - memoryStart).count();
    const double memoryCpu = cpuSeconds() - memoryCpuStart;
    std::printf("  from memory     %zu archives parsed in %.2f s wall, %.2f s CPU: %.0f packages/s, %.0f per CPU "
                "second\n",
                parsed.load(), memoryWall, memoryCpu, double(archives.size()) / memoryWall,
                double(archives.size()) / memoryCpu);
    return 0;
}
