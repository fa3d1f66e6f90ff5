#pragma once
// Internal to the corpus stage: the listing of one package (archive or folder) and what is made of it.
// Paths are data: split on '/', empty and "." components dropped, ".." kept as an ordinary name.
#include "corpus/package.h"

#include <string>
#include <string_view>
#include <vector>

namespace mph::corpus {

struct TreeEntry {
    std::string path; // as stored
    bool directory = false;
    bool hasText = false; // the content was read (only for entries that may be scripts or metadata)
    std::string text;
    bool truncated = false; // a cap cut the content: text is its first part only
};

// The caps hit while reading one package, as notes for Package::caps: the first kMaxNotes per-entry notes, a count of
// the others, then why reading stopped early, if it did.
class CapNotes {
  public:
    static constexpr std::size_t kMaxNotes = 32;
    void add(std::string note) {
        if (notes_.size() >= kMaxNotes) {
            ++more_;
            return;
        }
        notes_.push_back(std::move(note));
    }
    void stop(std::string note) { stops_.push_back(std::move(note)); }
    bool stopped() const { return !stops_.empty(); }
    std::vector<std::string> take() {
        std::vector<std::string> notes = std::move(notes_);
        if (more_ > 0) notes.push_back("and " + std::to_string(more_) + " more entries cut or skipped by a cap");
        for (std::string &note : stops_)
            notes.push_back(std::move(note));
        *this = CapNotes();
        return notes;
    }

  private:
    std::vector<std::string> notes_;
    std::size_t more_ = 0;
    std::vector<std::string> stops_;
};

// A path as cap notes and error reasons show it: quoted, and shortened past 200 bytes (paths are data, any length).
std::string notePath(std::string_view path);

std::vector<std::string_view> splitPath(std::string_view path);

// Whether an entry may turn out to be a script or the package metadata, judged from its path alone (before the
// layout of the whole package is known). Only these entries are decompressed.
bool mayNeedContent(const std::vector<std::string_view> &parts);

// Name and version from the headers of a PKG-INFO/METADATA file; false when it has no Name header.
bool parsePackageInfo(std::string_view text, std::string &name, std::string &version);

// Name and version from a file or folder name: "name-1.0.tar.gz", "name-1.0-py3-none-any.whl", "name-1.0".
void identityFromFileName(std::string_view fileName, std::string &name, std::string &version);

struct Layout {
    std::vector<Script> scripts; // install script first, then import scripts by path; sha256 filled
    std::vector<Module> modules; // every other .py file, by path
    std::string root;            // the top folder, or empty
    std::string name, version;   // from the shallowest PKG-INFO/METADATA, else from fallbackName
    bool hasDistInfo = false;    // a root "*.dist-info/" folder (a wheel)
    bool hasEggInfo = false;     // a root "EGG-INFO/" folder (an egg)
};

// Chooses the scripts and the identity; moves the chosen texts out of `entries`.
Layout selectLayout(std::vector<TreeEntry> &entries, std::string_view fallbackName);

} // namespace mph::corpus
