#pragma once
// Everything the side-by-side view needs to show one script: title, text and its calls' byte ranges.
#include "script_text_source.h"

#include <vector>

namespace mph::app {

struct ScriptView {
    QString title;      // "name version: path"
    QString scriptPath; // path inside the package
    QByteArray text;    // raw bytes
    std::vector<CallToken> calls;
    QString error; // why the text is missing, if it is
};

ScriptView makeScriptView(const ScanResult &scan, const ScriptTextSource &texts, std::uint32_t entry);

} // namespace mph::app
