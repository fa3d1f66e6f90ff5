#pragma once
// Everything the side-by-side view needs to show one script: title, text and its calls' byte ranges, and the other
// documents its calls live in (design 2.8): files of its package that it runs, payloads decoded from literals.
#include "code_sources.h"
#include "script_text_source.h"

#include <vector>

namespace mph::app {

// One document of a script: the script itself, a file of its package that it runs, or a decoded layer.
struct ScriptDocument {
    SourcePlace place;
    QByteArray text; // raw bytes
    QString error;   // why the text is missing, if it is
};

struct ScriptView {
    QString title;                // "name version: path"
    QString scriptPath;           // path inside the package
    QByteArray text;              // raw bytes of the script (documents[0]'s)
    std::vector<CallToken> calls; // each in the document CallToken::source, its byte range in that document's text
    QString error;                // why the text is missing, if it is
    std::vector<ScriptDocument> documents; // by CallToken::source: the script first
};

ScriptView makeScriptView(const ScanResult &scan, const ScriptTextSource &texts, std::uint32_t entry);

// For the document chooser: "setup.py (script)", "pkg/_hooks.py (12 calls)", "layer 2 in setup.py, line 14 (5 calls)".
QString documentLabel(const ScriptDocument &document, bool isScript);
// A decoded layer's origin, for the notice above it: file, line of the call that ran it, depth. Empty for files.
QString documentBanner(const ScriptView &view, std::size_t document);

} // namespace mph::app
