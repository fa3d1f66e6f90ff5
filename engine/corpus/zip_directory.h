#pragma once
// Internal to the corpus stage: a look at a zip's central directory before libarchive opens it (see zip_directory.cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mph::corpus {

struct ZipDirectory {
    std::uint64_t entries = 0; // central directory records counted, up to the cap + 1
    // A copy with the "name is UTF-8" flag cleared where names are not ASCII and, when there are more than the cap's
    // records, the directory cut after the cap's last one (an end signature written over the next record).
    std::optional<std::string> patched;
};

// Walks the central directory (when it can be found, Zip64 included; libarchive reports damaged ones), counting
// records up to maxEntries + 1 and copying the zip only when some name needs unflagging or the directory cutting.
ZipDirectory scanZipDirectory(std::string_view zip, std::uint64_t maxEntries);

} // namespace mph::corpus
