// Kill safety of the history database (issue 13): a child process (history_kill_child) commits verdicts and records
// scans through the real HistoryDatabase in a loop and is killed with SIGKILL at random moments, several rounds on one
// file. After every kill the file passes PRAGMA integrity_check, opens again, and holds every commit the child reported
// (at most the one it was inside may be there too), in order; the next round's child goes on from there.
#include "history_database.h"
#include "history_test_support.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mph::app;
using mph::test::rawSql;

namespace {

constexpr int kRounds = 10;
constexpr int kChildTimeoutMs = 60'000; // generous: the child may run under ASan

QString shaOf(int i) {
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
}

struct ChildLog {
    QStringList lines;
    long long opened = -1;
    long long committed = -1, committing = -1; // verdict numbers
    int recorded = 0;                          // scans reported recorded
    bool recording = false;                    // killed inside a recordScan
    bool killedInsideWrite() const { return recording || committing > committed; }
};

// Starts the child, lets it report `commits` lines of any kind, waits a random 0-3 ms more, and kills it.
ChildLog runAndKill(const QString &path, int reports, unsigned long extraMicros) {
    ChildLog log;
    QProcess child;
    child.start(QStringLiteral(MPH_HISTORY_KILL_CHILD), {path});
    if (!child.waitForStarted(kChildTimeoutMs)) {
        QTest::qFail("the child did not start", __FILE__, __LINE__);
        return log;
    }
    int seen = 0;
    QElapsedTimer total;
    total.start();
    while (seen < reports && total.elapsed() < kChildTimeoutMs) {
        if (!child.canReadLine() && !child.waitForReadyRead(kChildTimeoutMs)) break;
        while (child.canReadLine()) {
            log.lines.append(QString::fromUtf8(child.readLine()).trimmed());
            ++seen;
        }
    }
    QThread::usleep(extraMicros);
    child.kill();
    child.waitForFinished(kChildTimeoutMs);
    for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty()) log.lines.append(QString::fromUtf8(line).trimmed());
    if (child.exitStatus() != QProcess::CrashExit)
        QTest::qFail(qPrintable(QStringLiteral("the child stopped by itself (exit %1): %2")
                                    .arg(child.exitCode())
                                    .arg(QString::fromUtf8(child.readAllStandardError()))),
                     __FILE__, __LINE__);
    for (const QString &line : log.lines) {
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        const long long n = line.section(QLatin1Char(' '), 1, 1).toLongLong();
        if (word == QLatin1String("opened"))
            log.opened = log.committed = log.committing = n;
        else if (word == QLatin1String("committing"))
            log.committing = n;
        else if (word == QLatin1String("committed"))
            log.committed = n;
        else if (word == QLatin1String("recording"))
            log.recording = true;
        else if (word == QLatin1String("recorded")) {
            log.recording = false;
            ++log.recorded;
        }
    }
    return log;
}

} // namespace

class HistoryCrashTest : public QObject {
    Q_OBJECT
  private slots:
    void killedWritersLoseNothingCommitted() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QRandomGenerator random(20261203);
        long long expectedVerdicts = 0;
        int expectedRuns = 1; // the first child records the archive its verdicts name
        int killedInside = 0;
        for (int round = 0; round < kRounds; ++round) {
            const int reports = 4 + int(random.bounded(60));
            const auto extra = static_cast<unsigned long>(random.bounded(3000));
            const ChildLog log = runAndKill(path, reports, extra);
            if (QTest::currentTestFailed()) return;
            const QString context = QStringLiteral("round %1 (%2 reports + %3 us): %4")
                                        .arg(round)
                                        .arg(reports)
                                        .arg(extra)
                                        .arg(log.lines.mid(std::max<qsizetype>(0, log.lines.size() - 3)).join("; "));
            QVERIFY2(log.opened == expectedVerdicts, qPrintable(context)); // the last round's extra commit counted
            killedInside += log.killedInsideWrite() ? 1 : 0;

            QString error;
            QCOMPARE(rawSql(path, {QStringLiteral("PRAGMA integrity_check")}, &error).toString(), QStringLiteral("ok"));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto history = HistoryDatabase::open(path, &error);
            QVERIFY2(history, qPrintable(error + QStringLiteral(" after ") + context));

            // Every reported verdict, in order; at most the one being committed beyond them.
            const QList<VerdictRecord> verdicts = history->verdictHistory(shaOf(0));
            QVERIFY2(verdicts.size() == log.committed ||
                         (verdicts.size() == log.committed + 1 && log.committing == log.committed + 1),
                     qPrintable(QStringLiteral("%1 verdicts after ").arg(verdicts.size()) + context));
            for (qsizetype i = 0; i < verdicts.size(); ++i)
                QCOMPARE(verdicts[i].note, QStringLiteral("commit %1").arg(i + 1));
            expectedVerdicts = verdicts.size();

            // Every reported scan: a run each, with its archives.
            expectedRuns += log.recorded;
            const int runs = rawSql(path, {QStringLiteral("SELECT count(*) FROM runs")}).toInt();
            QVERIFY2(runs == expectedRuns || (runs == expectedRuns + 1 && log.recording),
                     qPrintable(QStringLiteral("%1 runs, %2 expected, after ").arg(runs).arg(expectedRuns) + context));
            expectedRuns = runs;
            if (log.recorded > 0) QVERIFY(history->features(shaOf(601))); // the first scan a child records
        }
        qInfo("%d of %d kills inside a transaction; %lld verdicts and %d runs committed in all", killedInside, kRounds,
              expectedVerdicts, expectedRuns);
        QVERIFY(expectedVerdicts > kRounds);
    }
};

QTEST_GUILESS_MAIN(HistoryCrashTest)
#include "tst_history_crash.moc"
