// mphunter-cli scan honours the command-line contract of design section 4 (columns, ranks, errors, exit codes).
#include "demo_corpus.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
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

// Rows of a CSV as column -> value maps.
QList<QHash<QString, QString>> csvRecords(const QByteArray &bytes) {
    const QList<QStringList> rows = parseCsv(bytes);
    QList<QHash<QString, QString>> records;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows[r].size() && c < rows.front().size(); ++c)
            record.insert(rows.front()[c], rows[r][c]);
        records << record;
    }
    return records;
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
        // The CSV contract: columns are only ever appended, the existing ones keep their order.
        const QStringList ordered = QString("batch,rank,package,version,archive,script,scope,cluster,score,d_b,d_m,"
                                            "size,nearest_known,sequence,outlier_score,beta,w_b,archive_sha256,"
                                            "script_sha256,rare_calls,d_k,d_nb,evidence,rarity,reached_files,layers,"
                                            "truncated,flagged,campaign,campaign_size,follows_malicious")
                                        .split(',');
        QCOMPARE(header.mid(0, ordered.size()), ordered);
        const auto col = [&](const char *name) { return header.indexOf(name); };
        QMap<QString, int> campaignSizes; // campaign -> packages in it, as the rows say
        QMap<QString, QSet<QString>> campaignPackages;
        QMap<QString, int> lastRank;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            QCOMPARE(row.size(), header.size());
            const QString key = row[col("batch")] + "/" + row[col("scope")];
            QCOMPARE(row[col("rank")].toInt(), lastRank.value(key, 0) + 1);
            lastRank[key] = row[col("rank")].toInt();
            QVERIFY(row[col("scope")] == "install" || row[col("scope")] == "import");
            QCOMPARE(row[col("sequence")].split(' ', Qt::SkipEmptyParts).size(), row[col("size")].toInt());
            QCOMPARE(row[col("follows_malicious")], QString("0")); // no history: no project judged before
            const QString campaign = row[col("campaign")];
            QCOMPARE(campaign.isEmpty(), row[col("campaign_size")].isEmpty());
            if (campaign.isEmpty()) continue;
            QVERIFY(campaign.toInt() >= 1);
            QVERIFY(row[col("campaign_size")].toInt() >= 2);
            campaignSizes[campaign] = row[col("campaign_size")].toInt();
            campaignPackages[campaign].insert(row[col("archive")]);
        }
        // Numbered from 1 without gaps, and each campaign's size is the number of its packages among the rows.
        QVERIFY2(!campaignSizes.isEmpty(), "the demo forms no campaign");
        for (int c = 1; c <= campaignSizes.size(); ++c) {
            const QString key = QString::number(c);
            QVERIFY(campaignSizes.contains(key));
            QCOMPARE(campaignPackages[key].size(), campaignSizes[key]);
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

    // scan --history and verdict (issue 13's command-line contract): a run is remembered, a verdict given on the
    // command line shows in the next run's prior_verdict, teaches it (the next version of the judged project comes
    // first), and --only-new leaves out what was seen before.
    void historyRemembersRunsAndVerdicts() {
        QTemporaryDir home;
        const QString history = home.filePath("hunt.sqlite");
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);

        const Run first = cli({"scan", "--demo", "--history", history}, home.path());
        QCOMPARE(first.exitCode, 0);
        const QList<QHash<QString, QString>> firstRows = csvRecords(first.out);
        QVERIFY(!firstRows.isEmpty());
        QSet<QString> archives;
        for (const auto &row : firstRows) {
            QVERIFY2(row.contains("prior_verdict") && row.contains("first_seen"), "history columns missing");
            QCOMPARE(row["prior_verdict"], QString());
            QCOMPARE(row["first_seen"], today); // the first scan that saw it is this one
            archives << row["archive_sha256"];
        }
        QVERIFY2(first.err.contains(QByteArray::number(archives.size()) + " of " + QByteArray::number(archives.size()) +
                                    " batch packages new"),
                 first.err.constData());

        QString judged;
        for (const auto &row : firstRows)
            if (row["package"] == "webhook-logger" && row["version"] == "0.3.2") judged = row["archive_sha256"];
        QVERIFY(!judged.isEmpty());
        QCOMPARE(cli({"verdict", "--history", history, "--sha256", judged, "--verdict", "malicious", "--note",
                      "posts Discord tokens", "--analyst", "tester"},
                     home.path())
                     .exitCode,
                 0);
        QCOMPARE(cli({"verdict", "--history", history, "--package", "jsonpath-lite==0.4.2", "--verdict", "benign"},
                     home.path())
                     .exitCode,
                 0);

        const Run onlyNew = cli({"scan", "--demo", "--history", history, "--only-new"}, home.path());
        QCOMPARE(onlyNew.exitCode, 0);
        QCOMPARE(csvRecords(onlyNew.out).size(), 0); // every archive was seen by the first run
        QVERIFY2(onlyNew.err.contains(" 0 of "), onlyNew.err.constData());

        const Run second = cli({"scan", "--demo", "--history", history}, home.path());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains("1 judged malicious join the known set, 1 judged benign the background"),
                 second.err.constData());
        bool sawJudged = false, sawBenign = false, sawNextVersion = false;
        for (const auto &row : csvRecords(second.out)) {
            QCOMPARE(row["first_seen"], today);
            if (row["archive_sha256"] == judged) {
                QCOMPARE(row["prior_verdict"], QString("malicious"));
                sawJudged = true;
            } else if (row["package"] == "jsonpath-lite") {
                QCOMPARE(row["prior_verdict"], QString("benign"));
                sawBenign = true;
            } else {
                QCOMPARE(row["prior_verdict"], QString());
            }
            if (row["package"] == "webhook-logger" && row["version"] == "0.3.3" && row["scope"] == "install") {
                QCOMPARE(row["follows_malicious"], QString("1"));
                QVERIFY2(row["rank"].toInt() <= 4, qPrintable(row["rank"])); // behind the judged one's own rows only
                sawNextVersion = true;
            }
        }
        QVERIFY(sawJudged && sawBenign && sawNextVersion);

        const Run untaught = cli({"scan", "--demo", "--history", history, "--no-history-feedback"}, home.path());
        QCOMPARE(untaught.exitCode, 0);
        for (const auto &row : csvRecords(untaught.out))
            QCOMPARE(row["follows_malicious"], QString("0"));
    }

    void historyRefusesWhatIsNotAHistory() {
        QTemporaryDir home;
        const QString notes = home.filePath("notes.txt");
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("my notes, not a database\n");
        }
        const Run scan = cli({"scan", "--demo", "--history", notes}, home.path());
        QCOMPARE(scan.exitCode, 1);
        QVERIFY2(scan.err.contains("notes.txt"), scan.err.constData());
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("my notes, not a database\n")); // never overwritten

        const QString history = home.filePath("empty.sqlite");
        const Run unknown =
            cli({"verdict", "--history", history, "--sha256", QString(64, 'a'), "--verdict", "benign"}, home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("aaaaaaaa"), unknown.err.constData());
        QCOMPARE(cli({"verdict", "--history", history, "--sha256", "xyz", "--verdict", "benign"}, home.path()).exitCode,
                 2);
        QCOMPARE(cli({"verdict", "--history", history, "--package", "a==1", "--verdict", "evil"}, home.path()).exitCode,
                 2);
        QCOMPARE(cli({"scan", "--demo", "--only-new"}, home.path()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CliScanTest)
#include "tst_cli_scan.moc"
