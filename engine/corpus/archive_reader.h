#pragma once
// Internal to the corpus stage: lists one archive held in memory with libarchive and reads the entries that may be
// scripts or metadata. Nothing touches the disk. Every cap of ReadLimits but the archive size is enforced here.
#include "corpus/package_tree.h"
#include "corpus/reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mph::corpus {

enum class Container : std::uint8_t { Unknown, Tar, GzipTar, Bzip2Tar, XzTar, Zip };
Container sniffContainer(std::string_view bytes); // by magic bytes only

struct ArchiveListing {
    std::vector<TreeEntry> entries; // regular files and folders; symlinks, hard links and devices are left out
    bool encrypted = false;         // some entry was encrypted
    std::vector<std::string> caps;  // the caps hit (Package::caps)
};

// Returns the reason when the archive cannot be read; fills `listing` otherwise. A cap does not fail the read (fail
// closed): a script over the entry-size cap keeps its first maxEntryBytes (TreeEntry::truncated), one over the
// compression-ratio cap is read up to that much too, and the entry-count and total-size caps stop the listing where
// they are hit; each is noted in `listing.caps`. Paths deeper than maxDepth are left out, and noted.
std::optional<std::string> listArchive(std::string_view bytes, Container container, const ReadOptions &options,
                                       ArchiveListing &listing);

} // namespace mph::corpus
