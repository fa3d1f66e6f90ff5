// libarchive, from memory only: archive_read_open_memory, entries listed, only the wanted ones decompressed.
#include "corpus/archive_reader.h"
#include "corpus/zip_directory.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace mph::corpus {
namespace {

constexpr std::uint64_t RatioFloor = 1ull << 20; // the compression-ratio cap applies to entries over 1 MiB

// libarchive converts entry names between the archive's charset and the thread's locale, and drops names that do not
// convert. Under a UTF-8 locale, UTF-8 names (pax headers, flagged zip names) come through as they are stored, and
// names stored as plain bytes are passed through; so the reading thread uses C.UTF-8 whatever the process's locale
// (the command line never calls setlocale; the GUI does). Zip names flagged UTF-8 that are not are unflagged first.
class Utf8LocaleScope {
  public:
    Utf8LocaleScope() : previous_(utf8() ? uselocale(utf8()) : nullptr) {}
    ~Utf8LocaleScope() {
        if (previous_) uselocale(previous_);
    }
    Utf8LocaleScope(const Utf8LocaleScope &) = delete;
    Utf8LocaleScope &operator=(const Utf8LocaleScope &) = delete;

  private:
    struct PerThread {
        locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
        ~PerThread() {
            if (locale) freelocale(locale);
        }
    };
    static locale_t utf8() {
        thread_local PerThread perThread;
        return perThread.locale;
    }
    locale_t previous_;
};

struct ArchiveFree {
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

bool startsWith(std::string_view bytes, std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
}

std::string libarchiveMessage(archive *a) {
    const char *message = archive_error_string(a);
    return message && *message ? message : "unknown libarchive error";
}

std::string quotePath(std::string_view path) {
    return "\"" + std::string(path) + "\"";
}

ArchivePtr openReader(std::string_view bytes, Container container, const ReadOptions &options, std::string &error) {
    ArchivePtr a(archive_read_new());
    if (!a) {
        error = "out of memory";
        return nullptr;
    }
    switch (container) {
    case Container::GzipTar:
        archive_read_support_filter_gzip(a.get());
        break;
    case Container::Bzip2Tar:
        archive_read_support_filter_bzip2(a.get());
        break;
    case Container::XzTar:
        archive_read_support_filter_xz(a.get());
        break;
    default:
        break;
    }
    if (container == Container::Zip) {
        archive_read_support_format_zip_seekable(a.get());
        for (const std::string &passphrase : options.passphrases)
            archive_read_add_passphrase(a.get(), passphrase.c_str());
    } else {
        archive_read_support_format_tar(a.get());
    }
    if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
        error = container == Container::Zip ? "corrupt or truncated zip archive: " + libarchiveMessage(a.get())
                                            : "corrupt, truncated or not a tar archive: " + libarchiveMessage(a.get());
        return nullptr;
    }
    return a;
}

// The raw name bytes as stored (no locale conversion when libarchive has them).
std::optional<std::string> entryPath(archive_entry *entry) {
    if (const char *path = archive_entry_pathname(entry)) return std::string(path);
    if (const char *path = archive_entry_pathname_utf8(entry)) return std::string(path);
    return std::nullopt;
}

std::string readFailure(archive *a, std::string_view path, bool encrypted, std::size_t passphrases) {
    const std::string message = libarchiveMessage(a);
    if (encrypted) {
        if (passphrases == 0) return "encrypted entry " + quotePath(path) + " and no passphrase given";
        return "wrong passphrase: cannot decrypt " + quotePath(path) + " with the " + std::to_string(passphrases) +
               " passphrase(s) given (" + message + ")";
    }
    return "corrupt or truncated archive at " + quotePath(path) + ": " + message;
}

// One pass over the archive with every passphrase offered to libarchive at once. Sets *decryptionFailed when the
// failure was an encrypted entry that did not decrypt.
std::optional<std::string> listOnce(std::string_view bytes, Container container, const ReadOptions &options,
                                    ArchiveListing &listing, bool *decryptionFailed);

} // namespace

Container sniffContainer(std::string_view bytes) {
    if (startsWith(bytes, "\x1f\x8b")) return Container::GzipTar;
    if (startsWith(bytes, "BZh")) return Container::Bzip2Tar;
    if (startsWith(bytes, std::string_view("\xfd"
                                           "7zXZ\0",
                                           6)))
        return Container::XzTar;
    if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "PK\x05\x06") || startsWith(bytes, "PK\x07\x08"))
        return Container::Zip;
    if (bytes.size() >= 262 && bytes.substr(257, 5) == "ustar") return Container::Tar;
    return Container::Unknown;
}

