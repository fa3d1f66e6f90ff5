// Reading many packages in parallel, results in input order.
#include "corpus/reader.h"

#include <omp.h>

#include <mutex>

namespace mph {

CorpusRead readPackages(const std::vector<std::filesystem::path> &packages, const ReadOptions &options, int jobs,
                        const std::function<void(std::size_t done, std::size_t total)> &progress,
                        const std::atomic<bool> *cancel) {
    const std::size_t total = packages.size();
    std::vector<PackageReadResult> results(total);
    std::mutex progressMutex;
    std::size_t done = 0;
    const auto count = static_cast<std::ptrdiff_t>(total);

#pragma omp parallel for schedule(dynamic, 4) num_threads(jobs > 0 ? jobs : omp_get_max_threads())
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed)) continue;
        PackageReadResult &result = results[static_cast<std::size_t>(i)];
        const std::filesystem::path &path = packages[static_cast<std::size_t>(i)];
        try {
            result = readPackageFile(path, options);
        } catch (const std::exception &e) {
            result = {std::nullopt, ReadError{path.string(), std::string("internal error while reading: ") + e.what()}};
        } catch (...) {
            result = {std::nullopt, ReadError{path.string(), "internal error while reading"}};
        }
        if (progress) {
            std::lock_guard lock(progressMutex);
            progress(++done, total);
        }
    }

    CorpusRead read;
    read.packages.reserve(total);
    for (PackageReadResult &result : results) {
        if (result.package) read.packages.push_back(std::move(*result.package));
        if (result.error) read.errors.push_back(std::move(*result.error));
    }
    return read;
}

} // namespace mph
