#pragma once
// Where a script's calls live (design 2.8): the script itself (source 0), the files of its package that it runs, and
// payloads decoded from literals. The code view, the explanation and the reports all place calls through this.
#include "scan_access.h"

#include <QByteArray>

#include <vector>

namespace mph::app {

struct SourcePlace {
    QString path;             // the file as stored; for a layer, the file it was decoded in
    QString shortPath;        // the same without the package's root folder ("pkg/_hooks.py")
    std::uint32_t layer = 0;  // 0: a file's own text; n: a payload decoded n levels deep
    std::int32_t parent = -1; // a layer: the source whose code ran it
    int parentLine = 0;       // a layer: 1-based line, in its parent's text, of the call that ran it (0: unknown)
    int fileLine = 0;         // a layer: that line in `path` for the outermost layer of its chain (0: unknown)
    std::uint32_t calls = 0;  // calls made in this source
};

// One place per ScriptEntry::sources, at least the script itself. `texts[k]`, where given and not empty, is source
// k's text: the lines of the calls that ran layers are read from it.
std::vector<SourcePlace> sourcePlaces(const ScanResult &scan, std::uint32_t entry,
                                      const std::vector<QByteArray> &texts);
// The same, with the lines read from the texts the scan keeps (no copies).
std::vector<SourcePlace> sourcePlaces(const ScanResult &scan, std::uint32_t entry);
// The texts of a script's sources that the scan keeps (batch scripts and their packages' modules, decoded layers);
// empty where it dropped them.
std::vector<QByteArray> keptSourceTexts(const ScanResult &scan, std::uint32_t entry);

// How case files and reports name a source other than the script: a file by its stored path, a layer as
// "name-1.0/setup.py (layer 2)". Not translated: it is data (evidence) and goes into OSV records.
QString placeName(const SourcePlace &place);

// 1-based line of byte offset `offset` in `text`.
int lineOfOffset(const QByteArray &text, std::uint32_t offset);

} // namespace mph::app
