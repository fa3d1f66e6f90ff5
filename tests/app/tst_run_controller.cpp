// The run controller with stand-in scan functions: progress reaches the GUI thread, a newer run drops the older
// one's result, cancel stops a run and keeps the previous result, a failure is reported.
#include "run_controller.h"
#include "scan_fixture.h"

#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_run_controller.moc"
