#pragma once
// Internal to the corpus stage: a look at a zip's central directory before libarchive opens it (see zip_directory.cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mph::corpus {

struct ZipDirectory {
    std::uint64_t entries = 0;            // central directory records counted, up to the cap + 1
    std::optional<std::string> unflagged; // a copy with the "name is UTF-8" flag cleared where names are not ASCII
};

// Walks the central directory (when it can be found; libarchive reports damaged ones), counting records up to
// maxEntries + 1 and copying the zip only when some name needs unflagging.
ZipDirectory scanZipDirectory(std::string_view zip, std::uint64_t maxEntries);

} // namespace mph::corpus