std::optional<std::string> listArchive(std::string_view bytes, Container container, const ReadOptions &options,
                                       ArchiveListing &listing) {
    bool decryptionFailed = false;
    std::optional<std::string> failure = listOnce(bytes, container, options, listing, &decryptionFailed);
    if (!failure || !decryptionFailed || options.passphrases.size() < 2) return failure;
    // Traditional PKWARE encryption checks a passphrase against one byte only, so libarchive accepts a wrong one once
    // in 256 tries and then fails to decompress. Offered one at a time, each passphrase gets its own chance.
    for (const std::string &passphrase : options.passphrases) {
        ReadOptions single = options;
        single.passphrases = {passphrase};
        ArchiveListing retried;
        bool ignored = false;
        if (!listOnce(bytes, container, single, retried, &ignored)) {
            listing = std::move(retried);
            return std::nullopt;
        }
    }
    return failure;
}

namespace {

std::optional<std::string> listOnce(std::string_view bytes, Container container, const ReadOptions &options,
                                    ArchiveListing &listing, bool *decryptionFailed) {
    const ReadLimits &limits = options.limits;
    const Utf8LocaleScope utf8Locale;
    CapNotes caps;
    const auto entryCountNote = [&] {
        return "entry-count cap: stopped after " + std::to_string(limits.maxEntries) + " entries";
    };
    std::string patched;
    bool overEntryCap = false; // reading stops there (a zip's patched copy lists the first entries only)
    if (container == Container::Zip) {
        ZipDirectory directory = scanZipDirectory(bytes, limits.maxEntries);
        overEntryCap = directory.entries > limits.maxEntries;
        if (directory.patched) patched = std::move(*directory.patched);
    }
    std::string error;
    ArchivePtr reader = openReader(patched.empty() ? bytes : patched, container, options, error);
    if (!reader) return error;
    archive *a = reader.get();
    const bool tarStream = container != Container::Zip; // walking a tar stream decompresses every entry
    const bool compressedTar = tarStream && container != Container::Tar;
    const double archiveBytes = static_cast<double>(std::max<std::size_t>(bytes.size(), 1));
    // Ratio of an entry's size to the whole archive's: a lower bound of the entry's own compression ratio.
    auto overRatio = [&](std::uint64_t size) {
        return size > RatioFloor && static_cast<double>(size) / archiveBytes > limits.maxCompressionRatio;
    };
    auto ratioNote = [&](std::string_view path, std::uint64_t size) {
        return notePath(path) + ": compression-ratio cap, expands to " + std::to_string(size) +
               " bytes from an archive of " + std::to_string(bytes.size()) + " bytes (over " +
               std::to_string(static_cast<long long>(limits.maxCompressionRatio)) + ":1; zip bomb?)";
    };
    auto totalNote = [&](std::string_view path) {
        return "total-size cap: stopped at " + notePath(path) + ", over " + std::to_string(limits.maxTotalBytes) +
               " uncompressed bytes";
    };
    // Fail closed: a cap keeps what was read (a script's first part, the entries before) and notes it; only input
    // that cannot be read at all is an error.
    const std::uint64_t maxEntryBytes =
        std::min<std::uint64_t>(limits.maxEntryBytes, std::numeric_limits<std::size_t>::max() / 2);

    std::uint64_t entries = 0;
    std::uint64_t total = 0; // uncompressed bytes decompressed (all of a tar stream; the read entries of a zip)
    while (!caps.stopped()) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF) break;
        if (status < ARCHIVE_WARN) {
            if (entries == 0 && container == Container::Zip && archive_read_has_encrypted_entries(a) > 0) {
                *decryptionFailed = true;
                return "wrong passphrase or unreadable encrypted zip: " + libarchiveMessage(a);
            }
            return "corrupt or truncated archive after " + std::to_string(entries) +
                   " entries: " + libarchiveMessage(a);
        }
        if (++entries > limits.maxEntries) {
            overEntryCap = true;
            break;
        }

