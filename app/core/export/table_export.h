#pragma once
// The ranked table on disk: CSV (the CLI's columns, written by the engine's writeRankingCsv) or JSON (the same fields
// with numbers as numbers and the call sequence as a list). Written atomically; each returns an error or "".
#include "scan_access.h"

#include <QJsonObject>
#include <QList>

namespace mph::app {

// The CLI's CSV; `rows` holds the ranking indices to write, in that order (the GUI's filtered, sorted view), or every
// ranked script when empty.
QString saveRankingCsv(const ScanResult &scan, const QString &path, const QList<qsizetype> &rows = {});

// {"format": "mphunter-ranking", "version": 1, "batches": [...], "rows": [...]}; `rows` holds the given ranking
// indices in the given order (the GUI's filtered, sorted view), or every ranked script when `rows` is empty.
QJsonObject rankingJson(const ScanResult &scan, const QList<qsizetype> &rows = {});
QString saveRankingJson(const ScanResult &scan, const QString &path, const QList<qsizetype> &rows = {});

} // namespace mph::app
