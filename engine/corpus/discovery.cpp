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

bool isUnpackedPackage(const fs::path &folder) {
    for (const char *marker : {"setup.py", "PKG-INFO", "pyproject.toml"}) {
        std::error_code ec;
        const fs::file_status status = fs::symlink_status(folder / marker, ec);
        if (!ec && fs::is_regular_file(status)) return true;
    }
    return false;
}

void walk(const fs::path &folder, int depth, int maxDepth, std::vector<fs::path> &found,
          std::vector<ReadError> &errors) {
    if (isUnpackedPackage(folder)) {
        found.push_back(folder);
        return;
    }
    if (depth > maxDepth) {
        errors.push_back({folder.string(), "nesting-depth cap: folder nested deeper than " + std::to_string(maxDepth) +
                                               " levels, not searched"});
        return;
    }
    std::error_code ec;
    std::vector<fs::directory_entry> children;
    fs::directory_iterator it(folder, fs::directory_options::none, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec))
        children.push_back(*it);
    if (ec) errors.push_back({folder.string(), "cannot list folder: " + ec.message()});
    std::sort(children.begin(), children.end(),
              [](const fs::directory_entry &a, const fs::directory_entry &b) { return a.path() < b.path(); });
    for (const fs::directory_entry &child : children) {
        if (obviouslyNotAPackage(child.path().filename().string())) continue;
        const fs::file_status status = child.symlink_status(ec);
        if (ec) {
            errors.push_back({child.path().string(), "cannot stat: " + ec.message()});
        } else if (fs::is_directory(status)) {
            walk(child.path(), depth + 1, maxDepth, found, errors);
        } else if (fs::is_regular_file(status)) {
            found.push_back(child.path());
        }
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
