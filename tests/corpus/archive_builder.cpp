#include "archive_builder.h"

#include <archive.h>
#include <archive_entry.h>

#include <stdexcept>

namespace mph::test {
namespace {

la_ssize_t append(archive *, void *client, const void *buffer, size_t length) {
    static_cast<std::string *>(client)->append(static_cast<const char *>(buffer), length);
    return static_cast<la_ssize_t>(length);
}

void check(archive *a, int status, const char *what) {
    if (status < ARCHIVE_WARN) {
        const char *message = archive_error_string(a);
        throw std::runtime_error(std::string(what) + ": " + (message ? message : "?"));
    }
}

} // namespace

std::string buildArchive(Format format, const std::vector<Entry> &entries, const std::string &passphrase) {
    std::string out;
    archive *a = archive_write_new();
    const bool zip = format == Format::Zip || format == Format::ZipStored;
    if (zip) {
        check(a, archive_write_set_format_zip(a), "zip format");
        if (format == Format::ZipStored) check(a, archive_write_set_options(a, "zip:compression=store"), "store");
        if (!passphrase.empty()) {
            check(a, archive_write_set_options(a, "zip:encryption=zipcrypt"), "zipcrypt");
            check(a, archive_write_set_passphrase(a, passphrase.c_str()), "passphrase");
        }
    } else {
        check(a, archive_write_set_format_pax_restricted(a), "tar format");
        if (format == Format::TarGz) check(a, archive_write_add_filter_gzip(a), "gzip");
        if (format == Format::TarBz2) check(a, archive_write_add_filter_bzip2(a), "bzip2");
        if (format == Format::TarXz) check(a, archive_write_add_filter_xz(a), "xz");
    }
    archive_write_set_bytes_in_last_block(a, 1);
    check(a, archive_write_open(a, &out, nullptr, append, nullptr), "open");
    for (const Entry &spec : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, spec.path.c_str());
        archive_entry_set_mtime(entry, 1700000000, 0);
        switch (spec.kind) {
        case Entry::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, static_cast<la_int64_t>(spec.content.size()));
            break;
        case Entry::Kind::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case Entry::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_copy_symlink(entry, spec.target.c_str());
            break;
        case Entry::Kind::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_copy_hardlink(entry, spec.target.c_str());
            archive_entry_set_size(entry, 0);
            break;
        }
        check(a, archive_write_header(a, entry), "header");
        if (spec.kind == Entry::Kind::File && !spec.content.empty()) {
            const la_ssize_t written = archive_write_data(a, spec.content.data(), spec.content.size());
            if (written != static_cast<la_ssize_t>(spec.content.size())) check(a, ARCHIVE_FATAL, "data");
        }
        archive_entry_free(entry);
    }
    check(a, archive_write_close(a), "close");
    archive_write_free(a);
    return out;
}

} // namespace mph::test
