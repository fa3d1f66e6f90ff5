#pragma once
// Test helper: builds archives in memory with libarchive's writer, so that every test makes its own inputs.
#include <string>
#include <vector>

namespace mph::test {

struct Entry {
    enum class Kind { File, Directory, Symlink, Hardlink };
    std::string path;    // stored as given (raw bytes, "..", absolute paths allowed)
    std::string content; // files only
    Kind kind = Kind::File;
    std::string target; // links only
};

enum class Format { Tar, TarGz, TarBz2, TarXz, Zip, ZipStored };

// The archive's bytes; a non-empty passphrase (zip only) encrypts every file with traditional PKWARE encryption.
std::string buildArchive(Format format, const std::vector<Entry> &entries, const std::string &passphrase = {});

inline Entry file(std::string path, std::string content) {
    return {std::move(path), std::move(content)};
}
inline Entry folder(std::string path) {
    return {std::move(path), {}, Entry::Kind::Directory};
}

} // namespace mph::test
