#include "script_view.h"

#include <QCoreApplication>

#include <algorithm>

namespace mph::app {

namespace {

// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct ScriptViewText {
    Q_DECLARE_TR_FUNCTIONS(ScriptViewText)
};

} // namespace

ScriptView makeScriptView(const ScanResult &scan, const ScriptTextSource &texts, std::uint32_t entry) {
    ScriptView view;
    if (entry >= scan.scripts.size()) return view;
    view.title = scriptTitle(scan, entry);
    view.scriptPath = fromBytes(scriptOfEntry(scan, entry).path);
    view.text = texts.text(entry, &view.error);
    const ScriptEntry &script = scan.scripts[entry];
    if (script.unique < scan.sequences.size()) view.calls = scan.callsOf(script);
    const std::size_t count = std::max<std::size_t>(1, script.sources.size());
    std::vector<QByteArray> sourceTexts(count);
    std::vector<QString> errors(count);
    sourceTexts[0] = view.text;
    errors[0] = view.error;
    for (std::size_t k = 1; k < count; ++k)
        sourceTexts[k] = texts.sourceText(entry, static_cast<std::uint32_t>(k), &errors[k]);
    std::vector<SourcePlace> places = sourcePlaces(scan, entry, sourceTexts);
    view.documents.reserve(places.size());
    for (std::size_t k = 0; k < places.size() && k < count; ++k)
        view.documents.push_back({std::move(places[k]), sourceTexts[k], errors[k]});
    return view;
}

QString documentLabel(const ScriptDocument &document, bool isScript) {
    const SourcePlace &place = document.place;
    const int calls = static_cast<int>(place.calls);
    if (isScript) return ScriptViewText::tr("%1 (script)").arg(place.shortPath);
    if (place.layer == 0) return ScriptViewText::tr("%1 (%n call(s))", nullptr, calls).arg(place.shortPath);
    if (place.fileLine > 0)
        return ScriptViewText::tr("layer %1 in %2, line %3 (%n call(s))", nullptr, calls)
            .arg(QString::number(place.layer), place.shortPath, QString::number(place.fileLine));
    return ScriptViewText::tr("layer %1 in %2 (%n call(s))", nullptr, calls)
        .arg(QString::number(place.layer), place.shortPath);
}

QString documentBanner(const ScriptView &view, std::size_t document) {
    if (document == 0 || document >= view.documents.size()) return {};
    const SourcePlace &place = view.documents[document].place;
    if (place.layer == 0) return {};
    const auto parent = static_cast<std::size_t>(place.parent);
    const bool parentIsLayer =
        place.parent > 0 && parent < view.documents.size() && view.documents[parent].place.layer > 0;
    if (place.parentLine > 0 && !parentIsLayer)
        return ScriptViewText::tr("Decoded payload, layer %1: decoded in %2 and run at its line %3. Shown as text, "
                                  "never run.")
            .arg(QString::number(place.layer), place.shortPath, QString::number(place.parentLine));
    if (place.parentLine > 0 && place.fileLine > 0)
        return ScriptViewText::tr("Decoded payload, layer %1: decoded in %2, run at line %3 of layer %4, whose chain "
                                  "starts at line %5 of the file. Shown as text, never run.")
            .arg(QString::number(place.layer), place.shortPath, QString::number(place.parentLine),
                 QString::number(view.documents[parent].place.layer), QString::number(place.fileLine));
    return ScriptViewText::tr("Decoded payload, layer %1: decoded in %2. Shown as text, never run.")
        .arg(QString::number(place.layer), place.shortPath);
}

} // namespace mph::app
