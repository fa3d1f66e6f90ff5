// Arbitrary bytes as a history database file: written to a private temporary file, then HistoryDatabase::open. A file
// that opens is read through every query the workbench makes of it (lookup, verdicts, feedback, earlier versions); a
// file that is refused must be left exactly as it was, with nothing written beside it (abort otherwise).
// With MPH_FUZZ_WRITE_SEEDS=DIR in the environment it writes its seeds to DIR and exits (packaging/fuzz.sh): an empty
// file, a history with scans, verdicts and an archive copy, the same with stale features, and a foreign SQLite file.
#include "history_database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mph;
using namespace mph::app;

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) std::abort();
}

void removeWithSidecars(const QString &path) {
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString shaOf(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The scan the seeds record and every input is looked up with: three releases of one project and another package.
ScanResult fixedScan(const QString &archiveFolder) {
    ScanResult result;
    result.batchNames = {"fuzz"};
    const char *const packages[][2] = {{"pkg", "1.0"}, {"pkg", "1.2"}, {"Pkg_", "2.0rc1"}, {"other", "0.1"}};
    for (const auto &[name, version] : packages) {
        Package p;
        p.name = name;
        p.version = version;
        const QByteArray bytes = QByteArray("archive of ") + name + " " + version;
        p.sha256 = shaOf(bytes).toStdString();
        const QString file = QDir(archiveFolder).filePath(QStringLiteral("%1-%2.tar.gz").arg(name, version));
        if (!archiveFolder.isEmpty()) writeAll(file, bytes);
        p.source = file.toStdString();
        result.packages.push_back(std::move(p));
        result.packageRoles.push_back(Role::Batch);
        result.packageBatch.push_back(0);
    }
    return result;
}

void exercise(const HistoryDatabase &history) {
    const ScanResult scan = fixedScan({});
    (void)history.lookup(scan);
    for (const Package &p : scan.packages) {
        const QString sha = QString::fromStdString(p.sha256);
        (void)history.latestVerdict(sha);
        (void)history.verdictHistory(sha);
        (void)history.archiveCopy(sha);
        (void)history.features(sha);
        (void)history.latestVerdict(QString::fromStdString(p.name), QString::fromStdString(p.version));
    }
    QStringList problems;
    (void)history.rememberedPackages(&problems);
    (void)history.maliciousProjects();
    (void)history.earlierVersions(QStringLiteral("pkg"), QStringLiteral("1.2"));
    (void)history.earlierVersions(QStringLiteral("pkg"), QStringLiteral("not a version"));
}

void writeSeeds(const QString &folder) {
    QDir().mkpath(folder);
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("seed.sqlite"));
    const auto save = [&](const char *name) { writeAll(QDir(folder).filePath(QLatin1String(name)), readAll(path)); };
    writeAll(QDir(folder).filePath(QStringLiteral("empty")), {});
    {
        QString error;
        auto history = HistoryDatabase::open(path, &error);
        const ScanResult scan = fixedScan(work.path());
        if (!history || !history->recordScan(scan, &error)) std::abort();
        QList<VerdictRecord> verdicts;
        const Verdict kinds[] = {Verdict::Malicious, Verdict::Benign, Verdict::Suspicious};
        for (std::size_t i = 0; i < 3; ++i) {
            VerdictRecord v;
            v.archiveSha256 = QString::fromStdString(scan.packages[i].sha256);
            v.verdict = kinds[i];
            v.note = QStringLiteral("seed");
            verdicts.append(v);
        }
        if (!history->addVerdicts(verdicts, &error)) std::abort();
    } // closed: the write-ahead log is checkpointed into the file
    save("history");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("UPDATE archives SET features_format = 3"))) std::abort();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    save("history-stale-features");
    removeWithSidecars(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QSqlQuery query(db.open() ? db : QSqlDatabase());
        for (const char *sql : {"PRAGMA application_id = 7", "CREATE TABLE notes(x)", "INSERT INTO notes VALUES(1)"})
            if (!query.exec(QString::fromLatin1(sql))) std::abort();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    save("foreign");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv); // Qt SQL finds its driver plugins through the application
    // Damaged files make the read-only queries warn (by design): thousands of lines a second would drown the log.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    if (const QByteArray seeds = qgetenv("MPH_FUZZ_WRITE_SEEDS"); !seeds.isEmpty()) {
        writeSeeds(QString::fromLocal8Bit(seeds));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/mph-fuzz-history-XXXXXX"));
    const QString path = scratch.filePath(QStringLiteral("history.sqlite"));
    removeWithSidecars(path);
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    writeAll(path, input);
    QString error;
    std::unique_ptr<HistoryDatabase> history = HistoryDatabase::open(path, &error);
    if (history) {
        exercise(*history);
    } else {
        if (error.isEmpty()) std::abort();
        // Refused: not a byte changed, nothing created beside it.
        if (readAll(path) != input) {
            std::fprintf(stderr, "refused file was modified: %s\n", qPrintable(error));
            std::abort();
        }
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFile::exists(path + QLatin1String(suffix))) {
                std::fprintf(stderr, "refused file got a %s file: %s\n", suffix, qPrintable(error));
                std::abort();
            }
    }
    history.reset();
    removeWithSidecars(path);
    return 0;
}
