// Finding packages under folders: archive files and unpacked package folders. Symlinks are never followed.
#include "corpus/reader.h"

#include <algorithm>
#include <set>

namespace mph {
namespace {

namespace fs = std::filesystem;

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Files that are obviously not packages are passed over silently (a corpus folder's manifest, notes, listings).
bool obviouslyNotAPackage(std::string_view name) {
    if (name.empty() || name.front() == '.') return true; // hidden files and folders (.git, .DS_Store)
    if (name == "manifest.tsv" || name.substr(0, 6) == "README") return true;
    for (std::string_view suffix : {".md", ".txt", ".tsv", ".json"}) {
        if (endsWith(name, suffix)) return true;
    }
    return false;
}

bool isMarker(const fs::directory_entry &child, std::error_code &ec) {
    const std::string name = child.path().filename().string();
    return (name == "setup.py" || name == "PKG-INFO" || name == "pyproject.toml") && !child.is_symlink(ec) &&
           child.is_regular_file(ec);
}

// One readdir per folder; entry types come from it (d_type), so no stat per file on common file systems.
void walk(const fs::path &folder, int depth, int maxDepth, std::vector<fs::path> &found,
          std::vector<ReadError> &errors) {
    std::error_code ec;
    std::vector<fs::directory_entry> children;
    fs::directory_iterator it(folder, fs::directory_options::none, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec))
        children.push_back(*it);
    if (ec) errors.push_back({folder.string(), "cannot list folder: " + ec.message()});
    for (const fs::directory_entry &child : children) {
        if (isMarker(child, ec)) { // an unpacked package: not descended into
            found.push_back(folder);
            return;
        }
    }
    if (depth > maxDepth) {
        errors.push_back({folder.string(), "nesting-depth cap: folder nested deeper than " + std::to_string(maxDepth) +
                                               " levels, not searched"});
        return;
    }
    std::sort(children.begin(), children.end(),
              [](const fs::directory_entry &a, const fs::directory_entry &b) { return a.path() < b.path(); });
    for (const fs::directory_entry &child : children) {
        if (obviouslyNotAPackage(child.path().filename().string())) continue;
        ec.clear();
        if (child.is_symlink(ec)) continue; // never followed
        if (child.is_directory(ec)) {
            walk(child.path(), depth + 1, maxDepth, found, errors);
        } else if (child.is_regular_file(ec)) {
            found.push_back(child.path());
        }
        if (ec) errors.push_back({child.path().string(), "cannot stat: " + ec.message()});
    }
}

} // namespace

Discovery discoverPackages(const std::vector<fs::path> &roots) {
    const int maxDepth = ReadLimits{}.maxDepth;
    Discovery discovery;
    std::set<fs::path> seen;
    for (const fs::path &given : roots) {
        std::error_code ec;
        const fs::path root = fs::absolute(given, ec).lexically_normal();
        const fs::file_status status = fs::status(root, ec); // a root named on purpose may be a symlink
        std::vector<fs::path> found;
        if (ec || !fs::exists(status)) {
            discovery.errors.push_back({given.string(), "no such file or folder"});
        } else if (fs::is_directory(status)) {
            walk(root, 0, maxDepth, found, discovery.errors);
        } else {
            found.push_back(root);
        }
        std::sort(found.begin(), found.end());
        for (fs::path &path : found) {
            if (seen.insert(path).second) discovery.packages.push_back(std::move(path));
        }
    }
    return discovery;
}

} // namespace mph
