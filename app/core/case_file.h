#pragma once
// The analyst's case file (.mphcase): JSON with a versioned schema (design section 5). Saved atomically with
// QSaveFile; loading validates every field and reports a clear error for corrupt or newer-version files.
#include "verdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mph::app {

struct Evidence {
    QString script;    // path inside the package
    int firstLine = 1; // 1-based, inclusive
    int lastLine = 1;
    QString comment;
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

struct KnownNeighbour {
    QString name, version, archivePath, scriptPath, scriptSha256;
    friend bool operator==(const KnownNeighbour &, const KnownNeighbour &) = default;
};

// A package of a campaign (issue 13): batch packages judged as one group.
struct CampaignMember {
    QString name, version, archiveSha256, scriptPath;
    int rank = 0; // its best script's rank
    friend bool operator==(const CampaignMember &, const CampaignMember &) = default;
};

struct CampaignInfo {
    QString link;   // "identical calls", "nearly identical calls", "known family" (the engine's campaignLinkName)
    QString family; // with a known-family link: the known project the members are nearest to
    QList<CampaignMember> members; // best rank first
    friend bool operator==(const CampaignInfo &, const CampaignInfo &) = default;
};

struct CaseFile {
    // 2: the optional `campaign` object. Version-1 files (no campaign) still load.
    static constexpr int kSchemaVersion = 2;

    // Identity
    QString name, version, archivePath, archiveSha256, scriptPath, scriptSha256, scope;
    // Scores
    double score = 0, dB = 2, dM = 2;
    int cluster = -1, rank = 0, batch = 0;
    QString batchName;
    QList<KnownNeighbour> nearestKnown;
    std::optional<CampaignInfo> campaign; // the case was judged with the campaign it belongs to
    // The analyst's work
    Verdict verdict = Verdict::Undecided;
    QString notes;
    QStringList tags;
    QList<Evidence> evidence;
    QString analyst;
    QDateTime created, modified;

    friend bool operator==(const CaseFile &, const CaseFile &) = default;
};

struct CaseLoadResult {
    std::optional<CaseFile> caseFile;
    QString error; // set when caseFile is empty
};

QJsonObject caseToJson(const CaseFile &caseFile);
CaseLoadResult caseFromJson(const QByteArray &json);

// Writes to `path` atomically (the old file stays until the new one is complete). Returns an error message or "".
QString saveCaseFile(const CaseFile &caseFile, const QString &path);
CaseLoadResult loadCaseFile(const QString &path);

} // namespace mph::app
