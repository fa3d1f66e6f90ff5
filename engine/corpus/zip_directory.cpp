// Two things libarchive's seekable zip reader does not let us control, done on the central directory beforehand:
// - it loads every central directory record when it opens the archive, before we can count entries: a hostile
//   directory of millions of records costs memory first, so records are counted here against the entry cap, and a
//   directory over the cap is cut after the cap's last record (libarchive stops at an end-of-directory signature);
// - it converts names flagged UTF-8 to the locale's charset and drops those that do not convert (hostile archives
//   flag arbitrary bytes as UTF-8); clearing the flag makes it pass the stored bytes through.
#include "corpus/zip_directory.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace mph::corpus {
namespace {

constexpr std::uint16_t Utf8NameFlag = 0x0800;

std::uint32_t le16(std::string_view bytes, std::size_t at) {
    return std::uint32_t(static_cast<unsigned char>(bytes[at])) |
           (std::uint32_t(static_cast<unsigned char>(bytes[at + 1])) << 8);
}

std::uint32_t le32(std::string_view bytes, std::size_t at) {
    return le16(bytes, at) | (le16(bytes, at + 2) << 16);
}

std::uint64_t le64(std::string_view bytes, std::size_t at) {
    return le32(bytes, at) | (std::uint64_t(le32(bytes, at + 4)) << 32);
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

ZipDirectory scanZipDirectory(std::string_view zip, std::uint64_t maxEntries) {
    ZipDirectory result;
    if (zip.size() < 22) return result;
    // The end-of-central-directory record: the last "PK\5\6" within the final 64 KiB + 22 bytes.
    const std::size_t lowest = zip.size() > 22 + 65535 ? zip.size() - 22 - 65535 : 0;
    std::size_t end = std::string_view::npos;
    for (std::size_t at = zip.size() - 22 + 1; at-- > lowest;) {
        if (zip.compare(at, 4, "PK\x05\x06") == 0) {
            end = at;
            break;
        }
    }
    if (end == std::string_view::npos) return result;
    std::uint64_t directorySize = le32(zip, end + 12);
    std::uint64_t directoryOffset = le32(zip, end + 16);
    // Zip64 (more than 65,535 entries, or sizes past 4 GiB): the Zip64 end record and its locator lie between the
    // directory and the end record, and hold the full size and offset.
    std::size_t directoryEnd = end;
    constexpr std::size_t zip64Record = 56, zip64Locator = 20;
    if (end >= zip64Record + zip64Locator && zip.compare(end - zip64Locator, 4, "PK\x06\x07") == 0 &&
        zip.compare(end - zip64Locator - zip64Record, 4, "PK\x06\x06") == 0) {
        directoryEnd = end - zip64Locator - zip64Record;
        directorySize = le64(zip, directoryEnd + 40);
        directoryOffset = le64(zip, directoryEnd + 48);
    }
    if (directorySize > directoryEnd) return result;
    // Data prepended to the zip (self-extracting archives) shifts every offset by the same amount.
    const std::size_t directory = directoryEnd - static_cast<std::size_t>(directorySize);
    if (directory < directoryOffset) return result;
    const std::size_t shift = directory - static_cast<std::size_t>(directoryOffset);

    std::vector<std::pair<std::size_t, std::size_t>> flagged; // (central header, local header)
    std::optional<std::size_t> cut;                           // the first record over the cap
    for (std::size_t at = directory; at + 46 <= directoryEnd && zip.compare(at, 4, "PK\x01\x02") == 0;) {
        const std::uint32_t flags = le16(zip, at + 8);
        const std::size_t nameLength = le16(zip, at + 28);
        const std::size_t next = at + 46 + nameLength + le16(zip, at + 30) + le16(zip, at + 32);
        if (next > directoryEnd) break;
        if (++result.entries > maxEntries) {
            cut = at;
            break;
        }
        if ((flags & Utf8NameFlag) && !isAscii(zip.substr(at + 46, nameLength)))
            flagged.emplace_back(at, std::size_t(le32(zip, at + 42)) + shift);
        at = next;
    }
    if (flagged.empty() && !cut) return result;

    std::string patched(zip);
    auto clear = [&](std::size_t flagsAt) {
        patched[flagsAt + 1] =
            static_cast<char>(static_cast<unsigned char>(patched[flagsAt + 1]) & ~(Utf8NameFlag >> 8));
    };
    for (const auto &[central, local] : flagged) {
        clear(central + 8);
        if (local + 30 <= end && zip.compare(local, 4, "PK\x03\x04") == 0) clear(local + 6);
    }
    if (cut) patched.replace(*cut, 4, "PK\x05\x06");
    result.patched = std::move(patched);
    return result;
}

} // namespace mph::corpus
