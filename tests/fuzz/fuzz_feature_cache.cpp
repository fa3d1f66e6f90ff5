// Arbitrary bytes as a feature-cache file: written to a private temporary file, then FeatureCache::load. A file that
// loads must save and load again with the same entries.
#include "pipeline/feature_cache.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::filesystem::path scratch(const char *name) {
    const std::filesystem::path shm = "/dev/shm";
    const std::filesystem::path base =
        std::filesystem::is_directory(shm) ? shm : std::filesystem::temp_directory_path();
    return base / ("mph-fuzz-cache-" + std::to_string(::getpid()) + "-" + name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const std::filesystem::path input = scratch("in.bin");
    static const std::filesystem::path output = scratch("out.bin");
    {
        std::ofstream out(input, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    mph::FeatureCache cache;
    std::string problem;
    const bool loaded = cache.load(input, problem);
    if (loaded != problem.empty()) std::abort();
    if (loaded) {
        if (!cache.save(output, problem)) std::abort();
        mph::FeatureCache again;
        if (!again.load(output, problem) || again.size() != cache.size()) std::abort();
    }
    return 0;
}
