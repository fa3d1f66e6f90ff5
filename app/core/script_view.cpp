#include "script_view.h"

namespace mph::app {

ScriptView makeScriptView(const ScanResult &scan, const ScriptTextSource &texts, std::uint32_t entry) {
    ScriptView view;
    if (entry >= scan.scripts.size()) return view;
    view.title = scriptTitle(scan, entry);
    view.scriptPath = fromBytes(scriptOfEntry(scan, entry).path);
    view.text = texts.text(entry, &view.error);
    const std::uint32_t unique = scan.scripts[entry].unique;
    if (unique < scan.sequences.size()) view.calls = scan.sequences[unique].calls;
    return view;
}

} // namespace mph::app
