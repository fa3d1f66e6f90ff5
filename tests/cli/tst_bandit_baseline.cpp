// The Bandit baseline on our own tiny scripts (never corpus data): scores are severity x confidence sums, scripts
// Bandit cannot parse score 0 and are flagged, duplicates are scored once, and the cache round-trips.
#include "evaluation/bandit_baseline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mph::evaluation::BanditBaseline;
using mph::evaluation::BanditScript;

namespace {

const std::string kShell = "import os\nos.system('ls ' + x)\nimport subprocess\nsubprocess.Popen(x, shell=True)\n";
const std::string kPython2 = "print 'hello'\n";
const std::string kPlain = "x = 1\n";
const std::string kSha1 = std::string(63, '0') + "1", kSha2 = std::string(63, '0') + "2",
                  kSha3 = std::string(63, '0') + "3";

} // namespace

class TstBanditBaseline : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        if (BanditBaseline().version().empty()) QSKIP("Debian's bandit is not importable by /usr/bin/python3");
    }

    void scoresAreSeverityTimesConfidence() {
        BanditBaseline bandit;
        QCOMPARE(bandit.version(), std::string("1.6.2"));
        std::string problem;
        // B605 (HIGH, HIGH) = 9, B404 (LOW, HIGH) = 3, B602 (HIGH, HIGH) = 9.
        QVERIFY2(bandit.score({{kSha1, kShell}, {kSha2, kPython2}, {kSha3, kPlain}, {kSha1, kShell}}, 2, problem),
                 problem.c_str());
        QCOMPARE(bandit.fresh(), std::size_t{3});
        const auto shell = bandit.find(kSha1);
        QVERIFY(shell.has_value());
        QCOMPARE(shell->score, 21.0);
        QCOMPARE(shell->findings, 3);
        QVERIFY(shell->parsed);
        const auto python2 = bandit.find(kSha2);
        QVERIFY(python2.has_value());
        QCOMPARE(python2->score, 0.0);
        QVERIFY(!python2->parsed);
        QCOMPARE(bandit.find(kSha3)->findings, 0);
        QVERIFY(bandit.find(kSha3)->parsed);
        QVERIFY(!bandit.find(std::string(64, 'f')).has_value());
    }

    void cacheRoundTrips() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("bandit.tsv").toStdString();
        std::string problem;
        {
            BanditBaseline bandit;
            QVERIFY(bandit.score({{kSha1, kShell}}, 1, problem));
            QVERIFY2(bandit.saveCache(file, problem), problem.c_str());
        }
        BanditBaseline cached("/nonexistent/python"); // would fail if it had to run Bandit
        cached.loadCache(file);
        QVERIFY2(cached.score({{kSha1, kShell}}, 1, problem), problem.c_str());
        QCOMPARE(cached.fresh(), std::size_t{0});
        QCOMPARE(cached.find(kSha1)->score, 21.0);
        QVERIFY(!cached.score({{kSha2, kPython2}}, 1, problem)); // not cached, and no Python to run
    }
};

QTEST_GUILESS_MAIN(TstBanditBaseline)
#include "tst_bandit_baseline.moc"
