#pragma once
// The analyst's memory across batches (design 2.9): an SQLite file, through Qt SQL's QSQLITE driver, that records
// every scanned package and every verdict, and gives the next run what those verdicts teach it.
//
// Safety: the schema is versioned (PRAGMA user_version) and migrated forward in a transaction; the file is marked as
// ours (PRAGMA application_id), so a foreign SQLite file or any other file is refused with a clear error and never
// written to. Every write is one transaction; the journal is WAL with a busy timeout, so a GUI and a CLI can use one
// file at once, and a kill mid-write loses nothing that was committed.
//
// Threads: like every Qt SQL connection, an instance is used from the thread that opened it; open one per thread.
#include "pipeline/scan.h"
#include "verdict.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace mph::app {

struct VerdictRecord {
    QString archiveSha256;
    QString name, version; // of the package, as scanned
    Verdict verdict = Verdict::Undecided;
    QString analyst;
    QString note;
    QString caseFile; // path of the case file that holds the analyst's work, if any
    QDateTime at;     // UTC
};

// What the history knows of one archive, for the ranked table and the CSV (issue 13's prior_verdict, first_seen).
struct ArchiveHistory {
    bool seenBefore = false;              // scanned by an earlier run (before the one being recorded)
    QDate firstSeen;                      // UTC date of the first scan that saw this sha256; null: never
    std::optional<VerdictRecord> verdict; // latest verdict for this sha256, else for its name==version
};

// An earlier version of a project kept by the history (for the version diff).
struct EarlierVersion {
    QString name, version, archiveSha256;
    QString archivePath; // where it was scanned (may have moved since)
    bool hasArchiveCopy = false;
    std::optional<Verdict> verdict;
    QDateTime lastSeen;
};

class HistoryDatabase {
  public:
    static constexpr int kSchemaVersion = 1;
    static constexpr qint64 kMaxArchiveCopyBytes = 64LL << 20; // archives kept for judged packages, at most

    // Opens `path`, creating it (and its folder) when missing. Null with `error` naming the file and the reason when
    // it is not SQLite, is another application's database, has a newer schema, or cannot be opened.
    static std::unique_ptr<HistoryDatabase> open(const QString &path, QString *error);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    QString path() const;
    // The default file: QStandardPaths::AppDataLocation/history.sqlite (the GUI's settings may point elsewhere).
    static QString defaultPath();

    // What the history knew of these archives before now: keyed by sha256, one entry per batch archive of the result
    // (remembered packages and directories, which have no sha256, are not looked up). Name/version come from the
    // result. May be called before or after recordScan(result): the run this instance recorded last is "now", not
    // "before". `error` is set when the file could not be read (what was read is returned).
    QHash<QString, ArchiveHistory> lookup(const ScanResult &result, QString *error = nullptr) const;

    // Records a completed scan: a run row, and for every batch package its identity, path, batch, first/last seen,
    // scores per scope (best rank and score of its scripts) and its features (for verdicts given later). One
    // transaction. Returns false with `error` set.
    bool recordScan(const ScanResult &result, QString *error, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // Records verdicts (one transaction for all: a campaign is judged in one action). Each names an archive by
    // sha256, or when that is empty by name==version (the latest archive seen with that identity). The archive must
    // be known to the history (scanned before), else false with `error` naming it. A copy of the archive is kept
    // (up to kMaxArchiveCopyBytes) when its recorded path still holds those bytes, so feedback survives a move.
    bool addVerdicts(const QList<VerdictRecord> &verdicts, QString *error);
    std::optional<VerdictRecord> latestVerdict(const QString &archiveSha256) const;
    std::optional<VerdictRecord> latestVerdict(const QString &name, const QString &version) const;
    QList<VerdictRecord> verdictHistory(const QString &archiveSha256) const; // oldest first

    // Feedback for the next run (issue 13 item 2): every archive whose latest verdict is malicious (Role::Known) or
    // benign (Role::Background), from its stored features, or from its archive copy when the features are of an
    // older format. Archives with neither are skipped and named in `problems`.
    std::vector<RememberedPackage> rememberedPackages(QStringList *problems = nullptr) const;
    // Normalised names of projects with a version judged malicious (ScanOptions::maliciousProjects).
    std::vector<std::string> maliciousProjects() const;

    // Earlier versions of a project than `version` (all other versions when versions do not compare), newest first.
    QList<EarlierVersion> earlierVersions(const QString &name, const QString &version) const;
    std::optional<QByteArray> archiveCopy(const QString &archiveSha256) const;
    std::optional<PackageFeatures> features(const QString &archiveSha256) const;

  private:
    explicit HistoryDatabase(QString connectionName, QString path);
    QSqlDatabase database() const;
    QString failure(const QString &what, const QString &problem) const; // "history FILE: what: problem"
    std::map<QString, Verdict> latestVerdicts(QString *problem) const;  // by archive sha256
    QString connection_, path_;
    qint64 lastRecordedRun_ = 0; // runs.id of this instance's last recordScan (0: none; ids start at 1)
};

// Fills ScanResult::packageMemory (the CSV's prior_verdict and first_seen, the table's marks) from what lookup()
// returned for the result's batch packages. Returns how many distinct batch archives no earlier run had seen.
int applyMemory(const QHash<QString, ArchiveHistory> &archives, ScanResult &result);

} // namespace mph::app
