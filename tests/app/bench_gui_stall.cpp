// The GUI thread's longest stall while the real MainWindow runs a batch over all of ../shared/corpora (design 7: the
// GUI never blocks; events served within 50 ms). Offscreen, with:
//   background = the corpora/benign folder (its 4,905 archives; the batch's benign archives are among them, as in
//                bench_scan),
//   known      = every malicious/known zip added before the cutoff (default 2024-08-01), read in memory only,
//   batch      = every k-th benign archive (300 by default) plus a few needles: known-malicious sdists added on or
//                after the cutoff (distinct setup.py), never in `known`. Batch and known are lists of file paths
//                handed to the engine (folders of symlinks would not do: discovery never follows symlinks), so
//                nothing is copied, extracted or linked.
// A 5 ms precise QTimer on the GUI thread records the gap between its ticks; QApplication::notify times every event
// dispatch, so the longest gap can be attributed. The result delivery (RunController -> MainWindow::onFinished: models
// reset, table sorted, map points set, first row selected, code views and explanation filled) is timed on its own,
// with the paints that follow. Two runs in the same window: cold (empty feature cache, written by the run) and warm
// (the cache the cold run wrote). Then the window is grabbed to mphunter-corpora.png next to this binary.
//
// usage: QT_QPA_PLATFORM=offscreen bench_gui_stall [CORPORA_DIR] [--batch-size N] [--needles N] [--cutoff DATE]
//        [--shot FILE] [--cache FILE]   (--cache: keep the feature cache there; when it exists the first run is warm)
#include "code_compare_widget.h"
#include "inputs_widget.h"
#include "main_window.h"
#include "map_points.h"
#include "map_widget.h"
#include "ranked_script_model.h"
#include "ranked_table_widget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace mph::app;
namespace fs = std::filesystem;

namespace {

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

// One event dispatch on the GUI thread (outermost notify only), in ms since the clock started.
struct Dispatch {
    double start = 0, end = 0;
    QString what;
};

// Times every outermost event dispatch of the GUI thread; keeps those over 2 ms.
class TimedApplication : public QApplication {
  public:
    using QApplication::QApplication;
    QElapsedTimer clock;
    std::vector<Dispatch> slow;

    bool notify(QObject *receiver, QEvent *event) override {
        if (depth_ > 0 || !clock.isValid()) return QApplication::notify(receiver, event);
        ++depth_;
        const double start = ms();
        const QEvent::Type type = event->type();
        // The receiver may be deleted by its own event (DeferredDelete): name it before.
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const bool result = QApplication::notify(receiver, event);
        const double end = ms();
        --depth_;
        if (end - start > 2.0) {
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            QString what = QStringLiteral("%1 to %2")
                               .arg(QString::fromLatin1(typeName ? typeName : "event"), QString::fromLatin1(className));
            if (!objectName.isEmpty()) what += QStringLiteral(" '%1'").arg(objectName);
            slow.push_back({start, end, what});
        }
        return result;
    }
    double ms() const { return double(clock.nsecsElapsed()) / 1e6; }

  private:
    int depth_ = 0;
};

// Ticks every 5 ms on the GUI thread and records the gaps between ticks.
class StallMonitor : public QObject {
  public:
    explicit StallMonitor(TimedApplication &app) : app_(app) {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kIntervalMs);
        connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
    }
    static constexpr int kIntervalMs = 5;

    void start() {
        gaps_.clear();
        longest_ = 0;
        last_ = app_.ms();
        lastCpu_ = threadCpuMs();
        timer_.start();
    }
    void stop() {
        timer_.stop();
        tick();
    }

    void print(const char *phase) const {
        std::vector<double> sorted = gaps_;
        std::sort(sorted.begin(), sorted.end());
        auto percentile = [&](double p) {
            return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
        };
        std::size_t over50 = 0;
        for (double gap : gaps_)
            over50 += gap >= 50.0;
        std::printf("  %s: %zu ticks (every %d ms), gap p50 %.1f ms, p99 %.1f ms, longest %.1f ms (GUI thread CPU in "
                    "it %.1f ms), %zu gap(s) >= 50 ms\n",
                    phase, gaps_.size(), kIntervalMs, percentile(0.5), percentile(0.99), longest_, longestCpu_, over50);
        // What ran on the GUI thread during the longest gap.
        std::vector<const Dispatch *> inside;
        for (const Dispatch &d : app_.slow)
            if (d.end > longestFrom_ && d.start < longestTo_) inside.push_back(&d);
        std::sort(inside.begin(), inside.end(),
                  [](const Dispatch *a, const Dispatch *b) { return a->end - a->start > b->end - b->start; });
        if (inside.empty()) std::printf("    during it: no single event dispatch over 2 ms\n");
        for (std::size_t k = 0; k < std::min<std::size_t>(inside.size(), 4); ++k)
            std::printf("    during it: %7.1f ms  %s\n", inside[k]->end - inside[k]->start,
                        qPrintable(inside[k]->what));
    }

