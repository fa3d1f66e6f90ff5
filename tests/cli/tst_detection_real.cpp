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

#include "evaluation/metrics.h"
#include "ranking/ranking.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace ev = mph::evaluation;

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

// evaluate --scripts-out, read back: per mode, per batch, the install and import lists (score and needle of every
// ranked script), and how many "S" lines break the mode's score formula (terms as written, 5 decimals).
struct ScriptsDump {
    std::map<std::string, std::map<int, std::pair<std::vector<ev::RankedItem>, std::vector<ev::RankedItem>>>> lists;
    std::map<std::string, std::size_t> lines, formulaBreaks;
    std::size_t callCountLines = 0;
};

ScriptsDump readScriptsDump(const std::string &path) {
    ScriptsDump dump;
    const mph::RankingOptions weights;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string field; std::getline(fields, field, '\t');)
            f.push_back(field);
        if (!f.empty() && f[0] == "C") ++dump.callCountLines;
        if (f.size() < 16 || f[0] != "S") continue;
        // S seed part mode batch scope needle score d_k d_nb d_m evidence rarity size cluster capability calls...
        const std::string &mode = f[3];
        const double score = std::stod(f[7]), dK = std::stod(f[8]), dNb = std::stod(f[9]), dM = std::stod(f[10]),
                     evidence = std::stod(f[11]), rarity = std::stod(f[12]), capability = std::stod(f[15]);
        const bool empty = f[13] == "0";
        double expected = score;
        if (mode == "known" && !empty && dM < 2)
            expected = weights.neighbourhoodWeight * dK / 2 + (1 - weights.neighbourhoodWeight) * (dNb - dM + 2) / 4 +
                       weights.evidenceWeight * evidence + weights.knownCapabilityWeight * capability;
        else if (mode == "outlier" && !empty)
            expected = dK / 2 + weights.rarityWeight * rarity + weights.capabilityWeight * capability;
        ++dump.lines[mode];
        dump.formulaBreaks[mode] += std::abs(expected - score) > 1e-4 ? 1 : 0;
        auto &batch = dump.lists[mode][std::stoi(f[4])];
        (f[5] == "install" ? batch.first : batch.second).push_back({score, std::stoi(f[6])});
    }
    return dump;
}

// The overall figures of one mode from its lists, as evaluate computes them; `needles` is the draw's needle count
// (needles without any script have no line).
Figures figuresOf(const std::map<int, std::pair<std::vector<ev::RankedItem>, std::vector<ev::RankedItem>>> &batches,
                  std::size_t needles) {
    std::vector<ev::BatchFigures> measured;
    for (const auto &[batch, lists] : batches) {
        std::int32_t most = -1;
        for (const auto *list : {&lists.first, &lists.second})
            for (const ev::RankedItem &item : *list)
                most = std::max(most, item.needle);
        measured.push_back(ev::measureBatch(std::to_string(batch), lists.first, lists.second,
                                            static_cast<std::size_t>(most + 1), ev::TiePolicy::Pessimistic));
    }
    ev::OverallFigures all = ev::summarise(measured);
    return {static_cast<double>(all.found3) / static_cast<double>(needles),
            static_cast<double>(all.found10) / static_cast<double>(needles), all.meanAp, all.importRecall10};
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
                   "--modes", "known,outlier,paper", "--cache", cache.filePath("features.bin"), "--scripts-out",
                   cache.filePath("scripts.tsv")});
        QVERIFY2(cli.waitForFinished(1800 * 1000), "evaluate did not finish in 30 minutes");
        const QString output = QString::fromUtf8(cli.readAllStandardOutput());
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(errors));
        qInfo().noquote() << output.mid(output.lastIndexOf("== summary"));

        const QRegularExpressionMatch batches =
            QRegularExpression(R"(batches: 20 \(asked 20\), 6000 benign members, (\d+) needles)").match(output);
        QVERIFY2(batches.hasMatch(), qPrintable(output.left(2000)));
        const std::size_t needles = batches.captured(1).toULongLong();
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

        // The scripts dump (--scripts-out) holds every ranked script with the terms its score adds up from, and
        // measures the same figures as the summary.
        const ScriptsDump dump = readScriptsDump(cache.filePath("scripts.tsv").toStdString());
        QVERIFY(dump.callCountLines > 1000);
        for (const char *mode : {"known", "outlier", "paper"}) {
            QVERIFY2(dump.lines.count(mode) && dump.lines.at(mode) > 6000, mode);
            QCOMPARE(dump.formulaBreaks.at(mode), std::size_t(0));
            const Figures printed = figures.at(QStringLiteral("mphunter/") + mode);
            const Figures measured = figuresOf(dump.lists.at(mode), needles);
            QVERIFY2(std::abs(measured.recall3 - printed.recall3) < 6e-4, mode);
            QVERIFY2(std::abs(measured.recall10 - printed.recall10) < 6e-4, mode);
            QVERIFY2(std::abs(measured.meanAp - printed.meanAp) < 6e-4, mode);
            QVERIFY2(std::abs(measured.importRecall10 - printed.importRecall10) < 6e-4, mode);
        }
    }
};

QTEST_GUILESS_MAIN(TestDetectionReal)
#include "tst_detection_real.moc"
