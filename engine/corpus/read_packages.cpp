// Reading many packages on a few threads, results in input order.
#include "corpus/reader.h"

#include <algorithm>
#include <mutex>
#include <thread>

namespace mph {
namespace {

PackageReadResult readOne(const std::filesystem::path &path, const ReadOptions &options) {
    try {
        return readPackageFile(path, options);
    } catch (const std::exception &e) {
        return {std::nullopt, ReadError{path.string(), std::string("internal error while reading: ") + e.what()}};
    } catch (...) {
        return {std::nullopt, ReadError{path.string(), "internal error while reading"}};
    }
}

} // namespace

CorpusRead readPackages(const std::vector<std::filesystem::path> &packages, const ReadOptions &options, int jobs,
                        const std::function<void(std::size_t done, std::size_t total)> &progress,
                        const std::atomic<bool> *cancel) {
    const std::size_t total = packages.size();
    std::vector<PackageReadResult> results(total);
    std::atomic<std::size_t> next{0};
    std::mutex progressMutex;
    std::size_t done = 0;

    // Each worker takes the next package until none is left (or the run is cancelled); packages differ a lot in size,
    // so taking them one at a time balances the threads. Plain threads: nobody spins while waiting.
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < total;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) break;
            results[i] = readOne(packages[i], options);
            if (progress) {
                std::lock_guard lock(progressMutex);
                progress(++done, total);
            }
        }
    };
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min<std::size_t>(total, jobs > 0 ? static_cast<std::size_t>(jobs) : hardware);
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back(work);
    if (threads > 0) work(); // the calling thread is one of the workers
    for (std::thread &worker : workers)
        worker.join();

    CorpusRead read;
    read.packages.reserve(total);
    for (PackageReadResult &result : results) {
        if (result.package) read.packages.push_back(std::move(*result.package));
        if (result.error) read.errors.push_back(std::move(*result.error));
    }
    return read;
}

} // namespace mph