  private:
    void tick() {
        const double now = app_.ms(), cpu = threadCpuMs();
        const double gap = now - last_;
        gaps_.push_back(gap);
        if (gap > longest_) {
            longest_ = gap;
            longestFrom_ = last_;
            longestTo_ = now;
            longestCpu_ = cpu - lastCpu_;
        }
        last_ = now;
        lastCpu_ = cpu;
    }

    TimedApplication &app_;
    QTimer timer_;
    std::vector<double> gaps_;
    double last_ = 0, lastCpu_ = 0, longest_ = 0, longestFrom_ = 0, longestTo_ = 0, longestCpu_ = 0;
};

struct Inputs {
    std::vector<fs::path> batch, background, known;
    std::vector<std::string> needles; // "name version (added)"
};

// Columns of a tab-separated manifest by header name.
std::vector<std::map<std::string, std::string>> readTsv(const fs::path &file) {
    std::vector<std::map<std::string, std::string>> rows;
    std::ifstream in(file);
    std::string line;
    std::vector<std::string> header;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream stream(line);
        for (std::string cell; std::getline(stream, cell, '\t');)
            cells.push_back(cell);
        if (header.empty()) {
            header = cells;
            continue;
        }
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size() && c < cells.size(); ++c)
            row[header[c]] = cells[c];
        rows.push_back(std::move(row));
    }
    return rows;
}

Inputs makeInputs(const fs::path &corpora, int batchSize, int needleCount, const std::string &cutoff) {
    Inputs inputs;
    std::vector<fs::path> benign;
    for (const fs::directory_entry &entry : fs::directory_iterator(corpora / "benign"))
        if (entry.is_regular_file() && entry.path().extension() == ".gz") benign.push_back(entry.path());
    std::sort(benign.begin(), benign.end());
    const std::size_t step = std::max<std::size_t>(1, benign.size() / std::size_t(std::max(1, batchSize)));
    for (std::size_t i = 0; i < benign.size(); ++i) {
        if (i % step == 0 && inputs.batch.size() < std::size_t(batchSize))
            inputs.batch.push_back(benign[i]);
        else
            inputs.background.push_back(benign[i]);
    }

    struct Candidate {
        std::string sha, label;
        fs::path zip;
    };
    std::vector<Candidate> candidates;
    for (const auto &row : readTsv(corpora / "malicious" / "manifest.tsv")) {
        const std::string &zip = row.count("zip") ? row.at("zip") : std::string();
        if (zip.empty()) continue;
        const std::string added = row.count("added") ? row.at("added") : std::string();
        const fs::path path = corpora / "malicious" / zip;
        if (added < cutoff) {
            inputs.known.push_back(path);
        } else if (row.count("kind") && row.at("kind") == "sdist" && row.count("setup_py_sha256") &&
                   !row.at("setup_py_sha256").empty()) {
            candidates.push_back(
                {row.at("setup_py_sha256"), row.at("name") + " " + row.at("version") + " (added " + added + ")", path});
        }
    }
    // Needles: a deterministic spread (ordered by setup.py hash), one per distinct setup.py and name prefix.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.sha < b.sha; });
    std::set<std::string> shas, prefixes;
    const std::size_t stride = std::max<std::size_t>(1, candidates.size() / std::size_t(std::max(1, needleCount * 4)));
    for (std::size_t i = 0; i < candidates.size() && int(inputs.needles.size()) < needleCount; i += stride) {
        const Candidate &c = candidates[i];
        const std::string prefix = c.label.substr(0, 4);
        if (!shas.insert(c.sha).second || !prefixes.insert(prefix).second) continue;
        inputs.batch.push_back(c.zip);
        inputs.needles.push_back(c.label);
    }
    return inputs;
}

