// Package identity: PKG-INFO/METADATA headers, else the file or folder name.
#include "corpus/package_tree.h"

#include <array>
#include <cctype>

namespace mph::corpus {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// A wheel's trailing compatibility tags: python (py3, cp311, ...), abi, platform.
bool looksLikePythonTag(std::string_view tag) {
    for (std::string_view prefix : {"py", "cp", "pp", "ip", "jy"}) {
        if (tag.substr(0, 2) == prefix) return true;
    }
    return false;
}

} // namespace

bool parsePackageInfo(std::string_view text, std::string &name, std::string &version) {
    bool found = false;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (trim(line).empty()) break; // the headers end at the first blank line; the description follows
        if (line.front() == ' ' || line.front() == '\t') continue; // a continuation line
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view key = trim(line.substr(0, colon));
        const std::string_view value = trim(line.substr(colon + 1));
        if (equalsIgnoringCase(key, "Name") && !found) {
            name.assign(value);
            found = !name.empty();
        } else if (equalsIgnoringCase(key, "Version") && version.empty()) {
            version.assign(value);
        }
    }
    return found;
}

void identityFromFileName(std::string_view fileName, std::string &name, std::string &version) {
    static constexpr std::array<std::string_view, 11> extensions = {
        ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar", ".zip", ".whl", ".egg"};
    std::string_view stem = fileName;
    for (std::string_view extension : extensions) {
        if (stem.size() > extension.size() &&
            equalsIgnoringCase(stem.substr(stem.size() - extension.size()), extension)) {
            stem.remove_suffix(extension.size());
            break;
        }
    }

    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t dash = stem.find('-', start);
        parts.push_back(stem.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
        if (dash == std::string_view::npos) break;
        start = dash + 1;
    }
    // Wheel: name-version(-build)?-python-abi-platform.
    if ((parts.size() == 5 || parts.size() == 6) && looksLikePythonTag(parts[parts.size() - 3]) && !parts[1].empty() &&
        isDigit(parts[1].front())) {
        name.assign(parts[0]);
        version.assign(parts[1]);
        return;
    }
    // Sdist or egg: the version starts after the last '-' followed by a digit.
    for (std::size_t i = parts.size(); i-- > 1;) {
        if (!parts[i].empty() && isDigit(parts[i].front()) && !parts[i - 1].empty()) {
            const std::size_t cut = static_cast<std::size_t>(parts[i].data() - stem.data());
            name.assign(stem.substr(0, cut - 1));
            version.assign(parts[i]); // an egg's trailing "-py3.8-linux-x86_64" is not part of it
            return;
        }
    }
    name.assign(stem);
    version.clear();
}

} // namespace mph::corpus
