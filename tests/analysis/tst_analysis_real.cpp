// The analysis over the real corpora (../shared/corpora): almost every root setup.py yields calls, no script takes
// long. Prints the size distribution and the most frequent tokens of each corpus.
#include "analysis/call_sequence.h"
#include "corpus/reader.h"

#include <QtTest>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace mph;

namespace {

// CPU time of this thread: the machine is shared, so wall time measures the neighbours as much as the analysis.
double threadSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

struct CorpusFigures {
    std::size_t installScripts = 0;
    std::size_t installNonEmpty = 0;
    std::size_t importScripts = 0;
    std::size_t importNonEmpty = 0;
    std::size_t truncated = 0;
    std::size_t withErrors = 0;
    double slowestSeconds = 0;  // thread CPU time
    std::string slowestScript;
    double slowestWallSeconds = 0;
    std::vector<std::size_t> installSizes;
    std::map<std::string, std::size_t> tokenCounts;  // install scope
};

CorpusFigures analyseCorpus(const std::filesystem::path &root) {
    const Discovery discovery = discoverPackages({root});
    const CorpusRead read = readPackages(discovery.packages, ReadOptions{}, 2);
    CorpusFigures figures;
    ScriptAnalyzer analyzer;
    for (const Package &package : read.packages) {
        for (const Script &script : package.scripts) {
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = threadSeconds();
            const CallSequence sequence = analyzer.analyze(script.text);
            const double seconds = threadSeconds() - cpuStart;
            const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            figures.slowestWallSeconds = std::max(figures.slowestWallSeconds, wall);
            if (seconds > figures.slowestSeconds) {
                figures.slowestSeconds = seconds;
                figures.slowestScript = package.source + "!" + script.path;
            }
            figures.truncated += sequence.truncated ? 1 : 0;
            figures.withErrors += sequence.errorNodes > 0 ? 1 : 0;
            if (script.scope == Scope::Install) {
                ++figures.installScripts;
                figures.installNonEmpty += sequence.size() > 0 ? 1 : 0;
                figures.installSizes.push_back(sequence.size());
                for (const CallToken &call : sequence.calls) ++figures.tokenCounts[call.name];
            } else {
                ++figures.importScripts;
                figures.importNonEmpty += sequence.size() > 0 ? 1 : 0;
            }
        }
    }
    return figures;
}

void report(const char *corpus, CorpusFigures &figures) {
    qInfo("%s: %zu root setup.py, %zu non-empty (%.2f%%); %zu import scripts, %zu non-empty; %zu truncated, "
          "%zu with parse errors",
          corpus, figures.installScripts, figures.installNonEmpty,
          figures.installScripts ? 100.0 * double(figures.installNonEmpty) / double(figures.installScripts) : 0.0,
          figures.importScripts, figures.importNonEmpty, figures.truncated, figures.withErrors);
    auto &sizes = figures.installSizes;
    std::sort(sizes.begin(), sizes.end());
    if (!sizes.empty()) {
        auto at = [&](double q) { return sizes[std::min(sizes.size() - 1, std::size_t(q * double(sizes.size())))]; };
        qInfo("%s: setup.py sequence size min %zu, p10 %zu, p25 %zu, median %zu, p75 %zu, p90 %zu, p99 %zu, max %zu",
              corpus, sizes.front(), at(0.10), at(0.25), at(0.5), at(0.75), at(0.90), at(0.99), sizes.back());
    }
    std::vector<std::pair<std::size_t, std::string>> top;
    for (const auto &[name, count] : figures.tokenCounts) top.emplace_back(count, name);
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QString line;
    for (std::size_t i = 0; i < std::min<std::size_t>(20, top.size()); ++i)
        line += QStringLiteral("%1 %2; ").arg(QString::fromStdString(top[i].second)).arg(top[i].first);
    qInfo("%s: top setup.py tokens: %s", corpus, qPrintable(line));
    qInfo("%s: slowest script %.1f ms CPU: %s (slowest wall time %.1f ms)", corpus, figures.slowestSeconds * 1000,
          figures.slowestScript.c_str(), figures.slowestWallSeconds * 1000);
}

}  // namespace

class TestAnalysisReal : public QObject {
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

void TestAnalysisReal::corpus_data() {
    QTest::addColumn<QString>("relative");
    QTest::newRow("malicious/known") << "malicious/known";
    QTest::newRow("benign") << "benign";
}

void TestAnalysisReal::corpus() {
    QFETCH(QString, relative);
    const std::filesystem::path root = std::filesystem::path(MPH_CORPORA_DIR) / relative.toStdString();
    if (!std::filesystem::is_directory(root))
        QSKIP(qPrintable(QStringLiteral("corpus not found at %1 (set -DMPH_CORPORA_DIR)")
                             .arg(QString::fromStdString(root.string()))));
    CorpusFigures figures = analyseCorpus(root);
    report(qPrintable(relative), figures);
    QVERIFY(figures.installScripts > 1000);
    QVERIFY2(double(figures.installNonEmpty) >= 0.99 * double(figures.installScripts),
             "fewer than 99% of root setup.py give a non-empty sequence");
    QVERIFY2(figures.slowestSeconds < 1.0, figures.slowestScript.c_str());
}

QTEST_GUILESS_MAIN(TestAnalysisReal)
#include "tst_analysis_real.moc"
