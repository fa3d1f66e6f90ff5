// One package: an archive in memory, an archive file, or an unpacked folder.
#include "corpus/archive_reader.h"
#include "corpus/package_tree.h"
#include "corpus/reader.h"
#include "corpus/sha256.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace mph {
namespace {

namespace fs = std::filesystem;

PackageReadResult failure(std::string source, std::string reason) {
    return {std::nullopt, ReadError{std::move(source), std::move(reason)}};
}

std::string_view baseName(std::string_view source) {
    while (!source.empty() && source.back() == '/')
        source.remove_suffix(1);
    const std::size_t slash = source.rfind('/');
    return slash == std::string_view::npos ? source : source.substr(slash + 1);
}

PackageFormat formatOf(corpus::Container container, const corpus::ArchiveListing &listing,
                       const corpus::Layout &layout) {
    if (container != corpus::Container::Zip) return PackageFormat::Tar;
    if (listing.encrypted) return PackageFormat::EncryptedZip;
    if (layout.hasDistInfo) return PackageFormat::Wheel;
    if (layout.hasEggInfo) return PackageFormat::Egg;
    return PackageFormat::Zip;
}

constexpr const char *FolderMarker = "is a folder";

// Reads a whole regular file with one open: the size is checked on the open descriptor. Returns an error reason.
// A file over `cap` is an error, or, when `size` is given, read up to `cap` bytes (its size in *size).
std::optional<std::string> readWhole(const fs::path &file, std::uint64_t cap, std::string &bytes, const char *what,
                                     std::uint64_t *size = nullptr) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::string("cannot open: ") + std::strerror(errno);
    struct stat info {};
    std::optional<std::string> error;
    if (::fstat(fd, &info) != 0) {
        error = std::string("cannot stat: ") + std::strerror(errno);
    } else if (S_ISDIR(info.st_mode)) {
        error = FolderMarker;
    } else if (!S_ISREG(info.st_mode)) {
        error = "not a regular file";
    } else if (static_cast<std::uint64_t>(info.st_size) > cap && !size) {
        error =
            std::string(what) + " cap: " + std::to_string(info.st_size) + " bytes (cap " + std::to_string(cap) + ")";
    } else {
        if (size) *size = static_cast<std::uint64_t>(info.st_size);
        bytes.resize(static_cast<std::size_t>(std::min(static_cast<std::uint64_t>(info.st_size), cap)));
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t got = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) {
                error = std::string("cannot read: ") + std::strerror(errno);
                break;
            }
            if (got == 0) break; // the file shrank while being read
            done += static_cast<std::size_t>(got);
        }
        bytes.resize(done);
    }
    ::close(fd);
    return error;
}

} // namespace

PackageReadResult readPackageBytes(std::string_view bytes, std::string source, const ReadOptions &options) {
    if (bytes.empty()) return failure(std::move(source), "empty file");
    if (bytes.size() > options.limits.maxArchiveBytes)
        return failure(std::move(source), "archive-size cap: " + std::to_string(bytes.size()) + " bytes (cap " +
                                              std::to_string(options.limits.maxArchiveBytes) + ")");
    const corpus::Container container = corpus::sniffContainer(bytes);
    if (container == corpus::Container::Unknown)
        return failure(std::move(source), "not a package archive (neither tar, gzip, bzip2, xz nor zip content)");

    corpus::ArchiveListing listing;
    if (auto error = corpus::listArchive(bytes, container, options, listing)) return failure(std::move(source), *error);
    corpus::Layout layout = corpus::selectLayout(listing.entries, baseName(source));

    Package package;
    package.name = std::move(layout.name);
    package.version = std::move(layout.version);
    package.format = formatOf(container, listing, layout);
    package.sha256 = sha256Hex(bytes);
    package.bytes = bytes.size();
    package.scripts = std::move(layout.scripts);
    package.modules = std::move(layout.modules);
    package.root = std::move(layout.root);
    package.caps = std::move(listing.caps);
    package.source = std::move(source);
    return {std::move(package), std::nullopt};
}

PackageReadResult readPackageFile(const fs::path &file, const ReadOptions &options) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(file, ec);
    std::string source = (ec ? file : absolute).string();
    std::string bytes;
    if (auto error = readWhole(file, options.limits.maxArchiveBytes, bytes, "archive-size")) {
        if (*error == FolderMarker) return readPackageDirectory(file, options);
        return failure(std::move(source), *error);
    }
    return readPackageBytes(bytes, std::move(source), options);
}

