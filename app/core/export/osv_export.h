#pragma once
// OSV records of cases, in the shape of the OpenSSF malicious-packages database (a new contribution: no `id`, no
// `summary`; one `affected` entry per record). Cases of the same package (several versions, or the install and the
// import script of one release) make one record whose versions are the union.
//
// The MPHunter scores sit in database_specific.mphunter. The database's ingest validator accepts only its own keys
// there (malicious-packages-origins, iocs), so OsvOptions::forSubmission leaves them out; the sha256 of the archive
// and of the script are always in affected[0].database_specific.indicators, a key the database accepts. The URLs,
// domains and IP addresses in the code's literals (script_indicators.h) go to database_specific.iocs (urls, domains,
// ip_addresses; each only when not empty), with or without forSubmission.
#include "case_context.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace mph::app {

inline constexpr auto kOsvSchemaVersion = "1.7.4";

struct OsvCase {
    CaseFile caseFile;
    CaseContext context; // may be empty (a case reopened without its scan)
};

struct OsvOptions {
    bool forSubmission = false; // leave out database_specific.mphunter (see above)
    QDateTime now;              // "modified" when a case has no modification time; invalid: the current time
};

// One record per package (PEP 503 name), in order of each package's first case. Empty input: no record.
QList<QJsonObject> osvRecords(const QList<OsvCase> &cases, const OsvOptions &options = {});
QJsonObject osvRecord(const OsvCase &osvCase, const OsvOptions &options = {});

// RFC 3339 UTC timestamp with seconds: 2026-11-24T15:38:19Z.
QString rfc3339(const QDateTime &time);

// Writes `records` to `path` (one record: an object; several: an array), atomically. Returns an error or "".
QString saveOsvFile(const QList<QJsonObject> &records, const QString &path);

// Writes each record where the malicious-packages repository wants it:
// <root>/osv/malicious/pypi/<name>/MAL-0000-mphunter-<first 16 hex of the first script sha256>.json.
// Returns the files written, or sets *error and stops at the first failure.
QStringList saveOsvTree(const QList<QJsonObject> &records, const QString &root, QString *error);

} // namespace mph::app
