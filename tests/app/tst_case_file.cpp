// Case files: round trip with evidence, clear errors for damaged or newer files, atomic save, the case book's
// autosave and its recovery.
#include "case_book.h"
#include "case_file.h"
#include "case_seed.h"
#include "scan_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mph::app;

namespace {

CaseFile sampleCase() {
    CaseFile c;
    c.name = QStringLiteral("alpha");
    c.version = QStringLiteral("1.0");
    c.archivePath = QStringLiteral("/batches/monday/alpha-1.0.tar.gz");
    c.archiveSha256 = QStringLiteral("a1");
    c.scriptPath = QStringLiteral("alpha-1.0/setup.py");
    c.scriptSha256 = QStringLiteral("s-alpha");
    c.scope = QStringLiteral("install");
    c.score = 0.9125;
    c.dB = 0.75;
    c.dM = 0.125;
    c.cluster = -1;
    c.rank = 1;
    c.batch = 0;
    c.batchName = QStringLiteral("/batches/monday");
    c.nearestKnown = {{QStringLiteral("evil"), QStringLiteral("6.6"), QStringLiteral("/known/evil.zip"),
                       QStringLiteral("evil-6.6/setup.py"), QStringLiteral("s-evil")}};
    c.verdict = Verdict::Malicious;
    c.notes = QStringLiteral("Downloads and runs a shell script at install time.\nSecond line: ünïcode ✓");
    c.tags = {QStringLiteral("dropper"), QStringLiteral("install-hook")};
    c.evidence = {{QStringLiteral("alpha-1.0/setup.py"), 2, 2, QStringLiteral("curl | sh")},
                  {QStringLiteral("alpha-1.0/setup.py"), 5, 9, QStringLiteral("")}};
    c.analyst = QStringLiteral("R. Analyst");
    c.created = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 1, 250), Qt::UTC);
    c.modified = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0, 0), Qt::UTC);
    return c;
}

