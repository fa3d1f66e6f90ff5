#include "run_controller.h"

#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <mutex>
#include <utility>

namespace mph::app {

struct RunController::Job {
    quint64 id = 0;
    std::atomic<bool> cancel{false};
    QFuture<void> future;
};

ScanFunction defaultScanFunction() {
#ifdef MPH_HAVE_PIPELINE
    return [](const ScanOptions &options, const ProgressCallback &progress, const std::atomic<bool> *cancel) {
        return runScan(options, progress, cancel);
    };
#else
    return [](const ScanOptions &, const ProgressCallback &, const std::atomic<bool> *) -> ScanOutcome {
        throw std::runtime_error("this build has no analysis engine (mph_pipeline)");
    };
#endif
}

void releaseInBackground(ScanPtr scan) {
    if (!scan || scan.use_count() > 1) return; // someone else still holds it: nothing to free now
    QThreadPool::globalInstance()->start([scan = std::move(scan)]() mutable { scan.reset(); });
}

RunController::RunController(QObject *parent) : RunController(defaultScanFunction(), parent) {}

RunController::RunController(ScanFunction scan, QObject *parent) : QObject(parent), scan_(std::move(scan)) {
    pool_.setMaxThreadCount(2); // a cancelled run may still be unwinding while the next one starts
    qRegisterMetaType<mph::app::ScanPtr>();
}

RunController::~RunController() {
    for (const auto &job : std::as_const(jobs_))
        job->cancel = true;
    for (const auto &job : std::as_const(jobs_))
        job->future.waitForFinished();
}

quint64 RunController::start(const ScanOptions &options) {
    return start(std::make_shared<const ScanOptions>(options));
}

quint64 RunController::start(std::shared_ptr<const ScanOptions> shared) {
    cancel();
    auto job = std::make_shared<Job>();
    job->id = ++currentJob_;
    running_ = job;
    jobs_.append(job);

    struct Throttle {
        std::mutex mutex;
        std::string stage;
        std::chrono::steady_clock::time_point last{};
    };
    auto throttle = std::make_shared<Throttle>();
    ProgressCallback progress = [this, id = job->id, throttle](const ScanProgress &p) {
        {
            std::lock_guard lock(throttle->mutex);
            const auto now = std::chrono::steady_clock::now();
            if (p.stage == throttle->stage && p.done != p.total && now - throttle->last < std::chrono::milliseconds(50))
                return;
            throttle->stage = p.stage;
            throttle->last = now;
        }
        QMetaObject::invokeMethod(
            this,
            [this, id, stage = QString::fromStdString(p.stage), done = qint64(p.done), total = qint64(p.total)] {
                if (id == currentJob_) emit progressed(id, stage, done, total);
            },
            Qt::QueuedConnection);
    };

    job->future = QtConcurrent::run(&pool_, [this, job, options = std::move(shared), progress = std::move(progress)] {
        try {
            ScanOutcome outcome = scan_(*options, progress, &job->cancel);
            auto result = std::make_shared<const ScanResult>(std::move(outcome.result));
            const bool cancelled = outcome.cancelled || job->cancel;
            QMetaObject::invokeMethod(
                this, [this, id = job->id, result, cancelled] { deliver(id, result, cancelled); },
                Qt::QueuedConnection);
        } catch (const std::exception &error) {
            QMetaObject::invokeMethod(
                this, [this, id = job->id, message = QString::fromUtf8(error.what())] { deliverFailure(id, message); },
                Qt::QueuedConnection);
        }
    });
    emit started(job->id);
    return job->id;
}

void RunController::cancel() {
    if (running_) running_->cancel = true;
}

void RunController::deliver(quint64 job, ScanPtr result, bool cancelled) {
    jobs_.removeIf([job](const std::shared_ptr<Job> &j) { return j->id == job; });
    if (job != currentJob_) return; // superseded by a newer run
    running_.reset();
    if (!cancelled) result_ = result;
    emit finished(job, std::move(result), cancelled);
}

void RunController::deliverFailure(quint64 job, const QString &message) {
    jobs_.removeIf([job](const std::shared_ptr<Job> &j) { return j->id == job; });
    if (job != currentJob_) return;
    running_.reset();
    emit failed(job, message);
}

} // namespace mph::app
