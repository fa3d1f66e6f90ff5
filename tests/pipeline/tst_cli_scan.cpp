// mphunter-cli scan honours the command-line contract of design section 4 (columns, ranks, errors, exit codes).
#include "demo_corpus.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &arguments, const QString &home) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CACHE_HOME", home);  // never touch the user's real cache
    process.setProcessEnvironment(env);
    process.start(MPH_CLI_PATH, arguments);
    if (!process.waitForFinished(300000)) return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// A minimal RFC 4180 reader, enough to check what the CLI writes.
QList<QStringList> parseCsv(const QByteArray &bytes) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field, field.clear();
        } else if (c == '\n') {
            row << field, field.clear();
            rows << row, row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// Writes the embedded demo archives of one role into `dir` (our own inert files, not corpus data).
void writeDemoRole(const QString &dir, std::string_view role) {
    QDir().mkpath(dir);
    for (const mph::DemoFile &file : mph::demoCorpus()) {
        if (file.role != role) continue;
        QFile out(dir + "/" + QFileInfo(QString::fromUtf8(file.path.data(), qsizetype(file.path.size()))).fileName());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.bytes.data(), qsizetype(file.bytes.size()));
    }
}

}  // namespace

class CliScanTest : public QObject {
    Q_OBJECT
private slots:
    void demoCsvHasTheContractColumns() {
        QTemporaryDir home;
        const Run run = cli({"scan", "--demo"}, home.path());
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> rows = parseCsv(run.out);
        QVERIFY(rows.size() > 10);
        const QStringList header = rows.front();
        for (const char *column : {"batch", "rank", "package", "version", "archive", "script", "scope", "cluster",
                                   "score", "d_b", "d_m", "size", "nearest_known", "sequence"})
            QVERIFY2(header.contains(column), column);
        const auto col = [&](const char *name) { return header.indexOf(name); };
        QMap<QString, int> lastRank;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            QCOMPARE(row.size(), header.size());
            const QString key = row[col("batch")] + "/" + row[col("scope")];
            QCOMPARE(row[col("rank")].toInt(), lastRank.value(key, 0) + 1);
            lastRank[key] = row[col("rank")].toInt();
            QVERIFY(row[col("scope")] == "install" || row[col("scope")] == "import");
            QCOMPARE(row[col("sequence")].split(' ', Qt::SkipEmptyParts).size(), row[col("size")].toInt());
        }
    }

    void foldersGiveAbsoluteArchivePathsAndErrorsAreListed() {
        QTemporaryDir home, data;
        writeDemoRole(data.filePath("background"), "background");
        writeDemoRole(data.filePath("known"), "known");
        writeDemoRole(data.filePath("batch"), "batch");
        QFile broken(data.filePath("batch/broken-1.0.tar.gz"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x1f\x8b\x08\x00 truncated");
        broken.close();
        const QString csv = data.filePath("out.csv"), errors = data.filePath("errors.tsv");
        const Run run = cli({"scan", "--batch", data.filePath("batch"), "--background", data.filePath("background"),
                             "--known", data.filePath("known"), "--out", csv, "--errors", errors, "--timings"},
                            home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("1 unreadable"), run.err.constData());
        QVERIFY(run.err.contains("total"));  // --timings
        QFile errorFile(errors);
        QVERIFY(errorFile.open(QIODevice::ReadOnly));
        const QByteArray errorText = errorFile.readAll();
        QVERIFY(errorText.contains("broken-1.0.tar.gz"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(csvFile.readAll());
        const qsizetype archive = rows.front().indexOf("archive");
        QVERIFY(rows.size() > 10);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(QFileInfo(rows[i][archive]).isAbsolute());
            QVERIFY(QFileInfo::exists(rows[i][archive]));
        }
        // The second run is served by the feature cache for background and known, with the same ranking.
        const QString csv2 = data.filePath("out2.csv");
        const Run again = cli({"scan", "--batch", data.filePath("batch"), "--background", data.filePath("background"),
                               "--known", data.filePath("known"), "--out", csv2},
                              home.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(" 0 from the feature cache"), again.err.constData());
        QFile csvFile2(csv2);
        QVERIFY(csvFile2.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(csvFile2.readAll()), rows);
    }

    void usageErrorsExitNonZero() {
        QTemporaryDir home;
        QCOMPARE(cli({"scan"}, home.path()).exitCode, 2);
        QCOMPARE(cli({"scan", "--batch"}, home.path()).exitCode, 2);
        QCOMPARE(cli({"scan", "--demo", "--scope", "everything"}, home.path()).exitCode, 2);
        QCOMPARE(cli({"scan", "--demo", "--jobs", "zero"}, home.path()).exitCode, 2);
        QCOMPARE(cli({"scan", "--demo", "--frobnicate"}, home.path()).exitCode, 2);
    }

    void errorsFileKeepsOneRecordPerLine() {
        // A file name with a tab and a newline: its row stays one line of two fields, the name escaped.
        QTemporaryDir home, data;
        QVERIFY(QDir().mkpath(data.filePath("batch")));
        QFile broken(data.filePath("batch/bro\tken\nname-1.0.tar.gz"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x1f\x8b\x08\x00 truncated");
        broken.close();
        const QString errors = data.filePath("errors.tsv");
        const Run run = cli({"scan", "--batch", data.filePath("batch"), "--errors", errors}, home.path());
        QCOMPARE(run.exitCode, 0);
        QFile errorFile(errors);
        QVERIFY(errorFile.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = errorFile.readAll().split('\n');
        QVERIFY(!lines.isEmpty() && lines.back().isEmpty()); // every record ends with a newline
        lines.removeLast();
        QCOMPARE(lines.front(), QByteArray("file\treason"));
        int named = 0;
        for (const QByteArray &line : lines) {
            QCOMPARE(line.count('\t'), 1);
            QVERIFY(!line.contains('\r'));
            named += line.startsWith(data.filePath("batch").toUtf8() + "/bro\\tken\\nname-1.0.tar.gz\t");
        }
        QCOMPARE(named, 1);
    }

    void missingBatchFolderIsAnErrorRecordNotACrash() {
        QTemporaryDir home, data;
        const QString errors = data.filePath("errors.tsv");
        const Run run = cli({"scan", "--batch", data.filePath("nope"), "--errors", errors}, home.path());
        QCOMPARE(run.exitCode, 0);
        QFile errorFile(errors);
        QVERIFY(errorFile.open(QIODevice::ReadOnly));
        QVERIFY(errorFile.readAll().contains("no such file or folder"));
    }
};

QTEST_GUILESS_MAIN(CliScanTest)
#include "tst_cli_scan.moc"
