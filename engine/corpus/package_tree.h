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
};

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
    std::string name, version;   // from the shallowest PKG-INFO/METADATA, else from fallbackName
    bool hasDistInfo = false;    // a root "*.dist-info/" folder (a wheel)
    bool hasEggInfo = false;     // a root "EGG-INFO/" folder (an egg)
};

// Chooses the scripts and the identity; moves the chosen texts out of `entries`.
Layout selectLayout(std::vector<TreeEntry> &entries, std::string_view fallbackName);

} // namespace mph::corpus
