#include "table_export.h"

#include "pipeline/ranking_csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sstream>
#include <vector>

namespace mph::app {

namespace {

struct TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

QString saveBytes(const QByteArray &bytes, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return TableExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QJsonObject rowJson(const ScanResult &scan, const RankedScript &r) {
    const ScriptEntry &entry = scan.scripts[r.entry];
    const Package &package = scan.packageOf(entry);
    const Script &script = scan.scriptOf(entry);
    const CallSequence &sequence = scan.sequenceOf(entry);
    QJsonArray calls, rare, nearest;
    for (const CallToken &token : sequence.calls)
        calls.append(fromBytes(token.name));
    for (const std::string &call : r.rareSharedCalls)
        rare.append(fromBytes(call));
    for (const std::uint32_t known : r.nearestKnown)
        nearest.append(fromBytes(packageLabel(scan, known)));
    QJsonArray caps;
    for (const std::string &note : package.caps)
        caps.append(fromBytes(note));
    const Campaign *campaign = scan.campaignOf(r.campaign);
    const QJsonValue campaignSize =
        campaign ? QJsonValue(static_cast<qint64>(campaign->packages.size())) : QJsonValue();
    const PackageMemory memory =
        entry.package < scan.packageMemory.size() ? scan.packageMemory[entry.package] : PackageMemory{};
    QJsonArray reached, layers;
    for (std::size_t i = 1; i < entry.sources.size(); ++i) {
        const CodeSource &source = entry.sources[i];
        const QJsonObject item{{"path", fromBytes(source.path)}, {"calls", static_cast<qint64>(source.calls)}};
        if (source.layer == 0) {
            reached.append(item);
        } else {
            QJsonObject layer = item;
            layer["depth"] = static_cast<qint64>(source.layer);
            layer["offset"] = static_cast<qint64>(source.begin);
            layers.append(layer);
        }
    }
    return QJsonObject{{"batch", fromBytes(scan.batchNames.at(r.batch))},
                       {"rank", static_cast<qint64>(r.rank)},
                       {"package", fromBytes(package.name)},
                       {"version", fromBytes(package.version)},
                       {"archive", fromBytes(package.source)},
                       {"script", fromBytes(script.path)},
                       {"scope", scopeKey(entry.scope)},
                       {"cluster", r.cluster},
                       {"score", r.score},
                       {"d_b", r.dB},
                       {"d_m", r.dM},
                       {"size", static_cast<qint64>(sequence.size())},
                       {"nearest_known", nearest},
                       {"sequence", calls},
                       {"outlier_score", r.outlierScore},
                       {"beta", r.beta},
                       {"w_b", r.wB},
                       {"archive_sha256", fromBytes(package.sha256)},
                       {"script_sha256", fromBytes(script.sha256)},
                       {"rare_calls", rare},
                       {"d_k", r.dNeighbourhood},
                       {"d_nb", r.dNearestBackground},
                       {"evidence", r.evidence},
                       {"rarity", r.rarity},
                       {"capability", r.capability},
                       {"capability_call", fromBytes(r.capabilityCall)},
                       {"reached_files", reached},
                       {"layers", layers},
                       {"truncated", sequence.truncated},
                       {"flagged", r.flagged},
                       {"caps", caps},
                       {"campaign", campaign ? QJsonValue(r.campaign + 1) : QJsonValue()},
                       {"campaign_size", campaignSize},
                       {"follows_malicious", r.followsMalicious},
                       {"prior_verdict", fromBytes(memory.priorVerdict)},
                       {"first_seen", fromBytes(memory.firstSeen)}};
}

} // namespace

QString saveRankingCsv(const ScanResult &scan, const QString &path, const QList<qsizetype> &rows) {
    std::ostringstream out;
    if (rows.isEmpty()) {
        writeRankingCsv(out, scan);
    } else {
        std::vector<std::size_t> indices;
        for (const qsizetype row : rows)
            if (row >= 0) indices.push_back(static_cast<std::size_t>(row));
        writeRankingCsv(out, scan, indices);
    }
    const std::string text = out.str();
    return saveBytes(QByteArray(text.data(), static_cast<qsizetype>(text.size())), path);
}

QJsonObject rankingJson(const ScanResult &scan, const QList<qsizetype> &rows) {
    QJsonArray batches, out;
    for (const std::string &name : scan.batchNames)
        batches.append(fromBytes(name));
    if (rows.isEmpty()) {
        for (const RankedScript &r : scan.ranking)
            out.append(rowJson(scan, r));
    } else {
        for (const qsizetype row : rows)
            if (row >= 0 && static_cast<std::size_t>(row) < scan.ranking.size())
                out.append(rowJson(scan, scan.ranking[static_cast<std::size_t>(row)]));
    }
    return QJsonObject{{"format", "mphunter-ranking"}, {"version", 1}, {"batches", batches}, {"rows", out}};
}

QString saveRankingJson(const ScanResult &scan, const QString &path, const QList<qsizetype> &rows) {
    return saveBytes(QJsonDocument(rankingJson(scan, rows)).toJson(QJsonDocument::Indented), path);
}

} // namespace mph::app
