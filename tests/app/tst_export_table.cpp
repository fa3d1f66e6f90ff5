// The ranked table as CSV (exactly the engine's writeRankingCsv) and as JSON (same fields, typed).
#include "export_fixture.h"
#include "pipeline/ranking_csv.h"
#include "table_export.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace mph::app;

class TestExportTable : public QObject {
    Q_OBJECT
  private slots:
    void csvIsTheEngineCsv() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const mph::ScanResult scan = fixture::makeScan();
        const QString path = dir.filePath("ranking.csv");
        QCOMPARE(saveRankingCsv(scan, path), QString());
        std::ostringstream expected;
        mph::writeRankingCsv(expected, scan);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, QByteArray::fromStdString(expected.str()));
        QCOMPARE(bytes.count('\n'), 3); // header + two ranked scripts
        QVERIFY(!saveRankingCsv(scan, dir.filePath("missing/x.csv")).isEmpty());

        // A selection keeps the given order and skips indices out of range, as the JSON does.
        const QString picked = dir.filePath("picked.csv");
        QCOMPARE(saveRankingCsv(scan, picked, {1, 7, 0}), QString());
        QFile pickedFile(picked);
        QVERIFY(pickedFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = pickedFile.readAll().split('\n');
        const QList<QByteArray> allLines = bytes.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty piece after the last newline
        QCOMPARE(lines[0], allLines[0]);
        QCOMPARE(lines[1], allLines[2]);
        QCOMPARE(lines[2], allLines[1]);
    }

    void jsonRows() {
        const mph::ScanResult scan = fixture::makeScan();
        const QJsonObject all = rankingJson(scan);
        QCOMPARE(all.value("format").toString(), QString("mphunter-ranking"));
        QCOMPARE(all.value("version").toInt(), 1);
        QCOMPARE(all.value("batches").toArray(), QJsonArray{"/data/batch-1"});
        const QJsonArray rows = all.value("rows").toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.value("package").toString(), QString("Evil_Pkg.Name"));
        QCOMPARE(first.value("script").toString(), QString("Evil_Pkg.Name-1.0/setup.py"));
        QCOMPARE(first.value("scope").toString(), QString("install"));
        QCOMPARE(first.value("rank").toInt(), 1);
        QCOMPARE(first.value("cluster").toInt(), -1);
        QCOMPARE(first.value("score").toDouble(), 0.6875);
        QCOMPARE(first.value("d_b").toDouble(), 0.9);
        QCOMPARE(first.value("d_m").toDouble(), 0.25);
        QCOMPARE(first.value("size").toInt(), 5);
        QCOMPARE(first.value("outlier_score").toDouble(), 0.875);
        QCOMPARE(first.value("nearest_known").toArray(), QJsonArray{"known-bad==0.1"});
        QCOMPARE(first.value("sequence").toArray(),
                 (QJsonArray{"setup", "base64.b64decode", "?.decode", "os.system", "exec"}));
        QCOMPARE(first.value("rare_calls").toArray(), (QJsonArray{"os.system", "base64.b64decode"}));
        QCOMPARE(first.value("archive_sha256").toString(), QString(64, 'a'));
        QCOMPARE(first.value("d_k").toDouble(), scan.ranking[0].dNeighbourhood);
        QCOMPARE(first.value("d_nb").toDouble(), scan.ranking[0].dNearestBackground);
        QCOMPARE(first.value("evidence").toDouble(), scan.ranking[0].evidence);
        QCOMPARE(rows[1].toObject().value("scope").toString(), QString("import"));
        QCOMPARE(rows[1].toObject().value("nearest_known").toArray(), QJsonArray{});
        QCOMPARE(first.value("flagged").toBool(true), false);
        QCOMPARE(first.value("caps").toArray(), QJsonArray{});

        // A read cap: the row says it is flagged and carries its package's cap notes.
        mph::ScanResult capped = scan;
        capped.ranking[0].flagged = true;
        capped.packages[capped.scripts[capped.ranking[0].entry].package].caps = {"\"x/setup.py\": entry-size cap"};
        const QJsonObject cappedRow = rankingJson(capped).value("rows").toArray()[0].toObject();
        QCOMPARE(cappedRow.value("flagged").toBool(), true);
        QCOMPARE(cappedRow.value("caps").toArray(), QJsonArray{"\"x/setup.py\": entry-size cap"});

        // A selection keeps the given order and skips indices out of range.
        const QJsonArray picked = rankingJson(scan, {1, 7, 0}).value("rows").toArray();
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked[0].toObject().value("scope").toString(), QString("import"));
        QCOMPARE(picked[1].toObject().value("scope").toString(), QString("install"));
    }

    void jsonFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const mph::ScanResult scan = fixture::makeScan();
        const QString path = dir.filePath("ranking.json");
        QCOMPARE(saveRankingJson(scan, path, {1}), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), rankingJson(scan, {1}));
    }
};

QTEST_GUILESS_MAIN(TestExportTable)
#include "tst_export_table.moc"
