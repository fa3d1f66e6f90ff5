#include "case_context.h"

#include "pipeline/ranked_formula.h"

namespace mph::app {

QString callPlace(const CallSite &site) {
    const QString file =
        site.layer > 0 ? QStringLiteral("%1 (layer %2)").arg(site.file, QString::number(site.layer)) : site.file;
    return QStringLiteral("%1:%2").arg(file, QString::number(site.line));
}

CaseContext caseContext(const ScanResult &scan, std::size_t rankingIndex, const QByteArray &scriptText) {
    CaseContext context;
    if (rankingIndex >= scan.ranking.size()) return context;
    const RankedScript &ranked = scan.ranking[rankingIndex];
    const ScriptEntry &entry = scan.scripts[ranked.entry];
    const CallSequence &sequence = scan.sequenceOf(entry);
    context.scriptText = scriptText;
    std::vector<QByteArray> texts = keptSourceTexts(scan, ranked.entry);
    texts[0] = scriptText;
    const std::vector<SourcePlace> places = sourcePlaces(scan, ranked.entry, texts);
    for (std::size_t k = 1; k < places.size() && k < texts.size(); ++k)
        if (!texts[k].isEmpty()) context.sourceTexts.insert(placeName(places[k]), texts[k]);
    for (const CallToken &token : scan.callsOf(entry)) {
        const std::size_t source = token.source < places.size() && token.source < texts.size() ? token.source : 0;
        CallSite site{fromBytes(token.name), lineOfOffset(texts[source], token.begin)};
        if (source > 0) {
            site.file = places[source].path;
            site.layer = static_cast<int>(places[source].layer);
        }
        context.calls.append(site);
    }
    for (const std::string &call : ranked.rareSharedCalls)
        context.rareSharedCalls.append(fromBytes(call));
    context.beta = ranked.beta;
    context.wB = ranked.wB;
    context.formula = scoreFormulaOf(scan, ranked);
    context.indicators = scriptIndicators(scan, ranked.entry, texts);
    context.size = static_cast<int>(sequence.size());
    if (entry.unique < scan.mapX.size() && entry.unique < scan.mapY.size())
        context.mapPosition = QPointF(scan.mapX[entry.unique], scan.mapY[entry.unique]);
    context.valid = true;
    return context;
}

std::optional<std::size_t> findRankingIndex(const ScanResult &scan, const CaseFile &caseFile) {
    for (std::size_t i = 0; i < scan.ranking.size(); ++i) {
        const std::uint32_t entry = scan.ranking[i].entry;
        if (fromBytes(packageOfEntry(scan, entry).source) == caseFile.archivePath &&
            fromBytes(scriptOfEntry(scan, entry).path) == caseFile.scriptPath)
            return i;
    }
    return std::nullopt;
}

} // namespace mph::app
