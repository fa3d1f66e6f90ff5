// Which files of a package are its scripts (design 2.2), and which metadata file names it.
#include "corpus/package_tree.h"
#include "corpus/sha256.h"

#include <algorithm>
#include <optional>

namespace mph::corpus {
namespace {

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isPth(std::string_view name) {
    return name.size() > 4 && endsWith(name, ".pth");
}

bool isMetadata(const std::vector<std::string_view> &parts) {
    const std::string_view name = parts.back();
    if (name == "PKG-INFO") return true;
    return name == "METADATA" && parts.size() >= 2 && endsWith(parts[parts.size() - 2], ".dist-info");
}

// The single top-level folder holding every entry (an sdist's "name-version/"), or none (a wheel's tree).
std::optional<std::string_view> topFolder(const std::vector<std::vector<std::string_view>> &paths,
                                          const std::vector<TreeEntry> &entries) {
    std::optional<std::string_view> top;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto &parts = paths[i];
        if (parts.empty()) continue;
        if (parts.size() == 1 && !entries[i].directory) return std::nullopt; // a file at the root
        if (top && *top != parts[0]) return std::nullopt;
        top = parts[0];
    }
    return top;
}

enum class Role { None, Install, Import, RootModule };

// The role of a path relative to the package base (the top folder, or the root).
Role roleOf(const std::vector<std::string_view> &rel, bool baseIsTop) {
    const std::string_view name = rel.back();
    const bool init = name == "__init__.py";
    const bool pth = isPth(name);
    const bool module = name.size() > 3 && endsWith(name, ".py");
    switch (rel.size()) {
    case 1:
        if (name == "setup.py") return Role::Install;
        if (pth || (init && baseIsTop)) return Role::Import; // <top>/__init__.py: the folder itself is a package
        if (!module || init) return Role::None;
        return baseIsTop ? Role::RootModule : Role::Import; // a wheel's top-level module; an sdist's, if it says so
    case 2: // <pkg>/__init__.py, <pkg>/x.pth, src/x.pth, src/<module>.py
        return init || pth || (rel[0] == "src" && module) ? Role::Import : Role::None;
    case 3: // src/<pkg>/__init__.py, src/<pkg>/x.pth
        return rel[0] == "src" && (init || pth) ? Role::Import : Role::None;
    default:
        return Role::None;
    }
}

bool isIdentifierByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The module names after each `py_modules` in a setup.py (`py_modules=['a', "b"]`) or setup.cfg (`py_modules = a, b`,
// or one per indented line): read as text, nothing is evaluated.
void pyModulesOf(std::string_view text, std::vector<std::string> &names) {
    constexpr std::string_view kKey = "py_modules";
    for (std::size_t at = text.find(kKey); at != std::string_view::npos; at = text.find(kKey, at + 1)) {
        std::size_t i = at + kKey.size();
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        if (i >= text.size() || (text[i] != '=' && text[i] != ':')) continue;
        ++i;
        // Up to the closing bracket (setup.py) or the first unindented line (setup.cfg).
        bool bracket = false, quoted = false;
        std::string name;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '[' || c == '(') bracket = true;
            if (c == ']' || c == ')') break;
            if (c == '\n' && !bracket && i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\t') {
                if (!name.empty()) names.push_back(name);
                name.clear();
                break;
            }
            if (c == '\'' || c == '"') quoted = !quoted;
            if (isIdentifierByte(c) || c == '.') {
                name += c;
            } else if (!name.empty()) {
                if (quoted || !bracket || c == '\'' || c == '"') names.push_back(name);
                name.clear();
            }
        }
        if (!name.empty()) names.push_back(name);
    }
}

} // namespace

std::vector<std::string_view> splitPath(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) slash = path.size();
        const std::string_view part = path.substr(start, slash - start);
        if (!part.empty() && part != ".") parts.push_back(part);
        start = slash + 1;
    }
    return parts;
}

std::string notePath(std::string_view path) {
    constexpr std::size_t shown = 200;
    if (path.size() <= shown) return "\"" + std::string(path) + "\"";
    return "\"" + std::string(path.substr(0, shown)) + "...\" (" + std::to_string(path.size()) + " bytes)";
}

bool mayNeedContent(const std::vector<std::string_view> &parts) {
    if (parts.empty()) return false;
    const std::string_view name = parts.back();
    const std::size_t depth = parts.size();
    if (isPth(name) || endsWith(name, ".py")) return true; // scripts, and the modules they may run
    if (name == "setup.cfg") return depth <= 2;            // its py_modules
    if (isMetadata(parts)) return depth <= 4;
    return false;
}