        const bool encrypted = archive_entry_is_encrypted(entry) != 0;
        listing.encrypted = listing.encrypted || encrypted;
        const auto type = archive_entry_filetype(entry);
        const bool regular = type == AE_IFREG && archive_entry_hardlink(entry) == nullptr; // links never followed
        const bool sizeKnown = archive_entry_size_is_set(entry) != 0;
        const std::uint64_t size =
            sizeKnown ? static_cast<std::uint64_t>(std::max<la_int64_t>(archive_entry_size(entry), 0)) : 0;
        const std::uint64_t totalBefore = total;
        if (tarStream && regular) total += std::min(size, limits.maxTotalBytes + 1);
        const bool overTotal = total > limits.maxTotalBytes; // this tar entry crosses the total-size cap
        const bool ratioHit = compressedTar && regular && overRatio(size);

        const std::optional<std::string> path = entryPath(entry);
        if (!path) { // a name libarchive cannot give in any form
            if (overTotal) caps.stop(totalNote("?"));
            continue;
        }
        const std::vector<std::string_view> parts = splitPath(*path);
        if (parts.size() > static_cast<std::size_t>(limits.maxDepth)) {
            caps.add(notePath(*path) + ": nesting-depth cap, " + std::to_string(parts.size()) + " levels deep (cap " +
                     std::to_string(limits.maxDepth) + "), skipped");
            if (overTotal) caps.stop(totalNote(*path));
            continue;
        }
        if (type == AE_IFDIR) {
            listing.entries.push_back({*path, true, false, {}});
            continue;
        }
        if (!regular) continue;

        TreeEntry listed{*path, false, false, {}};
        if (!mayNeedContent(parts)) {
            if (ratioHit) caps.add(ratioNote(*path, size));
            if (overTotal) caps.stop(totalNote(*path));
            listing.entries.push_back(std::move(listed));
            continue;
        }

        // At most maxEntryBytes of a script, and no more than the total-size cap leaves.
        const std::uint64_t budget = tarStream ? limits.maxTotalBytes - std::min(totalBefore, limits.maxTotalBytes)
                                               : limits.maxTotalBytes - std::min(total, limits.maxTotalBytes);
        const bool totalLimits = budget < maxEntryBytes;
        const std::uint64_t limit = totalLimits ? budget : maxEntryBytes;
        std::string &text = listed.text;
        text.reserve(static_cast<std::size_t>(std::min(sizeKnown ? size : 65536, limit)) + 1);
        // Up to one byte past the limit, so that a cut is seen; the announced size plus one byte when it fits, so
        // that the end is seen without growing the string again.
        for (;;) {
            const std::size_t have = text.size();
            if (have > limit) break;
            std::uint64_t step = sizeKnown && have <= size ? size + 1 - have : 65536;
            step = std::min<std::uint64_t>(step, limit + 1 - have);
            text.resize(have + static_cast<std::size_t>(step));
            const la_ssize_t got = archive_read_data(a, text.data() + have, static_cast<std::size_t>(step));
            if (got < 0) {
                *decryptionFailed = encrypted;
                return readFailure(a, *path, encrypted, options.passphrases.size());
            }
            text.resize(have + static_cast<std::size_t>(got));
            if (got == 0) break;
        }
        const std::uint64_t seen = text.size(); // the limit + 1 when cut
        if (text.size() > limit) {
            text.resize(static_cast<std::size_t>(limit));
            listed.truncated = true;
        }
        if (text.capacity() > text.size() + text.size() / 4 + 64) text.shrink_to_fit();
        if (!tarStream) total += text.size();

        if (ratioHit || (!tarStream && overRatio(std::max(size, seen))))
            caps.add(ratioNote(*path, std::max(size, seen)));
        if (listed.truncated && totalLimits) {
            caps.stop(totalNote(*path) + "; its first " + std::to_string(text.size()) + " bytes read");
        } else {
            if (listed.truncated) {
                std::string note = notePath(*path) + ": entry-size cap, first " + std::to_string(text.size());
                if (sizeKnown && size > text.size())
                    note += " of " + std::to_string(size) + " bytes read";
                else if (sizeKnown)
                    note += " bytes read (its header claims " + std::to_string(size) + " bytes)";
                else
                    note += " bytes read (it is larger)";
                caps.add(std::move(note));
            }
            if (overTotal) caps.stop(totalNote(*path));
        }
        listed.hasText = true;
        listing.entries.push_back(std::move(listed));
    }
    if (overEntryCap) caps.stop(entryCountNote());
    listing.caps = caps.take();
    return std::nullopt;
}

} // namespace

} // namespace mph::corpus