// Waits (serving events) for the window's run to settle; returns whether it completed.
bool waitForRun(MainWindow &window, int timeoutMs) {
    QEventLoop loop;
    bool completed = false, settled = false;
    const auto connection = QObject::connect(&window, &MainWindow::runSettled, &loop, [&](bool ok) {
        completed = ok;
        settled = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return settled && completed;
}

void serveEventsFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// One run in `window`: the monitor covers the run and the delivery; the delivery is timed apart, with the paints of
// the second after it.
void measureRun(TimedApplication &app, MainWindow &window, const mph::ScanOptions &options, const char *label) {
    StallMonitor run(app), delivery(app);
    app.slow.clear();
    double deliveryStart = 0, deliveryEnd = 0, deliveryCpuStart = 0, deliveryCpuEnd = 0, startMs = 0, startCpu = 0;
    // The result arrives as a queued call on the controller; MainWindow::onFinished runs inside it, runSettled last.
    class DeliveryWatch : public QObject {
      public:
        std::function<void()> onDelivery;
        bool eventFilter(QObject *, QEvent *event) override {
            if (event->type() == QEvent::MetaCall && onDelivery) onDelivery();
            return false;
        }
    } watch;
    watch.onDelivery = [&] {
        if (!window.controller()->isRunning()) return;
        deliveryStart = app.ms(); // the last queued call while running is the delivery; progress calls come before
        deliveryCpuStart = threadCpuMs();
    };
    window.controller()->installEventFilter(&watch);
    const auto settledConnection = QObject::connect(&window, &MainWindow::runSettled, [&] {
        deliveryEnd = app.ms();
        deliveryCpuEnd = threadCpuMs();
    });

    // Built before the clock starts: the app builds a run's options from a few folders; this benchmark names every
    // package file (the reader follows no symlinks), which only the benchmark pays for.
    const auto sharedOptions = std::make_shared<const mph::ScanOptions>(options);
    const double cpu0 = processCpuSeconds();
    const double wall0 = app.ms();
    run.start();
    QTimer::singleShot(0, &window, [&] { // as from a menu action: inside an event dispatch
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        window.startRun(sharedOptions);
        startMs = double(timer.nsecsElapsed()) / 1e6;
        startCpu = threadCpuMs() - cpu;
    });
    const bool ok = waitForRun(window, 30 * 60 * 1000);
    const double wall = (app.ms() - wall0) / 1e3;
    // Paints and layout that follow the delivery, watched for one more second.
    delivery.start();
    serveEventsFor(1000);
    delivery.stop();
    run.stop();
    window.controller()->removeEventFilter(&watch);
    QObject::disconnect(settledConnection);

    const ScanPtr scan = window.scan();
    std::printf("%s: %s in %.1f s wall, %.1f s CPU (process), load %s\n", label, ok ? "completed" : "FAILED", wall,
                processCpuSeconds() - cpu0, loadAverage().c_str());
    if (scan)
        std::printf("  %zu packages (%zu from the feature cache), %zu scripts, %zu unique sequences (map points), "
                    "%zu ranked rows, %zu errors\n",
                    scan->packages.size(), scan->cachedPackages, scan->scripts.size(), scan->sequences.size(),
                    scan->ranking.size(), scan->errors.size());
    std::printf("  MainWindow::startRun: %.1f ms (GUI thread CPU %.1f ms)\n", startMs, startCpu);
    std::printf("  result delivery (RunController -> MainWindow::onFinished, up to runSettled): %.1f ms (GUI thread "
                "CPU %.1f ms)\n",
                deliveryEnd - deliveryStart, deliveryCpuEnd - deliveryCpuStart);
    run.print("whole run, delivery and 1 s after");
    delivery.print("the 1 s after delivery (paints)");
    std::fflush(stdout);
}

// The delivery's parts, one by one, on the window's current result (what onFinished does, in its order).
void printDeliveryParts(MainWindow &window, const mph::ScanOptions &options) {
    const ScanPtr scan = window.scan();
    if (!scan || scan->ranking.size() < 2) return;
    std::printf("  delivery parts, each timed alone on the warm result (wall ms, GUI thread CPU ms):\n");
    auto time = [](const char *what, auto &&work) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        work();
        std::printf("    %-58s %7.1f %7.1f\n", what, double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu);
    };
    auto *inputs = window.findChild<InputsWidget *>();
    if (inputs) time("inputs dock (setInputs)", [&] { inputs->setInputs(options, scan); });
    time("ranked model reset, proxy sort, column sizes", [&] { window.rankedModel()->setScan(scan); });
    MapPoints points;
    time("map points (buildMapPoints)", [&] { points = buildMapPoints(*scan); });
    time("map spatial index (MapWidget::setPoints)", [&] { window.map()->setPoints(points); });
    time("select a row: code views, explanation, case", [&] { window.table()->setCurrentRankingIndex(1); });
    time("select the first row again", [&] { window.table()->setCurrentRankingIndex(0); });
    auto copy = std::make_unique<mph::ScanResult>(*scan);
    time("free a ScanResult of this size (the replaced run's)", [&] { copy.reset(); });
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MPHunterBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui_stall"));
    QSettings().clear();

    fs::path corpora = MPH_CORPORA_DIR;
    int batchSize = 300, needles = 5;
    std::string cutoff = "2024-08-01";
    QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/mphunter-corpora.png");
    QString cacheFile;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--batch-size") && hasValue)
            batchSize = std::max(1, args[++i].toInt());
        else if (arg == QLatin1String("--needles") && hasValue)
            needles = std::max(0, args[++i].toInt());
        else if (arg == QLatin1String("--cutoff") && hasValue)
            cutoff = args[++i].toStdString();
        else if (arg == QLatin1String("--shot") && hasValue)
            shot = args[++i];
        else if (arg == QLatin1String("--cache") && hasValue)
            cacheFile = args[++i];
        else
            corpora = arg.toStdString();
    }
    if (!fs::is_directory(corpora / "benign") || !fs::is_directory(corpora / "malicious" / "known")) {
        std::printf("bench_gui_stall: skipped, no corpora at %s (give the folder as the first argument)\n",
                    corpora.c_str());
        return 0;
    }

    const Inputs inputs = makeInputs(corpora, batchSize, needles, cutoff);
    QTemporaryDir cacheDir;
    mph::ScanOptions options;
    options.batches.push_back({"corpora batch (" + std::to_string(inputs.batch.size() - inputs.needles.size()) +
                                   " benign + " + std::to_string(inputs.needles.size()) + " needles)",
                               inputs.batch});
    options.background = {corpora / "benign"};
    options.known = inputs.known;
    options.passphrases = {"infected"};
    if (cacheFile.isEmpty()) cacheFile = cacheDir.filePath(QStringLiteral("features.bin"));
    const bool firstIsWarm = QFile::exists(cacheFile);
    options.cacheFile = fs::path(cacheFile.toStdString());
    std::printf("bench_gui_stall: batch %zu archives (%zu needles added on or after %s), background %s (%zu benign "
                "archives), known %zu zips added before %s; %d ms tick; load %s\n",
                inputs.batch.size(), inputs.needles.size(), cutoff.c_str(), (corpora / "benign").c_str(),
                inputs.background.size() + inputs.batch.size() - inputs.needles.size(), inputs.known.size(),
                cutoff.c_str(), StallMonitor::kIntervalMs, loadAverage().c_str());
    for (const std::string &needle : inputs.needles)
        std::printf("  needle: %s\n", needle.c_str());
    std::fflush(stdout);

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    app.clock.start();
    serveEventsFor(200); // first show and layout

    measureRun(app, window, options,
               firstIsWarm ? "first run, warm (existing feature cache)" : "cold (empty feature cache)");
    measureRun(app, window, options, "warm (feature cache from the first run)");
    printDeliveryParts(window, options);

    if (window.scan() && !window.scan()->ranking.empty()) {
        // The top row is selected by the delivery; let the views settle, then take the picture.
        serveEventsFor(300);
        if (window.grab().save(shot)) std::printf("screenshot: %s\n", qPrintable(shot));
        std::printf("top rows:\n");
        QAbstractItemModel *model = window.table()->view()->model();
        for (int row = 0; row < std::min(12, model->rowCount()); ++row) {
            QStringList cells;
            for (int column : {RankedScriptModel::Rank, RankedScriptModel::Package, RankedScriptModel::Version,
                               RankedScriptModel::Scope, RankedScriptModel::Score, RankedScriptModel::NearestKnown})
                cells << model->index(row, column).data().toString();
            std::printf("  %s\n", qPrintable(cells.join(QStringLiteral(" | "))));
        }
    }
    return 0;
}
