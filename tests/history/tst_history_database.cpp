// The history database (issue 13, design 2.9) through its public interface and real scans: creation and reopening,
// refusal of foreign, non-SQLite and newer files without writing a byte to them, recording scans and looking them up,
// verdicts by sha256 and by name==version (all or nothing), feedback for the next run from features or from the kept
// archive, earlier versions in release order, two connections on one file, and lookup's speed on 10,000 archives.
#include "archive_builder.h"
#include "demo_corpus.h"
#include "history_database.h"
#include "history_test_support.h"
#include "pipeline/scan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace mph;
using namespace mph::app;
using mph::test::fileBytes;
using mph::test::rawSql;
using mph::test::writeBytes;

namespace {

namespace fs = std::filesystem;

const QDateTime kDay1(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
const QDateTime kDay2(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);

QString qs(const std::string &text) {
    return QString::fromStdString(text);
}

void put(const fs::path &path, std::string_view bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string sdist(const std::string &name, const std::string &version, const std::string &setup) {
    const std::string top = name + "-" + version;
    return test::buildArchive(test::Format::TarGz,
                              {test::file(top + "/setup.py", setup),
                               test::file(top + "/PKG-INFO", "Name: " + name + "\nVersion: " + version + "\n")});
}

// The embedded demo, as the workbench opens it (archives named "demo:<path>").
const ScanResult &demoResult() {
    static const ScanResult result = [] {
        ScanOptions options;
        options.demo = true;
        options.projection = false;
        return runScan(options).result;
    }();
    return result;
}

// The demo's background and known sets from disk, and a batch folder with the demo batch and five releases of one
// project (named with mixed case and separators): real files, so verdicts can keep copies of them.
struct DiskScan {
    QTemporaryDir dir;
    ScanResult result;
    fs::path batch;
};

const QStringList kReleases{"1.0", "1.2", "1.10rc1", "1.10", "2.0.dev1"};

DiskScan &diskScan() {
    static DiskScan scan = [] {
        DiskScan s;
        const fs::path root = s.dir.path().toStdString();
        for (const DemoFile &demo : demoCorpus())
            put(root / demo.path, demo.bytes);
        s.batch = root / "batch";
        for (const QString &release : kReleases) {
            const std::string v = release.toStdString();
            put(s.batch / ("Evil_Proj-" + v + ".tar.gz"),
                sdist("Evil_Proj", v,
                      "import os\nos.system('echo " + v + "')\nfrom setuptools import setup\nsetup()\n"));
        }
        ScanOptions options;
        options.batches = {{"disk", {s.batch}}};
        options.background = {root / "background"};
        options.known = {root / "known"};
        options.projection = false;
        options.jobs = 2;
        s.result = runScan(options).result;
        return s;
    }();
    return scan;
}

std::set<QString> batchShas(const ScanResult &result) {
    std::set<QString> shas;
    for (std::size_t p = 0; p < result.packages.size(); ++p)
        if (result.packageRoles[p] == Role::Batch && !result.packages[p].sha256.empty())
            shas.insert(qs(result.packages[p].sha256));
    return shas;
}

const Package *batchPackage(const ScanResult &result, const std::string &name, const std::string &version = {}) {
    for (std::size_t p = 0; p < result.packages.size(); ++p)
        if (result.packageRoles[p] == Role::Batch && result.packages[p].name == name &&
            (version.empty() || result.packages[p].version == version))
            return &result.packages[p];
    return nullptr;
}

// A batch package of the demo with an install script, and the first needle.
const Package &someBatchPackage(const ScanResult &result, bool needle) {
    for (const RankedScript &r : result.ranking) {
        const Package &p = result.packageOf(result.scripts[r.entry]);
        const bool isNeedle = std::find(demoNeedles().begin(), demoNeedles().end(), p.name) != demoNeedles().end();
        if (isNeedle == needle && p.name != "Evil_Proj") return p;
    }
    qFatal("the demo has no such package");
}

std::unique_ptr<HistoryDatabase> openOrFail(const QString &path) {
    QString error;
    auto history = HistoryDatabase::open(path, &error);
    if (!history) qWarning("%s", qPrintable(error));
    return history;
}

int count(const QString &path, const QString &table) {
    return rawSql(path, {QStringLiteral("SELECT count(*) FROM ") + table}).toInt();
}

VerdictRecord verdictOn(const QString &sha, Verdict verdict, const QDateTime &at = QDateTime::currentDateTimeUtc()) {
    VerdictRecord record;
    record.archiveSha256 = sha;
    record.verdict = verdict;
    record.analyst = QStringLiteral("ana");
    record.note = QStringLiteral("checked by hand");
    record.at = at;
    return record;
}

VerdictRecord verdictOn(const QString &name, const QString &version, Verdict verdict) {
    VerdictRecord record;
    record.name = name;
    record.version = version;
    record.verdict = verdict;
    record.at = QDateTime::currentDateTimeUtc();
    return record;
}

// Every script the scan analysed of the package is in the stored features, with the calls at its own places.
void checkFeaturesMatchScan(const ScanResult &result, const Package &package, const PackageFeatures &features) {
    QCOMPARE(features.package.sha256, package.sha256);
    QCOMPARE(features.package.name, package.name);
    QCOMPARE(features.package.version, package.version);
    QCOMPARE(features.sequences.size(), features.package.scripts.size());
    std::size_t entries = 0;
    for (const ScriptEntry &entry : result.scripts) {
        if (&result.packageOf(entry) != &package) continue;
        ++entries;
        const Script &script = result.scriptOf(entry);
        const auto it = std::find_if(features.package.scripts.begin(), features.package.scripts.end(),
                                     [&](const Script &s) { return s.path == script.path; });
        QVERIFY2(it != features.package.scripts.end(), script.path.c_str());
        QVERIFY(it->text.empty());
        const CallSequence &stored = features.sequences[std::size_t(it - features.package.scripts.begin())];
        const std::vector<CallToken> calls = result.callsOf(entry);
        QCOMPARE(stored.calls.size(), calls.size());
        for (std::size_t k = 0; k < calls.size(); ++k) {
            QCOMPARE(stored.calls[k].name, calls[k].name);
            QCOMPARE(stored.calls[k].begin, calls[k].begin);
            QCOMPARE(stored.calls[k].source, calls[k].source);
        }
    }
    QCOMPARE(features.package.scripts.size(), entries);
    QVERIFY(entries > 0);
}

} // namespace

class HistoryDatabaseTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(!demoResult().ranking.empty());
        QVERIFY(!diskScan().result.ranking.empty());
        QVERIFY(batchPackage(diskScan().result, "Evil_Proj", "1.10"));
    }

