// Detection on the real corpora (../shared/corpora), end to end through `mphunter-cli evaluate` as a user runs it:
// the development batches of seed 1 (design section 6), ranked with the known set (the contrastive default), without
// it, and with the paper's formula taken literally. The pipeline is deterministic, so these are the figures of the
// closing notes (known 0.818 / 0.879 / 0.760 and import@10 0.867, outlier 0.636 / 0.788 / 0.600, paper 0.258 / 0.409
// / 0.085 at the time of writing); the floors below sit a few needles under them, so that a change that loses detection
// fails here and has to show its measurements (over many draws: evaluate --draws). Skips when the corpora are absent.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <map>

namespace {

struct Figures {
    double recall3 = -1, recall10 = -1, meanAp = -1, importRecall10 = -1;
};

// The summary table at the end: "mphunter/known   0.697   0.879   0.658   0.812" (recall@3, recall@10, mean AP,
// import-scope recall@10).
std::map<QString, Figures> summary(const QString &output) {
    static const QRegularExpression line(
        QStringLiteral(R"(^(mphunter/\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$)"),
        QRegularExpression::MultilineOption);
    std::map<QString, Figures> figures;
    for (auto it = line.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        figures[m.captured(1)] = {m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble(),
                                  m.captured(5).toDouble()};
    }
    return figures;
}

} // namespace

class TestDetectionReal : public QObject {
    Q_OBJECT
  private slots:
    void developmentBatches() {
        const std::filesystem::path corpora = MPH_CORPORA_DIR;
        if (!std::filesystem::is_regular_file(corpora / "malicious" / "manifest.tsv") ||
            !std::filesystem::is_regular_file(corpora / "benign" / "manifest.tsv"))
            QSKIP(qPrintable(QString("real corpora not found at %1 (configure with -DMPH_CORPORA_DIR=...)")
                                 .arg(QString::fromStdString(corpora.string()))));
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        cli.start(QStringLiteral(MPH_CLI),
                  {"evaluate", "--corpora", QString::fromStdString(corpora.string()), "--no-bandit", "--summary-only",
                   "--modes", "known,outlier,paper", "--cache", cache.filePath("features.bin")});
        QVERIFY2(cli.waitForFinished(1800 * 1000), "evaluate did not finish in 30 minutes");
        const QString output = QString::fromUtf8(cli.readAllStandardOutput());
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(errors));
        qInfo().noquote() << output.mid(output.lastIndexOf("== summary"));

        QVERIFY2(output.contains(QRegularExpression(R"(batches: 20 \(asked 20\), 6000 benign members, \d+ needles)")),
                 qPrintable(output.left(2000)));
        const std::map<QString, Figures> figures = summary(output);
        QCOMPARE(figures.size(), std::size_t(3));
        const Figures known = figures.at("mphunter/known");
        const Figures outlier = figures.at("mphunter/outlier");
        const Figures paper = figures.at("mphunter/paper");
        // With the known set: the issue's recall@10 target and most of its recall@3 and AP.
        QVERIFY2(known.recall10 >= 0.85, qPrintable(QString::number(known.recall10)));
        QVERIFY2(known.recall3 >= 0.77, qPrintable(QString::number(known.recall3)));
        QVERIFY2(known.meanAp >= 0.72, qPrintable(QString::number(known.meanAp)));
        // Import scripts with what they run (trojanised libraries): the issue's import-scope target.
        QVERIFY2(known.importRecall10 >= 0.80, qPrintable(QString::number(known.importRecall10)));
        // Without it: the issue's recall@10 target, with the capability rarity that lifted it there.
        QVERIFY2(outlier.recall10 >= 0.72, qPrintable(QString::number(outlier.recall10)));
        QVERIFY2(outlier.recall3 >= 0.55, qPrintable(QString::number(outlier.recall3)));
        QVERIFY2(outlier.meanAp >= 0.50, qPrintable(QString::number(outlier.meanAp)));
        // Design 2.6a: the paper's formula on a noisy known set finds little; the contrastive ranking finds most.
        QVERIFY2(paper.recall10 <= 0.5, qPrintable(QString::number(paper.recall10)));
        QVERIFY(known.recall10 >= paper.recall10 + 0.4);
        QVERIFY(known.meanAp >= paper.meanAp + 0.5);
    }
};

QTEST_GUILESS_MAIN(TestDetectionReal)
#include "tst_detection_real.moc"
