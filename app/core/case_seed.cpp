#include "case_seed.h"

namespace mph::app {

CaseFile seedCase(const ScanResult &scan, std::size_t rankingIndex) {
    const RankedScript &ranked = scan.ranking.at(rankingIndex);
    const Package &package = packageOfEntry(scan, ranked.entry);
    const Script &script = scriptOfEntry(scan, ranked.entry);
    CaseFile c;
    c.name = fromBytes(package.name);
    c.version = fromBytes(package.version);
    c.archivePath = fromBytes(package.source);
    c.archiveSha256 = QString::fromLatin1(package.sha256.c_str());
    c.scriptPath = fromBytes(script.path);
    c.scriptSha256 = QString::fromLatin1(script.sha256.c_str());
    c.scope = scopeKey(scan.scripts[ranked.entry].scope);
    c.score = ranked.score;
    c.dB = ranked.dB;
    c.dM = ranked.dM;
    c.cluster = ranked.cluster;
    c.rank = static_cast<int>(ranked.rank);
    c.batch = static_cast<int>(ranked.batch);
    if (ranked.batch < scan.batchNames.size()) c.batchName = fromBytes(scan.batchNames[ranked.batch]);
    for (const std::uint32_t entry : ranked.nearestKnown) {
        const Package &known = packageOfEntry(scan, entry);
        const Script &knownScript = scriptOfEntry(scan, entry);
        c.nearestKnown.append({fromBytes(known.name), fromBytes(known.version), fromBytes(known.source),
                               fromBytes(knownScript.path), QString::fromLatin1(knownScript.sha256.c_str())});
    }
    return c;
}

} // namespace mph::app
