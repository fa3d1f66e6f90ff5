#include "main_window.h"

#include "campaign_cases.h"
#include "case_seed.h"
#include "case_widget.h"
#include "code_compare_widget.h"
#include "error_list_model.h"
#include "explanation_html.h"
#include "icons.h"
#include "inputs_widget.h"
#include "map_widget.h"
#include "ranked_script_model.h"
#include "ranked_table_widget.h"
#include "script_view.h"
#include "settings_dialog.h"
#include "version_diff_widget.h"

#include "ranking/call_changes.h"

#include <QThreadPool>

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include <unordered_set>
#include <utility>

namespace mph::app {

namespace {

QString stageLabel(const QString &stage) {
    static const QHash<QString, const char *> labels{
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("MainWindow", "Reading packages")},
        {QStringLiteral("analysing"), QT_TRANSLATE_NOOP("MainWindow", "Analysing scripts")},
        {QStringLiteral("embedding"), QT_TRANSLATE_NOOP("MainWindow", "Embedding")},
        {QStringLiteral("clustering"), QT_TRANSLATE_NOOP("MainWindow", "Clustering")},
        {QStringLiteral("ranking"), QT_TRANSLATE_NOOP("MainWindow", "Ranking")},
        {QStringLiteral("projecting"), QT_TRANSLATE_NOOP("MainWindow", "Projecting the map")}};
    const auto found = labels.constFind(stage);
    return found == labels.constEnd() ? stage : QCoreApplication::translate("MainWindow", *found);
}

QString autosaveFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), controller_(new RunController(this)), model_(new RankedScriptModel(this)),
      errors_(new ErrorListModel(this)), cases_(new CaseBook(autosaveFolder(), this)) {
    setWindowTitle(tr("MPHunter Workbench"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    QSettings qsettings;
    settings_ = WorkbenchSettings::load(qsettings);
    recorder_ = new HistoryRecorder(this);
    recorder_->setPath(settings_.historyPath);
    controller_->setHistory(settings_.historyPath, settings_.historyFeedback);

    code_ = new CodeCompareWidget(this);
    setCentralWidget(code_);
    createDocks();
    createActions();
    restoreWindowState();

    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(220);
    progress_->setTextVisible(true);
    stage_ = new QLabel(this);
    cancel_ = new QToolButton(this);
    cancel_->setIcon(workbenchIcon(QStringLiteral("cancel")));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(stage_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    setRunning(false);
    updateExportActions();

    connect(cancel_, &QToolButton::clicked, controller_, &RunController::cancel);
    connect(controller_, &RunController::progressed, this, &MainWindow::onProgress);
    connect(controller_, &RunController::finished, this, &MainWindow::onFinished);
    connect(controller_, &RunController::failed, this, &MainWindow::onFailed);
    connect(table_, &RankedTableWidget::currentRankingIndexChanged, this, &MainWindow::showScript);
    connect(table_, &RankedTableWidget::selectionChanged, this, &MainWindow::onTableSelection);
    const auto judgeCampaign = [this](int campaign, Verdict verdict) {
        if (const QString error = setCampaignVerdict(campaign, verdict); !error.isEmpty())
            statusBar()->showMessage(error);
    };
    connect(table_, &RankedTableWidget::campaignVerdictRequested, this, judgeCampaign);
    connect(case_, &CaseWidget::campaignVerdictRequested, this, judgeCampaign);
    connect(table_, &RankedTableWidget::campaignOsvRequested, this, [this](int campaign) {
        const QString folder = choosePath({PathRequest::Folder, tr("Export the campaign as OSV records"), {}, {}, {}});
        if (folder.isEmpty()) return;
        QStringList written;
        if (const QString error = exportCampaignOsv(campaign, folder, &written); !error.isEmpty())
            QMessageBox::warning(this, tr("Export the campaign as OSV records"), error);
        else
            statusBar()->showMessage(tr("%n OSV record(s) written under %1", nullptr, static_cast<int>(written.size()))
                                         .arg(QDir::toNativeSeparators(folder)),
                                     10000);
    });
    connect(map_, &MapWidget::pointClicked, this, &MainWindow::onMapClicked);
    connect(map_, &MapWidget::rectangleSelected, this, &MainWindow::onMapRectangle);
    map_->setDescriber([this](int point) { return describePoint(point); });
    connect(code_, &CodeCompareWidget::neighbourChanged, this, [this](int) { refreshExplanation(); });
    connect(explanation_, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int call = url.path().toInt(&ok);
        if (!ok) return;
        if (url.scheme() == QLatin1String("call")) code_->showCall(call);
        if (url.scheme() == QLatin1String("known-call")) code_->showNeighbourCall(call);
    });
    connect(case_, &CaseWidget::edited, this, &MainWindow::onCaseEdited);
    connect(case_, &CaseWidget::addEvidenceRequested, this, &MainWindow::askForEvidence);
    connect(case_, &CaseWidget::saveRequested, this, &MainWindow::chooseAndSaveCase);
    connect(case_, &CaseWidget::openRequested, this, &MainWindow::chooseAndOpenCase);
    connect(cases_, &CaseBook::verdictChanged, model_, &RankedScriptModel::setVerdict);
    // A verdict given here is the record `mphunter-cli verdict` writes; it teaches the next run.
    connect(cases_, &CaseBook::verdictChanged, this, [this](const QString &key) {
        if (!judgingCampaign_)
            recorder_->record(verdictRecordFor(cases_->caseFile(key), cases_->filePath(key), settings_.analystName));
    });
    connect(recorder_, &HistoryRecorder::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(cases_, &CaseBook::autosaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Autosave failed: %1").arg(message)); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    inputs_ = new InputsWidget(this);
    table_ = new RankedTableWidget(model_, this);
    map_ = new MapWidget(this);
    explanation_ = new QTextBrowser(this);
    explanation_->setOpenLinks(false);
    case_ = new CaseWidget(this);
    errorsView_ = new QTableView(this);
    errorsView_->setModel(errors_);
    errorsView_->horizontalHeader()->setStretchLastSection(true);
    errorsView_->verticalHeader()->hide();
    errorsView_->setWordWrap(false);

    QDockWidget *inputsDock = dock(inputs_, tr("Inputs"), QStringLiteral("inputsDock"), Qt::LeftDockWidgetArea);
    QDockWidget *tableDock = dock(table_, tr("Ranked scripts"), QStringLiteral("rankedDock"), Qt::LeftDockWidgetArea);
    QDockWidget *mapDock = dock(map_, tr("Map"), QStringLiteral("mapDock"), Qt::LeftDockWidgetArea);
    QDockWidget *explanationDock =
        dock(explanation_, tr("Explanation"), QStringLiteral("explanationDock"), Qt::RightDockWidgetArea);
    QDockWidget *caseDock = dock(case_, tr("Case"), QStringLiteral("caseDock"), Qt::RightDockWidgetArea);
    QDockWidget *errorsDock = dock(errorsView_, tr("Errors"), QStringLiteral("errorsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(inputsDock, mapDock);
    mapDock->raise();
    tabifyDockWidget(explanationDock, caseDock);
    explanationDock->raise();
    resizeDocks({tableDock, mapDock}, {3, 2}, Qt::Vertical);
    resizeDocks({tableDock, explanationDock}, {560, 340}, Qt::Horizontal);
    resizeDocks({errorsDock}, {90}, Qt::Vertical);
    viewMenu_ = new QMenu(tr("&View"), this);
    for (QDockWidget *d : {inputsDock, tableDock, mapDock, explanationDock, caseDock, errorsDock})
        viewMenu_->addAction(d->toggleViewAction());
}

void MainWindow::createActions() {
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *open = fileMenu->addAction(workbenchIcon(QStringLiteral("document-open")), tr("&Open batch folder…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a batch folder"));
        if (!folder.isEmpty()) openBatchFolder(folder);
    });
    recentMenu_ = fileMenu->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    auto *demo = fileMenu->addAction(workbenchIcon(QStringLiteral("demo")), tr("Open the &demo corpus"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemo);
    rerunAction_ = fileMenu->addAction(workbenchIcon(QStringLiteral("run")), tr("&Run again"));
    rerunAction_->setShortcut(QKeySequence(Qt::Key_F5));
    connect(rerunAction_, &QAction::triggered, this, [this] { startRun(scanOptions_); });
    fileMenu->addSeparator();
    auto *openCase = fileMenu->addAction(workbenchIcon(QStringLiteral("open-case")), tr("Open &case…"));
    connect(openCase, &QAction::triggered, this, &MainWindow::chooseAndOpenCase);
    auto *saveCase = fileMenu->addAction(workbenchIcon(QStringLiteral("document-save")), tr("&Save case…"));
    saveCase->setShortcut(QKeySequence::Save);
    connect(saveCase, &QAction::triggered, this, &MainWindow::chooseAndSaveCase);
    fileMenu->addSeparator();
    auto *settings = fileMenu->addAction(workbenchIcon(QStringLiteral("settings")), tr("&Inputs and passphrases…"));
    connect(settings, &QAction::triggered, this, &MainWindow::editSettings);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    createExportMenu();

    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    auto *next = goMenu->addAction(workbenchIcon(QStringLiteral("outlier-next")), tr("&Next outlier"));
    next->setShortcuts({QKeySequence(Qt::Key_F3)});
    connect(next, &QAction::triggered, table_, &RankedTableWidget::nextOutlier);
    auto *previous = goMenu->addAction(workbenchIcon(QStringLiteral("outlier-previous")), tr("&Previous outlier"));
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    connect(previous, &QAction::triggered, table_, &RankedTableWidget::previousOutlier);
    auto *nextCall = goMenu->addAction(workbenchIcon(QStringLiteral("next-call")), tr("Next &call"));
    nextCall->setShortcut(QKeySequence(Qt::Key_F4));
    connect(nextCall, &QAction::triggered, code_, &CodeCompareWidget::nextCall);
    compareAction_ = goMenu->addAction(tr("Compare with &previous version"));
    compareAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    compareAction_->setToolTip(tr("Diff the script and the files it runs against the project's earlier version"));
    compareAction_->setEnabled(false);
    connect(compareAction_, &QAction::triggered, this, &MainWindow::showVersionDiff);
    auto *fit = goMenu->addAction(tr("&Fit the map"));
    connect(fit, &QAction::triggered, map_, &MapWidget::fitAll);
    menuBar()->addMenu(viewMenu_);

    for (QAction *action : {open, demo, rerunAction_})
        toolbar->addAction(action);
    toolbar->addSeparator();
    for (QAction *action : {previous, next, nextCall})
        toolbar->addAction(action);
    toolbar->addSeparator();
    for (QAction *action : {saveCase, settings})
        toolbar->addAction(action);
    toolbar->addSeparator();
    for (const ExportAction which : {ExportAction::CasePdf, ExportAction::CaseOsv})
        toolbar->addAction(exportAction(which));
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    for (const QString &folder : std::as_const(settings_.recentFolders))
        connect(recentMenu_->addAction(folder), &QAction::triggered, this, [this, folder] { openBatchFolder(folder); });
    recentMenu_->setEnabled(!settings_.recentFolders.isEmpty());
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1400, 880);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    cases_->autosaveNow(); // unsaved cases come back from their autosave next time
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings_.save(settings);
    controller_->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openBatchFolder(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::openBatchFolder(const QString &folder) {
    if (!QFileInfo(folder).isDir()) {
        errors_->append({folder, tr("not a folder")});
        statusBar()->showMessage(tr("%1 is not a folder").arg(folder));
        return;
    }
    settings_.addRecent(QFileInfo(folder).absoluteFilePath());
    QSettings settings;
    settings_.save(settings);
    rebuildRecentMenu();
    startRun(scanOptionsForFolder(folder, settings_));
}

void MainWindow::openDemo() {
    startRun(demoScanOptions());
}

void MainWindow::startRun(ScanOptions options) {
    startRun(std::make_shared<const ScanOptions>(std::move(options)));
}

void MainWindow::startRun(std::shared_ptr<const ScanOptions> options) {
    pendingOptions_ = options;
    inputs_->setInputs(*options, nullptr);
    controller_->start(std::move(options));
    setRunning(true);
    stage_->setText(tr("Starting…"));
}

void MainWindow::setRunning(bool running) {
    progress_->setVisible(running);
    cancel_->setVisible(running);
    cancel_->setEnabled(running);
    if (!running) stage_->clear();
    if (running) {
        progress_->setRange(0, 0);
        progress_->setValue(0);
    }
}

void MainWindow::onProgress(quint64, const QString &stage, qint64 done, qint64 total) {
    stage_->setText(total > 0 ? tr("%1: %2 of %3").arg(stageLabel(stage)).arg(done).arg(total) : stageLabel(stage));
    if (total > 0 && total <= std::numeric_limits<int>::max()) {
        progress_->setRange(0, static_cast<int>(total));
        progress_->setValue(static_cast<int>(std::min(done, total)));
    } else {
        progress_->setRange(0, 0);
    }
}

void MainWindow::onFinished(quint64, const ScanPtr &result, bool cancelled) {
    setRunning(false);
    if (cancelled) {
        inputs_->setInputs(*scanOptions_, scan_);
        statusBar()->showMessage(scan_ ? tr("Run cancelled; the previous results are still shown.")
                                       : tr("Run cancelled."));
        emit runSettled(false);
        return;
    }
    ScanPtr previous = std::exchange(scan_, result);
    scanOptions_ = pendingOptions_;
    texts_ = ScriptTextSource(scan_, scanOptions_->passphrases,
                              controller_->history() ? controller_->history()->path : QString());
    currentRankingIndex_ = -1;
    model_->clearVerdicts();
    model_->setHistory(controller_->history());
    model_->setScan(scan_);
    for (const QString &key : cases_->keys())
        model_->setVerdict(key, cases_->caseFile(key).verdict);
    QList<ErrorRecord> errors;
    for (const ReadError &error : scan_->errors)
        errors.append({fromBytes(error.source), fromBytes(error.reason)});
    errors_->setErrors(errors);
    map_->setPoints(buildMapPoints(*scan_));
    inputs_->setInputs(*scanOptions_, scan_);
    code_->clear();
    explanation_->clear();
    case_->clearCase();
    double seconds = 0;
    for (const StageTiming &timing : scan_->timings)
        seconds += timing.seconds;
    QString summary = tr("%n script(s) ranked from %1 package(s); %2 error(s); %3 s", nullptr,
                         static_cast<int>(scan_->ranking.size()))
                          .arg(scan_->packages.size())
                          .arg(scan_->errors.size())
                          .arg(seconds, 0, 'f', 1);
    history_ = controller_->history();
    earlierCache_.clear();
    ++earlierGeneration_;
    earlier_.reset();
    earlierFiles_.reset();
    compareAction_->setEnabled(false);
    if (history_ && !history_->path.isEmpty())
        summary += QStringLiteral(" — ") +
                   tr("%1 of %n package(s) new", nullptr, history_->batchPackages).arg(history_->newPackages);
    if (history_ && !history_->problem.isEmpty())
        summary += QStringLiteral(" — ") + tr("History: %1").arg(history_->problem);
    statusBar()->showMessage(summary);
    table_->selectFirstRow(); // the top of what is shown: judged packages may be hidden
    applyWorkspaceView();
    updateExportActions();
    releaseInBackground(std::move(previous)); // a large previous result is freed off the GUI thread
    emit runSettled(true);
}

void MainWindow::onFailed(quint64, const QString &message) {
    setRunning(false);
    errors_->append({tr("(run)"), message});
    statusBar()->showMessage(tr("The run failed: %1").arg(message));
    emit runSettled(false);
}

void MainWindow::showScript(int rankingIndex) {
    if (!scan_ || rankingIndex < 0 || static_cast<std::size_t>(rankingIndex) >= scan_->ranking.size()) return;
    currentRankingIndex_ = rankingIndex;
    const RankedScript &ranked = scan_->ranking[static_cast<std::size_t>(rankingIndex)];
    code_->setLeft(makeScriptView(*scan_, texts_, ranked.entry));
    QList<ScriptView> neighbours;
    for (const std::uint32_t known : ranked.nearestKnown)
        neighbours.append(makeScriptView(*scan_, texts_, known));
    code_->setNeighbours(neighbours);
    findEarlierVersionOf(rankingIndex);
    refreshExplanation();

    const QString key = scriptKey(*scan_, ranked.entry);
    bool recovered = false;
    cases_->ensureCase(key, seedCase(*scan_, static_cast<std::size_t>(rankingIndex)), &recovered);
    showCaseOf(key, recovered);
    const Campaign *campaign = scan_->campaignOf(ranked.campaign);
    case_->setCampaign(campaign ? ranked.campaign : -1, campaign ? static_cast<int>(campaign->packages.size()) : 0);
    onTableSelection(table_->selectedRankingIndices());
}

void MainWindow::showCaseOf(const QString &key, bool recovered) {
    QString status;
    const QString path = cases_->filePath(key);
    if (recovered)
        status = tr("Recovered unsaved changes from the autosave.");
    else if (cases_->isUnsaved(key))
        status = tr("Unsaved changes (autosaved).");
    else if (!path.isEmpty())
        status = tr("Saved in %1").arg(path);
    else
        status = tr("New case, not saved yet.");
    case_->setCase(key, cases_->caseFile(key), status);
    updateExportActions();
}

void MainWindow::onTableSelection(const std::vector<int> &rankingIndices) {
    const std::vector<int> &uniqueOf = map_->points().uniqueOfRankingIndex;
    std::vector<int> points;
    for (int rankingIndex : rankingIndices)
        if (rankingIndex >= 0 && static_cast<std::size_t>(rankingIndex) < uniqueOf.size())
            points.push_back(uniqueOf[static_cast<std::size_t>(rankingIndex)]);
    const int current = currentRankingIndex_ >= 0 && static_cast<std::size_t>(currentRankingIndex_) < uniqueOf.size()
                            ? uniqueOf[static_cast<std::size_t>(currentRankingIndex_)]
                            : -1;
    map_->setHighlighted(points, current);
    updateExportActions();
}

void MainWindow::onMapClicked(int point) {
    const auto &points = map_->points().points;
    if (point < 0 || static_cast<std::size_t>(point) >= points.size()) return;
    const int rankingIndex = points[static_cast<std::size_t>(point)].rankingIndex;
    if (rankingIndex >= 0)
        table_->setCurrentRankingIndex(rankingIndex);
    else
        statusBar()->showMessage(describePoint(point), 8000);
}

void MainWindow::onMapRectangle(const std::vector<int> &points) {
    const std::unordered_set<int> inside(points.begin(), points.end());
    const std::vector<int> &uniqueOf = map_->points().uniqueOfRankingIndex;
    std::vector<int> rows;
    for (std::size_t row = 0; row < uniqueOf.size(); ++row)
        if (inside.contains(uniqueOf[row])) rows.push_back(static_cast<int>(row));
    table_->selectRankingIndices(rows);
    statusBar()->showMessage(tr("%n ranked script(s) selected on the map", nullptr, static_cast<int>(rows.size())));
}

QString MainWindow::describePoint(int point) const {
    if (!scan_) return {};
    QStringList lines;
    int shown = 0, total = 0;
    for (std::uint32_t entry = 0; entry < scan_->scripts.size(); ++entry) {
        if (static_cast<int>(scan_->scripts[entry].unique) != point) continue;
        if (++total <= 6)
            lines << QStringLiteral("%1 (%2)").arg(scriptTitle(*scan_, entry), roleLabel(roleOfEntry(*scan_, entry)));
        ++shown;
    }
    if (total > 6) lines << tr("… and %n more", nullptr, total - 6);
    const auto &p = map_->points().points[static_cast<std::size_t>(point)];
    if (p.role == Role::Batch) lines << (p.cluster < 0 ? tr("outlier (noise)") : tr("cluster %1").arg(p.cluster));
    lines << tr("%n call(s)", nullptr, static_cast<int>(scan_->sequences[static_cast<std::size_t>(point)].size()));
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::onCaseEdited(const QString &key, const CaseFile &caseFile) {
    cases_->updateCase(key, caseFile);
    case_->setStatus(tr("Unsaved changes (autosaved every 30 s)."));
}

bool MainWindow::addEvidenceFromSelection(const QString &comment) {
    if (case_->key().isEmpty()) return false;
    const auto lines = code_->selectedLeftLines();
    if (!lines) return false;
    case_->addEvidence({code_->leftScriptPath(), lines->first, lines->second, comment});
    return true;
}

void MainWindow::askForEvidence() {
    const auto lines = code_->selectedLeftLines();
    if (!lines || case_->key().isEmpty()) return;
    bool ok = false;
    const QString comment = QInputDialog::getText(
        this, tr("Add evidence"),
        tr("Lines %1–%2 of %3: what do they do?").arg(lines->first).arg(lines->second).arg(code_->leftScriptPath()),
        QLineEdit::Normal, {}, &ok);
    if (ok) addEvidenceFromSelection(comment);
}

QString MainWindow::saveCurrentCase(const QString &path) {
    const QString key = case_->key();
    if (key.isEmpty()) return tr("no case is open");
    cases_->updateCase(key, case_->currentCase());
    const QString error = cases_->save(key, path);
    if (error.isEmpty()) showCaseOf(key, false);
    return error;
}

void MainWindow::chooseAndSaveCase() {
    const QString key = case_->key();
    if (key.isEmpty()) return;
    QString path = cases_->filePath(key);
    if (path.isEmpty()) {
        const CaseFile c = case_->currentCase();
        const QString suggested = QStringLiteral("%1-%2.mphcase").arg(c.name, c.version);
        path = choosePath({PathRequest::SaveFile, tr("Save case"), suggested, tr("Case files (*.mphcase)"), {}});
        if (path.isEmpty()) return;
    }
    if (const QString error = saveCurrentCase(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save case"), error);
}

QString MainWindow::openCaseFile(const QString &path) {
    bool recovered = false;
    const CaseLoadResult loaded = cases_->open(path, &recovered);
    if (!loaded.caseFile) return loaded.error;
    const QString key = caseKey(*loaded.caseFile);
    if (scan_) {
        for (std::size_t row = 0; row < scan_->ranking.size(); ++row) {
            if (scriptKey(*scan_, scan_->ranking[row].entry) == key) {
                table_->setCurrentRankingIndex(static_cast<int>(row));
                showCaseOf(key, recovered);
                return {};
            }
        }
    }
    showCaseOf(key, recovered); // a case of a package that is not in the current run
    return {};
}

void MainWindow::chooseAndOpenCase() {
    const QString path = choosePath({PathRequest::OpenFile, tr("Open case"), {}, tr("Case files (*.mphcase)"), {}});
    if (path.isEmpty()) return;
    if (const QString error = openCaseFile(path); !error.isEmpty()) QMessageBox::warning(this, tr("Open case"), error);
}

void MainWindow::editSettings() {
    SettingsDialog dialog(settings_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    applySettings(dialog.settings());
}

void MainWindow::applySettings(const WorkbenchSettings &settings) {
    settings_ = settings;
    QSettings qsettings;
    settings_.save(qsettings);
    recorder_->setPath(settings_.historyPath);
    controller_->setHistory(settings_.historyPath, settings_.historyFeedback); // from the next run on
}

void MainWindow::refreshExplanation() {
    if (!scan_ || currentRankingIndex_ < 0) return;
    extras_.history = history_.get();
    extras_.analyst = settings_.analystName;
    explanation_->setHtml(explanationHtml(*scan_, static_cast<std::size_t>(currentRankingIndex_),
                                          static_cast<std::size_t>(std::max(0, code_->currentNeighbour())), extras_));
}

// The earlier version of the shown script's project: found at once, read and analysed on a pool thread (an archive
// of many megabytes takes a while to parse), then its calls are compared and the diff window filled.
void MainWindow::findEarlierVersionOf(int rankingIndex) {
    ++earlierGeneration_;
    const std::uint32_t package = scan_->scripts[scan_->ranking[static_cast<std::size_t>(rankingIndex)].entry].package;
    earlier_ = findEarlierVersion(*scan_, package, history_.get());
    earlierFiles_.reset();
    extras_.earlierVersion = earlier_ ? earlier_->version : QString();
    extras_.compared = false;
    extras_.callsAdded.clear();
    extras_.earlierProblem.clear();
    compareAction_->setEnabled(earlier_.has_value());
    if (versionDiff_ && versionDiff_->isVisible())
        versionDiff_->setMessage(earlier_ ? tr("Reading %1 %2…").arg(earlier_->name, earlier_->version)
                                          : tr("No earlier version of this project is at hand."));
    if (!earlier_) return;
    const QString cacheKey = earlier_->archiveSha256.isEmpty() ? earlier_->archivePath : earlier_->archiveSha256;
    if (const auto cached = earlierCache_.constFind(cacheKey); cached != earlierCache_.constEnd()) {
        onEarlierVersionLoaded(earlierGeneration_, *cached);
        return;
    }
    const QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, generation = earlierGeneration_, ref = *earlier_,
                                          historyPath = settings_.historyPath, options = scanOptions_] {
        auto files = std::make_shared<const EarlierVersionFiles>(loadEarlierVersion(ref, historyPath, *options));
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, files] {
                if (self) self->onEarlierVersionLoaded(generation, files);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::onEarlierVersionLoaded(quint64 generation, const std::shared_ptr<const EarlierVersionFiles> &files) {
    if (files->error.isEmpty())
        earlierCache_.insert(files->ref.archiveSha256.isEmpty() ? files->ref.archivePath : files->ref.archiveSha256,
                             files);
    if (generation != earlierGeneration_ || !scan_ || currentRankingIndex_ < 0) return; // another script is shown
    earlierFiles_ = files;
    const ScriptEntry &entry = scan_->scripts[scan_->ranking[static_cast<std::size_t>(currentRankingIndex_)].entry];
    const Package &package = scan_->packages[entry.package];
    const QString path = pathInPackage(scan_->scriptOf(entry).path, package.root);
    if (!files->error.isEmpty()) {
        extras_.earlierProblem = files->error;
    } else if (const CallSequence *earlier = files->sequence(path)) {
        extras_.compared = true;
        for (const std::string &call : callsAdded(*earlier, scan_->sequences[entry.unique]))
            extras_.callsAdded << fromBytes(call);
    } else {
        extras_.earlierProblem = tr("%1 %2 has no %3").arg(files->ref.name, files->ref.version, path);
    }
    refreshExplanation();
    if (versionDiff_ && versionDiff_->isVisible()) fillVersionDiff();
    emit earlierVersionLoaded();
}

void MainWindow::showVersionDiff() {
    if (!earlier_ || !scan_ || currentRankingIndex_ < 0) return;
    if (!versionDiff_) {
        versionDiff_ = new VersionDiffWidget(this);
        versionDiff_->setWindowFlag(Qt::Window);
        versionDiff_->setWindowTitle(tr("Compare with previous version"));
        versionDiff_->resize(1300, 760);
    }
    if (earlierFiles_)
        fillVersionDiff();
    else
        versionDiff_->setMessage(tr("Reading %1 %2…").arg(earlier_->name, earlier_->version));
    versionDiff_->show();
    versionDiff_->raise();
    versionDiff_->activateWindow();
}

// The script and each file of its package that it runs, beside the earlier version's file of the same path.
void MainWindow::fillVersionDiff() {
    if (!earlierFiles_ || !scan_ || currentRankingIndex_ < 0) return;
    if (!earlierFiles_->error.isEmpty()) {
        versionDiff_->setMessage(earlierFiles_->error);
        return;
    }
    const std::uint32_t entry = scan_->ranking[static_cast<std::size_t>(currentRankingIndex_)].entry;
    const ScriptEntry &script = scan_->scripts[entry];
    const Package &package = scan_->packages[script.package];
    QList<VersionDiffFile> files;
    for (std::uint32_t source = 0; source < std::max<std::size_t>(1, script.sources.size()); ++source) {
        if (source > 0 && script.sources[source].layer > 0) continue; // decoded layers are not files
        const std::string &stored = source == 0 ? scan_->scriptOf(script).path : script.sources[source].path;
        VersionDiffFile file;
        file.path = pathInPackage(stored, package.root);
        file.later = texts_.sourceText(entry, source);
        const std::optional<QByteArray> earlier = earlierFiles_->fileText(file.path);
        file.inEarlier = earlier.has_value();
        if (earlier) file.earlier = *earlier;
        files.append(file);
    }
    const QString from = earlier_->fromHistory ? tr("from the history") : tr("from this run");
    versionDiff_->setComparison(tr("%1 %2 (%3)").arg(earlier_->name, earlier_->version, from),
                                tr("%1 %2 (this run)").arg(fromBytes(package.name), fromBytes(package.version)), files);
}

} // namespace mph::app
