#include "code_sources.h"

#include <algorithm>

namespace mph::app {

namespace {

// "name-1.0/pkg/_hooks.py" -> "pkg/_hooks.py" (the root is stored with or without its final slash).
QString withoutRoot(const std::string &path, const std::string &root) {
    std::string_view rest = path;
    if (root.empty() || !rest.starts_with(root)) return fromBytes(path);
    rest.remove_prefix(root.size());
    if (!root.ends_with('/')) {
        if (!rest.starts_with('/')) return fromBytes(path); // "name-1.0x/..." is not under "name-1.0"
        rest.remove_prefix(1);
    }
    return rest.empty() ? fromBytes(path) : QString::fromUtf8(rest.data(), static_cast<qsizetype>(rest.size()));
}

// The places of a script's sources; `lineAt(source, offset)` is the 1-based line of `offset` in a source's text, 0
// when the text is unknown.
template <typename LineAt>
std::vector<SourcePlace> placesOf(const ScanResult &scan, std::uint32_t entry, LineAt &&lineAt) {
    std::vector<SourcePlace> places;
    if (entry >= scan.scripts.size()) return places;
    const ScriptEntry &script = scan.scripts[entry];
    const Package &package = scan.packageOf(script);
    if (script.sources.empty()) { // a scan without reach: the script holds every call
        const std::string &path = scan.scriptOf(script).path;
        const auto calls = script.unique < scan.sequences.size() ? scan.sequences[script.unique].size() : 0;
        places.push_back(
            {fromBytes(path), withoutRoot(path, package.root), 0, -1, 0, 0, static_cast<std::uint32_t>(calls)});
        return places;
    }
    places.reserve(script.sources.size());
    for (const CodeSource &source : script.sources) {
        SourcePlace place{fromBytes(source.path),
                          withoutRoot(source.path, package.root),
                          source.layer,
                          source.parent,
                          0,
                          0,
                          source.calls};
        if (source.layer > 0 && source.parent >= 0 && static_cast<std::size_t>(source.parent) < script.sources.size())
            place.parentLine = lineAt(static_cast<std::uint32_t>(source.parent), source.begin);
        places.push_back(std::move(place));
    }
    places[0].layer = 0; // the script is never a layer
    places[0].parent = -1;
    // A layer's chain of parents ends in a file (parents come first): its line there is where the onion starts.
    for (SourcePlace &place : places) {
        if (place.layer == 0 || place.parent < 0) continue;
        const SourcePlace *at = &place;
        int steps = 0;
        while (at->layer > 0 && at->parent >= 0 && static_cast<std::size_t>(at->parent) < places.size() &&
               ++steps <= static_cast<int>(places.size())) {
            const SourcePlace &up = places[static_cast<std::size_t>(at->parent)];
            if (up.layer == 0) break;
            at = &up;
        }
        place.fileLine = at->layer > 0 ? at->parentLine : 0;
    }
    return places;
}

} // namespace

std::vector<SourcePlace> sourcePlaces(const ScanResult &scan, std::uint32_t entry,
                                      const std::vector<QByteArray> &texts) {
    return placesOf(scan, entry, [&](std::uint32_t source, std::uint32_t offset) {
        return source < texts.size() && !texts[source].isEmpty() ? lineOfOffset(texts[source], offset) : 0;
    });
}

std::vector<SourcePlace> sourcePlaces(const ScanResult &scan, std::uint32_t entry) {
    return placesOf(scan, entry, [&](std::uint32_t source, std::uint32_t offset) {
        const std::string_view text = scan.sourceText(scan.scripts[entry], source);
        if (text.empty()) return 0;
        const std::string_view before = text.substr(0, std::min<std::size_t>(offset, text.size()));
        return 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    });
}

std::vector<QByteArray> keptSourceTexts(const ScanResult &scan, std::uint32_t entry) {
    std::vector<QByteArray> texts;
    if (entry >= scan.scripts.size()) return texts;
    const ScriptEntry &script = scan.scripts[entry];
    const std::size_t count = std::max<std::size_t>(1, script.sources.size());
    texts.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        const std::string_view text = scan.sourceText(script, static_cast<std::uint32_t>(k));
        texts.emplace_back(text.data(), static_cast<qsizetype>(text.size()));
    }
    return texts;
}

QString placeName(const SourcePlace &place) {
    return place.layer == 0 ? place.path
                            : QStringLiteral("%1 (layer %2)").arg(place.path, QString::number(place.layer));
}

int lineOfOffset(const QByteArray &text, std::uint32_t offset) {
    const qsizetype end = std::min<qsizetype>(static_cast<qsizetype>(offset), text.size());
    return 1 + static_cast<int>(std::count(text.cbegin(), text.cbegin() + end, '\n'));
}

} // namespace mph::app