PackageReadResult readPackageDirectory(const fs::path &dir, const ReadOptions &options) {
    const ReadLimits &limits = options.limits;
    std::error_code ec;
    const fs::path root = fs::absolute(dir, ec).lexically_normal();
    std::string source = root.string();
    while (source.size() > 1 && source.back() == '/')
        source.pop_back();
    if (!fs::is_directory(fs::symlink_status(root, ec))) return failure(std::move(source), "not a folder");

    std::vector<corpus::TreeEntry> entries;
    std::uint64_t total = 0;
    corpus::CapNotes caps; // fail closed, as in an archive: a cap keeps what was read and is noted
    // Depth-first walk with an explicit stack; symlinks are listed by lstat and never followed.
    std::vector<std::pair<fs::path, std::string>> pending{{root, std::string()}};
    while (!pending.empty() && !caps.stopped()) {
        auto [folder, relative] = std::move(pending.back());
        pending.pop_back();
        fs::directory_iterator it(folder, fs::directory_options::none, ec);
        if (ec) return failure(std::move(source), "cannot list " + folder.string() + ": " + ec.message());
        for (; it != fs::directory_iterator() && !caps.stopped(); it.increment(ec)) {
            if (ec) break;
            const std::string name = it->path().filename().string();
            const std::string path = relative.empty() ? name : relative + "/" + name;
            if (entries.size() >= limits.maxEntries) {
                caps.stop("entry-count cap: stopped after " + std::to_string(limits.maxEntries) + " entries");
                break;
            }
            const std::vector<std::string_view> parts = corpus::splitPath(path);
            if (parts.size() > static_cast<std::size_t>(limits.maxDepth)) {
                caps.add(corpus::notePath(path) + ": nesting-depth cap, " + std::to_string(parts.size()) +
                         " levels deep (cap " + std::to_string(limits.maxDepth) + "), skipped");
                continue;
            }
            if (it->is_symlink(ec) || ec) continue; // never followed
            if (it->is_directory(ec)) {
                entries.push_back({path, true, false, {}});
                pending.emplace_back(it->path(), path);
                continue;
            }
            if (!it->is_regular_file(ec)) continue;
            corpus::TreeEntry entry{path, false, false, {}};
            if (corpus::mayNeedContent(parts)) {
                // At most maxEntryBytes of a script, and no more than the total-size cap leaves.
                const std::uint64_t budget = limits.maxTotalBytes - std::min(total, limits.maxTotalBytes);
                const bool totalLimits = budget < limits.maxEntryBytes;
                std::uint64_t size = 0;
                if (auto error = readWhole(it->path(), totalLimits ? budget : limits.maxEntryBytes, entry.text,
                                           "entry-size", &size))
                    return failure(std::move(source), "\"" + path + "\": " + *error);
                total += entry.text.size();
                entry.hasText = true;
                entry.truncated = size > entry.text.size();
                if (entry.truncated && totalLimits)
                    caps.stop("total-size cap: stopped at " + corpus::notePath(path) + ", over " +
                              std::to_string(limits.maxTotalBytes) + " bytes; its first " +
                              std::to_string(entry.text.size()) + " bytes read");
                else if (entry.truncated)
                    caps.add(corpus::notePath(path) + ": entry-size cap, first " + std::to_string(entry.text.size()) +
                             " of " + std::to_string(size) + " bytes read");
            }
            entries.push_back(std::move(entry));
        }
        if (ec) return failure(std::move(source), "cannot list " + folder.string() + ": " + ec.message());
    }
    std::sort(entries.begin(), entries.end(),
              [](const corpus::TreeEntry &a, const corpus::TreeEntry &b) { return a.path < b.path; });

    corpus::Layout layout = corpus::selectLayout(entries, baseName(source));
    Package package;
    package.name = std::move(layout.name);
    package.version = std::move(layout.version);
    package.format = PackageFormat::Directory;
    package.scripts = std::move(layout.scripts);
    package.modules = std::move(layout.modules);
    package.root = std::move(layout.root);
    package.caps = caps.take();
    package.source = std::move(source);
    return {std::move(package), std::nullopt};
}

} // namespace mph
