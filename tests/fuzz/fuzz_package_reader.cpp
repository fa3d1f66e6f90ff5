// Arbitrary bytes as a package archive of any format. The first byte chooses the options: passphrases (none, the
// default `infected`, a wrong one then `infected`, only a wrong one), lowered caps, and the file name (the identity
// fallback). The reader must give exactly one result, never crash, and keep every script within the caps.
#include "corpus/reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

mph::ReadOptions optionsFor(std::uint8_t selector) {
    mph::ReadOptions options;
    switch (selector & 3u) {
    case 0:
        options.passphrases.clear();
        break;
    case 1:
        break; // {"infected"}
    case 2:
        options.passphrases = {"wrong", "infected"};
        break;
    default:
        options.passphrases = {"secret"};
        break;
    }
    if (selector & 4u) {
        mph::ReadLimits &l = options.limits;
        l.maxEntryBytes = 2048;
        l.maxTotalBytes = 1u << 16;
        l.maxEntries = 32;
        l.maxCompressionRatio = 8;
        l.maxDepth = 3;
    }
    return options;
}

std::string sourceFor(std::uint8_t selector) {
    static const char *const names[] = {"/fuzz/pkg-1.0.tar.gz", "/fuzz/pkg-1.0-py3-none-any.whl", "/fuzz/pkg-1.0.zip",
                                        "/fuzz/odd name"};
    return names[(selector >> 3) & 3u];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t selector = data[0];
    const mph::ReadOptions options = optionsFor(selector);
    const std::string_view bytes(reinterpret_cast<const char *>(data + 1), size - 1);
    const mph::PackageReadResult result = mph::readPackageBytes(bytes, sourceFor(selector), options);
    require(result.package.has_value() != result.error.has_value());
    if (result.error) {
        require(!result.error->reason.empty());
        return 0;
    }
    const mph::Package &package = *result.package;
    require(package.bytes == bytes.size());
    require(package.sha256.size() == 64);
    for (const mph::Script &script : package.scripts) {
        require(script.sha256.size() == 64);
        require(script.text.size() <= options.limits.maxEntryBytes);
    }
    return 0;
}