    void createsAndReopens() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/history.sqlite"));
        {
            auto history = openOrFail(path);
            QVERIFY(history);
            QCOMPARE(history->path(), QFileInfo(path).absoluteFilePath());
        }
        QVERIFY(QFileInfo::exists(path));
        const QByteArray header = fileBytes(path).left(100);
        QCOMPARE(header.mid(68, 4), QByteArray("MPHh"));        // PRAGMA application_id
        QCOMPARE(header.mid(60, 4), QByteArray("\0\0\0\1", 4)); // PRAGMA user_version
        QCOMPARE(rawSql(path, {QStringLiteral("PRAGMA journal_mode")}).toString(), QStringLiteral("wal"));
        auto again = openOrFail(path);
        QVERIFY(again);
        QVERIFY(again->rememberedPackages().empty());
        QVERIFY(!HistoryDatabase::defaultPath().isEmpty());
        QVERIFY(HistoryDatabase::defaultPath().endsWith(QLatin1String("history.sqlite")));
    }

    void takesAnEmptyFileOrAnEmptySqliteDatabase() {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeBytes(empty, {}));
        QVERIFY(openOrFail(empty));
        // SQLite with no table and no application id yet (a table made and dropped): nobody's, so ours.
        const QString blank = dir.filePath(QStringLiteral("blank.sqlite"));
        QString error;
        rawSql(blank, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("DROP TABLE t")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(fileBytes(blank).startsWith("SQLite format 3"));
        QVERIFY(openOrFail(blank));
        QCOMPARE(fileBytes(blank).mid(68, 4), QByteArray("MPHh"));
    }

    void refusesForeignFilesWithoutWritingToThem_data() {
        QTest::addColumn<QStringList>("statements"); // empty: not SQLite at all
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QString foreign =
            QStringLiteral("is not an MPHunter history (another application's SQLite database); it was left untouched");
        QTest::newRow("other application id")
            << QStringList{"PRAGMA application_id = 1234", "CREATE TABLE notes(x)", "INSERT INTO notes VALUES(1)"}
            << QByteArray() << foreign;
        QTest::newRow("tables, no application id")
            << QStringList{"CREATE TABLE notes(x)", "INSERT INTO notes VALUES('mine')"} << QByteArray() << foreign;
        QTest::newRow("other application's WAL database")
            << QStringList{"PRAGMA journal_mode = WAL", "PRAGMA application_id = 7", "CREATE TABLE t(x)"}
            << QByteArray() << foreign;
        QTest::newRow("user_version without application id")
            << QStringList{"PRAGMA user_version = 3"} << QByteArray() << foreign;
        QTest::newRow("text") << QStringList() << QByteArray("name,version\nrequests,2.0\n")
                              << QStringLiteral("is not an SQLite database; it was left untouched");
        QTest::newRow("short SQLite-like") << QStringList() << QByteArray("SQLite format 3\0abc", 19)
                                           << QStringLiteral("is not an SQLite database; it was left untouched");
        QByteArray damaged(4096, '\0');
        damaged.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        QTest::newRow("damaged header") << QStringList() << damaged
                                        << QStringLiteral("is not an SQLite database (its header is damaged)");
    }

    void refusesForeignFilesWithoutWritingToThem() {
        QFETCH(QStringList, statements);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        if (statements.isEmpty()) {
            QVERIFY(writeBytes(path, bytes));
        } else {
            QString error;
            rawSql(path, statements, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QByteArray before = fileBytes(path);
        const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files);
        const QDateTime modified = QFileInfo(path).lastModified();
        QString error;
        QVERIFY(!HistoryDatabase::open(path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), entriesBefore); // no -wal or -shm beside it
    }

    void refusesANewerSchemaWithoutWritingToIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(openOrFail(path));
        QString error;
        rawSql(path, {QStringLiteral("PRAGMA user_version = 2")}, &error); // as a later program would leave it
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray before = fileBytes(path);
        QVERIFY(!HistoryDatabase::open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("newer schema (version 2")) &&
                     error.endsWith(QLatin1String("it was left untouched")),
                 qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        // A history whose tables were dropped is damaged, not silently recreated.
        rawSql(path, {QStringLiteral("PRAGMA user_version = 1"), QStringLiteral("DROP TABLE sightings")});
        QVERIFY(!HistoryDatabase::open(path, &error));
        QVERIFY2(error.contains(QLatin1String("table sightings is missing")), qPrintable(error));
    }

    void recordsScansAndLooksThemUp() {
        const ScanResult &result = demoResult();
        const std::set<QString> shas = batchShas(result);
        QVERIFY(shas.size() >= 10);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            auto history = openOrFail(path);
            QVERIFY(history);
            QString error;
            const QHash<QString, ArchiveHistory> before = history->lookup(result, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(std::size_t(before.size()), shas.size());
            for (const ArchiveHistory &h : before)
                QVERIFY(!h.seenBefore && h.firstSeen.isNull() && !h.verdict);
            QVERIFY2(history->recordScan(result, &error, kDay1), qPrintable(error));
            // Looked up after recording: this run is not "before", but it is when they were first seen.
            for (const ArchiveHistory &h : history->lookup(result)) {
                QVERIFY(!h.seenBefore);
                QCOMPARE(h.firstSeen, kDay1.date());
            }
        }
        QCOMPARE(count(path, QStringLiteral("archives")), int(shas.size()));
        QCOMPARE(count(path, QStringLiteral("runs")), 1);
        {
            auto history = openOrFail(path); // the next day's run, another process
            QVERIFY(history);
            const QHash<QString, ArchiveHistory> known = history->lookup(result);
            for (const auto &[sha, h] : known.asKeyValueRange()) {
                QVERIFY2(h.seenBefore, qPrintable(sha));
                QCOMPARE(h.firstSeen, kDay1.date());
            }
            QString error;
            QVERIFY2(history->recordScan(result, &error, kDay2), qPrintable(error));
            for (const ArchiveHistory &h : history->lookup(result)) {
                QVERIFY(h.seenBefore);
                QCOMPARE(h.firstSeen, kDay1.date());
            }
            // Features as the scan analysed them.
            const Package &needle = someBatchPackage(result, true);
            const std::optional<PackageFeatures> features = history->features(qs(needle.sha256));
            QVERIFY(features);
            checkFeaturesMatchScan(result, needle, *features);
        }
        QCOMPARE(count(path, QStringLiteral("runs")), 2);
        QCOMPARE(rawSql(path, {"SELECT last_seen_utc FROM archives LIMIT 1"}).toString(),
                 kDay2.toString(Qt::ISODateWithMs));
        QCOMPARE(rawSql(path, {"SELECT max(first_seen_utc) FROM archives"}).toString(),
                 kDay1.toString(Qt::ISODateWithMs));
        // Per run, archive and scope: the best rank of the package's scripts and its score.
        for (const RankedScript &r : result.ranking) {
            const ScriptEntry &entry = result.scripts[r.entry];
            const QString sha = qs(result.packageOf(entry).sha256);
            const QString scope = qs(std::string(scopeName(entry.scope)));
            const int best = rawSql(path, {QStringLiteral("SELECT best_rank FROM sightings WHERE run_id = 2 AND "
                                                          "sha256 = '%1' AND scope = '%2' AND batch = 'demo'")
                                               .arg(sha, scope)})
                                 .toInt();
            QVERIFY(best >= 1 && std::uint32_t(best) <= r.rank);
        }
    }

    void recordsVerdictsBySha256AndByNameVersionAllOrNothing() {
        const ScanResult &result = demoResult();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        auto history = openOrFail(path);
        QVERIFY(history);
        QString error;
        QVERIFY(history->recordScan(result, &error, kDay1));
        const Package &needle = someBatchPackage(result, true);
        const Package &benign = someBatchPackage(result, false);
        const QString needleSha = qs(needle.sha256);

        // By sha256 (as given in upper case), then by name==version written another way (PEP 503).
        QString spelled = qs(benign.name).toUpper();
        spelled.replace(QLatin1Char('-'), QLatin1Char('_'));
        QVERIFY2(history->addVerdicts({verdictOn(needleSha.toUpper(), Verdict::Suspicious, kDay1),
                                       verdictOn(spelled, qs(benign.version), Verdict::Benign)},
                                      &error),
                 qPrintable(error));
        QVERIFY2(history->addVerdicts({verdictOn(needleSha, Verdict::Malicious, kDay2)}, &error), qPrintable(error));
        const std::optional<VerdictRecord> latest = history->latestVerdict(needleSha);
        QVERIFY(latest);
        QCOMPARE(latest->verdict, Verdict::Malicious);
        QCOMPARE(latest->name, qs(needle.name));
        QCOMPARE(latest->version, qs(needle.version));
        QCOMPARE(latest->analyst, QStringLiteral("ana"));
        QCOMPARE(latest->note, QStringLiteral("checked by hand"));
        QCOMPARE(latest->at, kDay2);
        const QList<VerdictRecord> all = history->verdictHistory(needleSha);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].verdict, Verdict::Suspicious);
        QCOMPARE(all[1].verdict, Verdict::Malicious);
        const std::optional<VerdictRecord> byName = history->latestVerdict(spelled, qs(benign.version));
        QVERIFY(byName);
        QCOMPARE(byName->verdict, Verdict::Benign);
        QCOMPARE(byName->archiveSha256, qs(benign.sha256));
        QVERIFY(byName->analyst.isEmpty());

        // Judged packages keep their archive (the demo's come from the embedded corpus).
        const std::optional<QByteArray> copy = history->archiveCopy(needleSha);
        QVERIFY(copy);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*copy, QCryptographicHash::Sha256).toHex()), needleSha);
        QVERIFY(history->archiveCopy(qs(benign.sha256)));

        // lookup: by sha256, else by name==version (another archive of a judged release).
        ScanResult moved = result;
        for (Package &p : moved.packages)
            if (p.sha256 == benign.sha256) p.sha256 = std::string(64, 'a');
        const QHash<QString, ArchiveHistory> known = history->lookup(moved);
        QCOMPARE(known.value(needleSha).verdict->verdict, Verdict::Malicious);
        QVERIFY(known.value(QString(64, QLatin1Char('a'))).verdict);
        QCOMPARE(known.value(QString(64, QLatin1Char('a'))).verdict->verdict, Verdict::Benign);
        QVERIFY(!known.value(QString(64, QLatin1Char('a'))).seenBefore);

        // An unknown archive: an error naming it, and nothing of the list is written.
        const int verdicts = count(path, QStringLiteral("verdicts"));
        const QString unknown = QString(64, QLatin1Char('f'));
        QVERIFY(!history->addVerdicts({verdictOn(unknown, Verdict::Malicious)}, &error));
        QVERIFY2(error.contains(unknown) && error.contains(path), qPrintable(error));
        QVERIFY(!history->addVerdicts(
            {verdictOn(qs(benign.sha256), Verdict::Malicious), verdictOn(needleSha, Verdict::Benign),
             verdictOn(QStringLiteral("no-such-project"), QStringLiteral("9.9"), Verdict::Malicious)},
            &error));
        QVERIFY2(error.contains(QLatin1String("no-such-project==9.9")), qPrintable(error));
        QCOMPARE(count(path, QStringLiteral("verdicts")), verdicts);
        QCOMPARE(history->latestVerdict(needleSha)->verdict, Verdict::Malicious);
    }

    void verdictsTeachTheNextRun() {
        const ScanResult &result = diskScan().result;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        auto history = openOrFail(path);
        QVERIFY(history);
        QString error;
        QVERIFY(history->recordScan(result, &error, kDay1));
        const Package *evil = batchPackage(result, "Evil_Proj", "1.0");
        const Package *suspect = batchPackage(result, "Evil_Proj", "1.2");
        const Package &benign = someBatchPackage(result, false);
        QVERIFY(evil && suspect);
        QVERIFY(fs::path(evil->source).is_absolute() && fs::exists(evil->source));
        QVERIFY2(history->addVerdicts({verdictOn(qs(evil->sha256), Verdict::Malicious),
                                       verdictOn(qs(benign.sha256), Verdict::Benign),
                                       verdictOn(qs(suspect->sha256), Verdict::Suspicious)},
                                      &error),
                 qPrintable(error));
        QVERIFY(history->archiveCopy(qs(evil->sha256)));
        QVERIFY(!history->archiveCopy(qs(suspect->sha256))); // only verdicts that teach keep a copy

        QStringList problems;
        std::vector<RememberedPackage> remembered = history->rememberedPackages(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(remembered.size(), std::size_t(2));
        for (const RememberedPackage &r : remembered) {
            QVERIFY(r.features);
            QVERIFY(r.archive.empty());
            const Package &p = r.sha256 == evil->sha256 ? *evil : benign;
            QCOMPARE(r.role, r.sha256 == evil->sha256 ? Role::Known : Role::Background);
            QCOMPARE(encodePackageFeatures(*r.features), encodePackageFeatures(*history->features(qs(r.sha256))));
            checkFeaturesMatchScan(result, p, *r.features);
        }
        QCOMPARE(history->maliciousProjects(), std::vector<std::string>{"evil-proj"});

        // Features of an older format: the archive copy stands in, even after the file has gone.
        rawSql(path, {QStringLiteral("UPDATE archives SET features_format = 3")});
        const fs::path moved = evil->source + ".moved"; // the fixture's file is back for the other tests
        fs::rename(evil->source, moved);
        const auto restore = qScopeGuard([&] { fs::rename(moved, evil->source); });
        remembered = history->rememberedPackages(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(remembered.size(), std::size_t(2));
        for (const RememberedPackage &r : remembered) {
            QVERIFY(!r.features);
            const QByteArray bytes = QByteArray::fromStdString(r.archive);
            QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString(), r.sha256);
            if (r.sha256 == evil->sha256) QCOMPARE(r.archiveName, std::string("Evil_Proj-1.0.tar.gz"));
        }
        // The old archive re-read by the scan as a known package is the same package.
        ScanOptions next;
        next.batches = {{"next", {diskScan().batch}}};
        next.remembered = remembered;
        next.projection = false;
        next.jobs = 2;
        const ScanResult again = runScan(next).result;
        bool rememberedKnown = false;
        for (std::size_t p = 0; p < again.packages.size(); ++p)
            rememberedKnown =
                rememberedKnown || (again.packages[p].sha256 == evil->sha256 && again.packageRoles[p] == Role::Known);
        QVERIFY(rememberedKnown);

        // Neither features nor a copy: skipped, and named.
        rawSql(path, {QStringLiteral("DELETE FROM archive_copies WHERE sha256 = '%1'").arg(qs(evil->sha256))});
        problems.clear();
        remembered = history->rememberedPackages(&problems);
        QCOMPARE(remembered.size(), std::size_t(1));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(qs(evil->sha256)) && problems[0].contains(QLatin1String("format 3")),
                 qPrintable(problems[0]));

        // A later benign verdict takes the project off the malicious list; an undecided one stops the teaching.
        QVERIFY(history->addVerdicts({verdictOn(qs(evil->sha256), Verdict::Benign)}, &error));
        QVERIFY(history->maliciousProjects().empty());
        QVERIFY(history->addVerdicts({verdictOn(qs(benign.sha256), Verdict::Undecided)}, &error));
        problems.clear();
        remembered = history->rememberedPackages(&problems);
        QCOMPARE(remembered.size(), std::size_t(0));
        QCOMPARE(problems.size(), 1); // Evil_Proj 1.0, benign now, still has neither
    }

    void keepsNoCopyOfBytesThatChanged() {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("batch/Evil_Proj-1.0.tar.gz"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("batch"))));
        QVERIFY(
            writeBytes(archive, QByteArray::fromStdString(sdist("Evil_Proj", "1.0", "import os\nos.system('x')\n"))));
        ScanOptions options;
        options.batches = {{"b", {dir.filePath(QStringLiteral("batch")).toStdString()}}};
        options.projection = false;
        options.jobs = 1;
        const ScanResult result = runScan(options).result;
        QCOMPARE(batchShas(result).size(), std::size_t(1));
        auto history = openOrFail(dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY(history->recordScan(result, &error));
        QVERIFY(writeBytes(archive, "replaced"));
        QVERIFY(history->addVerdicts(
            {verdictOn(QStringLiteral("evil.proj"), QStringLiteral("1.0"), Verdict::Malicious)}, &error));
        QVERIFY(!history->archiveCopy(*batchShas(result).begin()));
        QVERIFY(history->features(*batchShas(result).begin())); // the features still teach
    }

    void listsEarlierVersionsNewestFirst() {
        const ScanResult &result = diskScan().result;
        QTemporaryDir dir;
        auto history = openOrFail(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY(history->recordScan(result, &error, kDay1));
        const auto versions = [](const QList<EarlierVersion> &list) {
            QStringList out;
            for (const EarlierVersion &e : list)
                out.append(e.version);
            return out;
        };
        QCOMPARE(versions(history->earlierVersions(QStringLiteral("evil.proj"), QStringLiteral("1.10"))),
                 (QStringList{"1.10rc1", "1.2", "1.0"}));
        QCOMPARE(versions(history->earlierVersions(QStringLiteral("EVIL-PROJ"), QStringLiteral("2.0"))),
                 (QStringList{"2.0.dev1", "1.10", "1.10rc1", "1.2", "1.0"}));
        QCOMPARE(versions(history->earlierVersions(QStringLiteral("evil_proj"), QStringLiteral("1.0"))), QStringList());
        // A version that does not compare: every other version, newest release first.
        QCOMPARE(versions(history->earlierVersions(QStringLiteral("evil_proj"), QStringLiteral("nightly"))),
                 (QStringList{"2.0.dev1", "1.10", "1.10rc1", "1.2", "1.0"}));
        const Package *old = batchPackage(result, "Evil_Proj", "1.0");
        QVERIFY(history->addVerdicts({verdictOn(qs(old->sha256), Verdict::Malicious)}, &error));
        const QList<EarlierVersion> earlier = history->earlierVersions(QStringLiteral("evil_proj"), "1.2");
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier[0].archiveSha256, qs(old->sha256));
        QCOMPARE(earlier[0].archivePath, qs(old->source));
        QCOMPARE(earlier[0].verdict, std::optional<Verdict>(Verdict::Malicious));
        QVERIFY(earlier[0].hasArchiveCopy);
        QCOMPARE(earlier[0].lastSeen, kDay1);
    }

    void twoConnectionsShareOneFile() {
        const ScanResult &result = demoResult();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto gui = openOrFail(path);
        auto cli = openOrFail(path);
        QVERIFY(gui && cli);
        QString error;
        QVERIFY2(gui->recordScan(result, &error, kDay1), qPrintable(error));
        QVERIFY(cli->lookup(result).begin()->seenBefore);
        const std::set<QString> batch = batchShas(result);
        const std::vector<QString> shas(batch.begin(), batch.end());
        for (std::size_t i = 0; i < 10; ++i) {
            HistoryDatabase &writer = i % 2 ? *gui : *cli;
            QVERIFY2(writer.addVerdicts({verdictOn(shas[i], Verdict::Suspicious)}, &error), qPrintable(error));
            if (i == 4) QVERIFY2(cli->recordScan(result, &error, kDay2), qPrintable(error));
        }
        for (std::size_t i = 0; i < 10; ++i) {
            QVERIFY(gui->latestVerdict(shas[i]));
            QVERIFY(cli->latestVerdict(shas[i]));
        }
        QCOMPARE(count(path, QStringLiteral("runs")), 2);
    }

    // lookup over a 10,000-archive batch: a few queries, not one per archive.
    void looksUpTenThousandArchivesQuickly() {
        ScanResult result;
        result.batchNames = {"big"};
        for (int i = 0; i < 10000; ++i) {
            Package p;
            p.name = "pkg-" + std::to_string(i % 2500);
            p.version = "1." + std::to_string(i / 2500);
            p.sha256 =
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex().toStdString();
            p.source = "/mirror/" + p.name + "-" + p.version + ".tar.gz";
            result.packages.push_back(std::move(p));
            result.packageRoles.push_back(Role::Batch);
            result.packageBatch.push_back(0);
        }
        QTemporaryDir dir;
        auto history = openOrFail(dir.filePath(QStringLiteral("big.sqlite")));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(history->recordScan(result, &error, kDay1), qPrintable(error));
        const qint64 recordMs = timer.restart();
        QList<VerdictRecord> verdicts;
        for (int i = 0; i < 10000; i += 20)
            verdicts.append(verdictOn(qs(result.packages[std::size_t(i)].sha256), Verdict::Malicious));
        QVERIFY2(history->addVerdicts(verdicts, &error), qPrintable(error));
        const qint64 verdictMs = timer.restart();
        for (Package &p : result.packages) // tomorrow: the same releases as other archives, judged by name==version
            p.sha256[0] = p.sha256[0] == '0' ? '1' : '0';
        const QHash<QString, ArchiveHistory> found = history->lookup(result, &error);
        const qint64 lookupMs = timer.elapsed();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found.size(), 10000);
        const auto judged =
            std::count_if(found.begin(), found.end(), [](const ArchiveHistory &h) { return h.verdict; });
        QCOMPARE(int(judged), 500); // one archive of each judged release
        qInfo("10,000 archives: recordScan %lld ms, 500 verdicts %lld ms, lookup %lld ms", recordMs, verdictMs,
              lookupMs);
        QVERIFY2(lookupMs < 3000, "lookup of 10,000 archives took over 3 s");
    }
};

QTEST_GUILESS_MAIN(HistoryDatabaseTest)
#include "tst_history_database.moc"
