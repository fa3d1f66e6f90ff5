#include "case_context.h"

#include <algorithm>

namespace mph::app {

int lineOfOffset(const QByteArray &text, std::uint32_t offset) {
    const qsizetype end = std::min<qsizetype>(static_cast<qsizetype>(offset), text.size());
    return 1 + static_cast<int>(std::count(text.cbegin(), text.cbegin() + end, '\n'));
}

CaseContext caseContext(const ScanResult &scan, std::size_t rankingIndex, const QByteArray &scriptText) {
    CaseContext context;
    if (rankingIndex >= scan.ranking.size()) return context;
    const RankedScript &ranked = scan.ranking[rankingIndex];
    const ScriptEntry &entry = scan.scripts[ranked.entry];
    const CallSequence &sequence = scan.sequenceOf(entry);
    context.scriptText = scriptText;
    for (const CallToken &token : scan.callsOf(entry))
        context.calls.append({fromBytes(token.name), lineOfOffset(scriptText, token.begin)});
    for (const std::string &call : ranked.rareSharedCalls)
        context.rareSharedCalls.append(fromBytes(call));
    context.beta = ranked.beta;
    context.wB = ranked.wB;
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