QByteArray withField(const QString &path, const QJsonValue &value) {
    QJsonObject root = caseToJson(sampleCase());
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root.insert(parts[0], value);
    } else {
        QJsonObject inner = root.value(parts[0]).toObject();
        inner.insert(parts[1], value);
        root.insert(parts[0], inner);
    }
    return QJsonDocument(root).toJson();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCaseFile : public QObject {
    Q_OBJECT
  private slots:
    void roundTripThroughFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alpha.mphcase"));
        QCOMPARE(saveCaseFile(sampleCase(), path), QString());
        const CaseLoadResult loaded = loadCaseFile(path);
        QVERIFY2(loaded.caseFile, qPrintable(loaded.error));
        QCOMPARE(*loaded.caseFile, sampleCase());
        QCOMPARE(loaded.caseFile->evidence.size(), 2);
        QCOMPARE(loaded.caseFile->evidence[1].lastLine, 9);
    }

    void campaignRoundTrip() {
        CaseFile c = sampleCase();
        c.campaign = CampaignInfo{QStringLiteral("known family"),
                                  QStringLiteral("evil"),
                                  {{QStringLiteral("alpha"), QStringLiteral("1.0"), QStringLiteral("a1"),
                                    QStringLiteral("alpha-1.0/setup.py"), 1},
                                   {QStringLiteral("alpha-ng"), QStringLiteral("0.1"), QStringLiteral("a2"),
                                    QStringLiteral("alpha_ng/__init__.py"), 4}}};
        const QJsonObject json = caseToJson(c);
        const QJsonObject campaign = json.value("campaign").toObject();
        QCOMPARE(campaign.value("link").toString(), QStringLiteral("known family"));
        QCOMPARE(campaign.value("members").toArray().size(), 2);
        QCOMPARE(campaign.value("members").toArray()[1].toObject().value("archiveSha256").toString(),
                 QStringLiteral("a2"));
        QCOMPARE(campaign.value("members").toArray()[1].toObject().value("rank").toInt(), 4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("campaign.mphcase"));
        QCOMPARE(saveCaseFile(c, path), QString());
        const CaseLoadResult loaded = loadCaseFile(path);
        QVERIFY2(loaded.caseFile, qPrintable(loaded.error));
        QCOMPARE(*loaded.caseFile, c);

        QJsonObject damaged = json;
        damaged.insert("campaign", QJsonObject{{"members", QJsonArray{QJsonObject{{"rank", "first"}}}}});
        const CaseLoadResult bad = caseFromJson(QJsonDocument(damaged).toJson());
        QVERIFY(!bad.caseFile);
        QVERIFY2(bad.error.contains(QStringLiteral("campaign.members[].rank")), qPrintable(bad.error));
    }

    void versionOneStillLoads() {
        // A file written before campaigns existed: schema version 1, no campaign object.
        QJsonObject json = caseToJson(sampleCase());
        json.insert("schemaVersion", 1);
        const CaseLoadResult loaded = caseFromJson(QJsonDocument(json).toJson());
        QVERIFY2(loaded.caseFile, qPrintable(loaded.error));
        QCOMPARE(*loaded.caseFile, sampleCase());
        QVERIFY(!loaded.caseFile->campaign);
    }

    void schemaFieldsAreNamed() {
        const QJsonObject json = caseToJson(sampleCase());
        QCOMPARE(json.value("format").toString(), QStringLiteral("mphunter-case"));
        QCOMPARE(json.value("schemaVersion").toInt(), 2);
        QVERIFY(!json.contains("campaign")); // only a campaign's cases carry one
        QCOMPARE(json.value("verdict").toString(), QStringLiteral("malicious"));
        QCOMPARE(json.value("scores").toObject().value("d_m").toDouble(), 0.125);
        QCOMPARE(json.value("package").toObject().value("archive").toObject().value("sha256").toString(),
                 QStringLiteral("a1"));
        QCOMPARE(json.value("created").toString(), QStringLiteral("2026-11-24T09:30:01.250Z"));
    }

    void damagedFilesGiveClearErrors_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << caseToJsonBytes().left(120) << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("top level is not a JSON object");
        QTest::newRow("other format") << QByteArray(R"({"format":"other","schemaVersion":1})")
                                      << QStringLiteral("\"format\" is not \"mphunter-case\"");
        QTest::newRow("no version") << QByteArray(R"({"format":"mphunter-case"})")
                                    << QStringLiteral("no valid schema version");
        QTest::newRow("future") << withField(QStringLiteral("schemaVersion"), 7)
                                << QStringLiteral("uses schema version 7; this version of MPHunter reads up to 2");
        QTest::newRow("bad verdict") << withField(QStringLiteral("verdict"), QStringLiteral("evil"))
                                     << QStringLiteral("verdict: unknown verdict \"evil\"");
        QTest::newRow("score as text") << withField(QStringLiteral("scores.d_b"), QStringLiteral("0.5"))
                                       << QStringLiteral("scores.d_b: expected a number");
        QTest::newRow("rank fraction") << withField(QStringLiteral("scores.rank"), 1.5)
                                       << QStringLiteral("scores.rank: expected a whole number");
        QTest::newRow("version beyond int") << withField(QStringLiteral("schemaVersion"), 1.8e110)
                                            << QStringLiteral("no valid schema version");
        QTest::newRow("rank beyond int") << withField(QStringLiteral("scores.rank"), 1.5e49)
                                         << QStringLiteral("scores.rank: expected a whole number");
        QTest::newRow("cluster below int") << withField(QStringLiteral("scores.cluster"), -3e9)
                                           << QStringLiteral("scores.cluster: expected a whole number");
        QTest::newRow("tags not text") << withField(QStringLiteral("tags"), QJsonArray{1})
                                       << QStringLiteral("tags: expected a list of text");
        QTest::newRow("bad lines") << withField(QStringLiteral("evidence"),
                                                QJsonArray{QJsonObject{{"firstLine", 5}, {"lastLine", 2}}})
                                   << QStringLiteral("invalid line range 5-2");
        QTest::newRow("bad date") << withField(QStringLiteral("created"), QStringLiteral("yesterday"))
                                  << QStringLiteral("created: expected an ISO 8601 date and time");
    }
    void damagedFilesGiveClearErrors() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const CaseLoadResult result = caseFromJson(bytes);
        QVERIFY(!result.caseFile);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void loadNamesTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mphcase"));
        writeFile(path, "{\"format\": \"mphunter-case\", \"schemaVersion\": 1, ");
        const CaseLoadResult result = loadCaseFile(path);
        QVERIFY(!result.caseFile);
        QVERIFY2(result.error.startsWith(path + QStringLiteral(": ")), qPrintable(result.error));
        const CaseLoadResult missing = loadCaseFile(dir.filePath(QStringLiteral("missing.mphcase")));
        QVERIFY(missing.error.contains(QStringLiteral("cannot open")));
    }

    void failedSaveKeepsTheOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alpha.mphcase"));
        QCOMPARE(saveCaseFile(sampleCase(), path), QString());
        const QString error = saveCaseFile(sampleCase(), dir.filePath(QStringLiteral("no/such/folder/x.mphcase")));
        QVERIFY(error.contains(QStringLiteral("cannot write")));
        QVERIFY(loadCaseFile(path).caseFile);
    }

    void seedFromScan() {
        const auto scan = mph::test::makeScanFixture();
        const CaseFile c = seedCase(*scan, 0);
        QCOMPARE(c.name, QStringLiteral("alpha"));
        QCOMPARE(c.archivePath, QStringLiteral("/batches/monday/alpha-1.0.tar.gz"));
        QCOMPARE(c.scriptSha256, QStringLiteral("s-alpha"));
        QCOMPARE(c.scope, QStringLiteral("install"));
        QCOMPARE(c.dM, 0.125);
        QCOMPARE(c.rank, 1);
        QCOMPARE(c.batchName, QStringLiteral("/batches/monday"));
        QCOMPARE(c.nearestKnown.size(), 1);
        QCOMPARE(c.nearestKnown[0].name, QStringLiteral("evil"));
        QCOMPARE(c.nearestKnown[0].scriptPath, QStringLiteral("evil-6.6/setup.py"));
        QCOMPARE(caseKey(c), QStringLiteral("/batches/monday/alpha-1.0.tar.gz|alpha-1.0/setup.py"));
    }

    void bookAutosavesAndRecoversUntitled() {
        QTemporaryDir dir;
        const QString key = caseKey(sampleCase());
        {
            CaseBook book(dir.filePath(QStringLiteral("autosave")));
            QSignalSpy verdicts(&book, &CaseBook::verdictChanged);
            CaseFile seed = sampleCase();
            seed.verdict = Verdict::Undecided;
            seed.notes.clear();
            bool recovered = true;
            book.ensureCase(key, seed, &recovered);
            QVERIFY(!recovered);
            QVERIFY(!book.isUnsaved(key));
            CaseFile edited = book.caseFile(key);
            edited.notes = QStringLiteral("unsaved work");
            edited.verdict = Verdict::Suspicious;
            book.updateCase(key, edited);
            QVERIFY(book.isUnsaved(key));
            QCOMPARE(verdicts.count(), 1);
            QVERIFY(!QFile::exists(book.autosaveFileFor(key)));
            book.autosaveNow();
            QVERIFY(QFile::exists(book.autosaveFileFor(key)));
        } // the session ends without saving
        CaseBook next(dir.filePath(QStringLiteral("autosave")));
        bool recovered = false;
        const CaseFile back = next.ensureCase(key, sampleCase(), &recovered);
        QVERIFY(recovered);
        QCOMPARE(back.notes, QStringLiteral("unsaved work"));
        QCOMPARE(back.verdict, Verdict::Suspicious);
        QVERIFY(next.isUnsaved(key));
    }

    void bookSaveRemovesAutosaveAndOpenRecoversNewer() {
        QTemporaryDir dir;
        const QString key = caseKey(sampleCase());
        const QString path = dir.filePath(QStringLiteral("alpha.mphcase"));
        {
            CaseBook book(dir.filePath(QStringLiteral("autosave")));
            book.ensureCase(key, sampleCase());
            book.updateCase(key, sampleCase());
            book.autosaveNow();
            const QString untitledAutosave = book.autosaveFileFor(key);
            QVERIFY(QFile::exists(untitledAutosave));
            QCOMPARE(book.save(key, path), QString());
            QVERIFY(!QFile::exists(untitledAutosave));
            QVERIFY(!book.isUnsaved(key));
            QCOMPARE(book.autosaveFileFor(key), path + QStringLiteral(".autosave"));
            QTest::qWait(5); // a later modification time
            CaseFile more = book.caseFile(key);
            more.tags << QStringLiteral("after-save");
            book.updateCase(key, more);
            book.autosaveNow();
            QVERIFY(QFile::exists(path + QStringLiteral(".autosave")));
        }
        CaseBook reopened(dir.filePath(QStringLiteral("autosave")));
        bool recovered = false;
        const CaseLoadResult loaded = reopened.open(path, &recovered);
        QVERIFY2(loaded.caseFile, qPrintable(loaded.error));
        QVERIFY(recovered);
        QVERIFY(loaded.caseFile->tags.contains(QStringLiteral("after-save")));
        QVERIFY(reopened.isUnsaved(key));
        QCOMPARE(reopened.filePath(key), path);
        // The saved file itself is untouched until the analyst saves again.
        QVERIFY(!loadCaseFile(path).caseFile->tags.contains(QStringLiteral("after-save")));
    }

    void openRejectsFutureVersionWithoutTouchingTheBook() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.mphcase"));
        writeFile(path, withField(QStringLiteral("schemaVersion"), 3));
        CaseBook book(dir.filePath(QStringLiteral("autosave")));
        const CaseLoadResult loaded = book.open(path);
        QVERIFY(!loaded.caseFile);
        QVERIFY(loaded.error.contains(QStringLiteral("schema version 3")));
        QVERIFY(book.keys().isEmpty());
    }

  private:
    static QByteArray caseToJsonBytes() { return QJsonDocument(caseToJson(sampleCase())).toJson(); }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_case_file.moc"
