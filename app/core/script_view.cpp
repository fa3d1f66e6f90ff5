#include "script_view.h"

namespace mph::app {

ScriptView makeScriptView(const ScanResult &scan, const ScriptTextSource &texts, std::uint32_t entry) {
    ScriptView view;
    if (entry >= scan.scripts.size()) return view;
    view.title = scriptTitle(scan, entry);
    view.scriptPath = fromBytes(scriptOfEntry(scan, entry).path);
    view.text = texts.text(entry, &view.error);
    if (scan.scripts[entry].unique < scan.sequences.size()) view.calls = scan.callsOf(scan.scripts[entry]);
    return view;
}

} // namespace mph::app