Layout selectLayout(std::vector<TreeEntry> &entries, std::string_view fallbackName) {
    std::vector<std::vector<std::string_view>> paths;
    paths.reserve(entries.size());
    for (const TreeEntry &entry : entries)
        paths.push_back(splitPath(entry.path));

    Layout layout;
    const std::optional<std::string_view> top = topFolder(paths, entries);
    const std::size_t baseDepth = top ? 1 : 0;
    std::optional<std::size_t> install;  // the last one wins, as when pip unpacks duplicates
    std::optional<std::size_t> metadata; // the shallowest, then the first by path
    std::vector<std::size_t> imports;
    std::vector<std::size_t> modules;
    std::vector<std::size_t> rootModules;
    std::optional<std::size_t> setupCfg;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto &parts = paths[i];
        if (parts.empty()) continue;
        if (parts.size() > 1 && endsWith(parts[0], ".dist-info")) layout.hasDistInfo = true;
        if (parts.size() > 1 && parts[0] == "EGG-INFO") layout.hasEggInfo = true;
        if (!entries[i].hasText) continue;
        if (isMetadata(parts)) {
            if (!metadata || parts.size() < paths[*metadata].size() ||
                (parts.size() == paths[*metadata].size() && entries[i].path < entries[*metadata].path)) {
                metadata = i;
            }
            continue;
        }
        if (parts.size() <= baseDepth) continue;
        const std::vector<std::string_view> rel(parts.begin() + static_cast<std::ptrdiff_t>(baseDepth), parts.end());
        const Role role = roleOf(rel, top.has_value());
        if (role == Role::Install) install = i;
        if (role == Role::Import) imports.push_back(i);
        if (role == Role::RootModule) rootModules.push_back(i);
        if (role == Role::None && endsWith(parts.back(), ".py")) modules.push_back(i);
        if (rel.size() == 1 && rel[0] == "setup.cfg") setupCfg = i;
    }
    // A .py beside an sdist's setup.py is installed only when named in py_modules (versioneer.py, conftest.py and
    // other build or test helpers are not); otherwise it is a module that setup.py may run.
    if (!rootModules.empty()) {
        std::vector<std::string> installed;
        if (install) pyModulesOf(entries[*install].text, installed);
        if (setupCfg) pyModulesOf(entries[*setupCfg].text, installed);
        for (const std::size_t i : rootModules) {
            std::string_view stem = paths[i].back();
            stem.remove_suffix(3);
            const bool named = std::find(installed.begin(), installed.end(), stem) != installed.end();
            (named ? imports : modules).push_back(i);
        }
    }
    if (top) layout.root = std::string(*top);

    if (metadata) parsePackageInfo(entries[*metadata].text, layout.name, layout.version);
    if (layout.name.empty() || layout.version.empty()) {
        std::string name, version;
        identityFromFileName(fallbackName, name, version);
        if (layout.name.empty()) layout.name = std::move(name);
        if (layout.version.empty()) layout.version = std::move(version);
    }

    auto take = [&](std::size_t i, Scope scope) {
        Script script;
        script.path = entries[i].path;
        script.scope = scope;
        script.text = std::move(entries[i].text);
        script.sha256 = sha256Hex(script.text);
        script.truncated = entries[i].truncated;
        layout.scripts.push_back(std::move(script));
    };
    if (install) take(*install, Scope::Install);
    std::stable_sort(imports.begin(), imports.end(),
                     [&](std::size_t a, std::size_t b) { return entries[a].path < entries[b].path; });
    // Duplicated paths: keep the last stored copy of each, as for setup.py.
    for (std::size_t k = 0; k < imports.size(); ++k) {
        if (k + 1 < imports.size() && entries[imports[k]].path == entries[imports[k + 1]].path) continue;
        take(imports[k], Scope::Import);
    }
    std::stable_sort(modules.begin(), modules.end(),
                     [&](std::size_t a, std::size_t b) { return entries[a].path < entries[b].path; });
    for (std::size_t k = 0; k < modules.size(); ++k) {
        if (k + 1 < modules.size() && entries[modules[k]].path == entries[modules[k + 1]].path) continue;
        TreeEntry &entry = entries[modules[k]];
        layout.modules.push_back({entry.path, std::move(entry.text), entry.truncated});
    }
    return layout;
}

} // namespace mph::corpus
