#include "run_controller.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <mutex>
#include <utility>

namespace mph::app {

namespace {

// A class context, so that lupdate files the strings under the context the runtime looks them up in.
struct RunHistoryText {
    Q_DECLARE_TR_FUNCTIONS(RunHistoryText)
};

// Verdicts teach the run (issue 13 item 2): the options are shared and const, so the run gets a copy with the
// remembered packages and the projects judged malicious.
std::shared_ptr<const ScanOptions> withFeedback(const HistoryDatabase &db, const ScanOptions &options,
                                                RunHistory &history) {
    auto taught = std::make_shared<ScanOptions>(options);
    taught->remembered = db.rememberedPackages(&history.feedbackProblems);
    taught->maliciousProjects = db.maliciousProjects();
    for (const RememberedPackage &p : taught->remembered)
        ++(p.role == Role::Known ? history.rememberedKnown : history.rememberedBackground);
    return taught;
}

void addProblem(RunHistory &history, const QString &problem) {
    if (problem.isEmpty()) return;
    history.problem = history.problem.isEmpty() ? problem : history.problem + QStringLiteral("; ") + problem;
}

// The run recorded, then what the history knew of its batch packages before it (seen before, prior verdicts) and the
// first scan that saw each. Fills ScanResult::packageMemory as the CLI does for its CSV.
void recordRun(HistoryDatabase &db, ScanResult &result, RunHistory &history) {
    QString problem;
    if (!db.recordScan(result, &problem)) addProblem(history, problem);
    history.archives = db.lookup(result, &problem);
    addProblem(history, problem);
    history.newPackages = applyMemory(history.archives, result);
    QSet<QString> batchArchives;
    for (std::size_t p = 0; p < result.packages.size(); ++p) {
        const Package &package = result.packages[p];
        if (p < result.packageRemembered.size() && result.packageRemembered[p] && !package.sha256.empty()) {
            const QString sha = QString::fromStdString(package.sha256);
            if (const std::optional<VerdictRecord> verdict = db.latestVerdict(sha))
                history.rememberedVerdicts.insert(sha, *verdict);
        }
        if (result.packageRoles[p] != Role::Batch) continue;
        const QString key = package.sha256.empty() ? fromBytes(package.source) : QString::fromStdString(package.sha256);
        if (batchArchives.contains(key)) continue;
        batchArchives.insert(key);
        if (package.sha256.empty()) continue;
        const QList<EarlierVersion> earlier = db.earlierVersions(fromBytes(package.name), fromBytes(package.version));
        if (!earlier.isEmpty()) history.earlierVersions.insert(key, earlier.first());
    }
    history.batchPackages = static_cast<int>(batchArchives.size());
}

} // namespace

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

void RunController::setHistory(const QString &path, bool feedback) {
    historyPath_ = path;
    historyFeedback_ = feedback;
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

    job->future = QtConcurrent::run(&pool_, [this, job, options = std::move(shared), progress = std::move(progress),
                                             historyPath = historyPath_, feedback = historyFeedback_] {
        try {
            auto history = std::make_shared<RunHistory>();
            history->path = historyPath;
            history->feedback = feedback;
            // One connection, opened and closed on this thread (Qt SQL connections belong to their thread).
            std::unique_ptr<HistoryDatabase> db;
            if (!historyPath.isEmpty()) {
                QString problem;
                db = HistoryDatabase::open(historyPath, &problem);
                if (!db) history->problem = RunHistoryText::tr("the history was not used: %1").arg(problem);
            }
            std::shared_ptr<const ScanOptions> runOptions = options;
            if (db && feedback) runOptions = withFeedback(*db, *options, *history);
            ScanOutcome outcome = scan_(*runOptions, progress, &job->cancel);
            const bool cancelled = outcome.cancelled || job->cancel;
            if (db && !cancelled) recordRun(*db, outcome.result, *history);
            db.reset();
            auto result = std::make_shared<const ScanResult>(std::move(outcome.result));
            QMetaObject::invokeMethod(
                this,
                [this, id = job->id, result, history = RunHistoryPtr(std::move(history)), cancelled] {
                    deliver(id, result, history, cancelled);
                },
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

void RunController::deliver(quint64 job, ScanPtr result, RunHistoryPtr history, bool cancelled) {
    jobs_.removeIf([job](const std::shared_ptr<Job> &j) { return j->id == job; });
    if (job != currentJob_) return; // superseded by a newer run
    running_.reset();
    if (!cancelled) {
        result_ = result;
        history_ = std::move(history);
    }
    emit finished(job, std::move(result), cancelled);
}

void RunController::deliverFailure(quint64 job, const QString &message) {
    jobs_.removeIf([job](const std::shared_ptr<Job> &j) { return j->id == job; });
    if (job != currentJob_) return;
    running_.reset();
    emit failed(job, message);
}

} // namespace mph::app
