#pragma once
// Runs the engine (runScan) on a worker thread. Every run has a job id: starting a new run cancels the old one and its
// late result is dropped. Progress comes back to the GUI thread by queued calls, throttled to about 20 per second.
// Cancel sets the flag that runScan checks between items. The GUI thread never waits, except in the destructor.
// With a history file (design 2.9) the worker opens it on its own thread: verdicts teach the run (when feedback is
// on), and a completed run is looked up, then recorded; a history that cannot be used never stops the run.
#include "run_history.h"
#include "scan_access.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace mph::app {

using ScanFunction =
    std::function<ScanOutcome(const ScanOptions &, const ProgressCallback &, const std::atomic<bool> *)>;

// runScan when the pipeline library is built; otherwise a function that fails with a clear message.
ScanFunction defaultScanFunction();

// Drops `scan` on a pool thread: when it held the last reference, a large result (every package of the background
// and known sets) is freed there rather than on the GUI thread.
void releaseInBackground(ScanPtr scan);

class RunController : public QObject {
    Q_OBJECT
  public:
    explicit RunController(QObject *parent = nullptr);
    explicit RunController(ScanFunction scan, QObject *parent = nullptr);
    ~RunController() override; // cancels and waits for the running jobs

    quint64 start(const ScanOptions &options); // copies the options once
    // Options may name thousands of package files: shared with the worker, never copied.
    quint64 start(std::shared_ptr<const ScanOptions> options);
    void cancel();
    bool isRunning() const { return running_ != nullptr; }
    quint64 currentJob() const { return currentJob_; }

    // The last run that completed without being cancelled.
    ScanPtr result() const { return result_; }
    // What the history contributed to result() and knew of its packages; set before finished() is emitted. Null
    // before the first completed run; RunHistory::path is empty when that run used no history.
    RunHistoryPtr history() const { return history_; }

    // Later runs use this history file (empty: none); `feedback`: verdicts join the known set and background.
    void setHistory(const QString &path, bool feedback);
    QString historyPath() const { return historyPath_; }
    bool historyFeedback() const { return historyFeedback_; }

  signals:
    void started(quint64 job);
    void progressed(quint64 job, const QString &stage, qint64 done, qint64 total);
    void finished(quint64 job, mph::app::ScanPtr result, bool cancelled);
    void failed(quint64 job, const QString &message);

  private:
    struct Job;
    void deliver(quint64 job, ScanPtr result, RunHistoryPtr history, bool cancelled);
    void deliverFailure(quint64 job, const QString &message);

    ScanFunction scan_;
    QThreadPool pool_;
    quint64 currentJob_ = 0;
    std::shared_ptr<Job> running_;
    QList<std::shared_ptr<Job>> jobs_; // every job whose worker may still run
    ScanPtr result_;
    RunHistoryPtr history_;
    QString historyPath_;
    bool historyFeedback_ = true;
};

} // namespace mph::app
