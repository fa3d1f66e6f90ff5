#pragma once
// The workbench window: docks for inputs, ranked table, map, side-by-side code, explanation, case and errors, a
// progress bar with Cancel in the status bar. Opens a batch folder (menu, toolbar, drag and drop, command line,
// recent folders) or the embedded demo corpus; runs the engine through the RunController only. The Export menu
// (main_window_export.cpp) hands the work on: OSV records, case reports, the ranked table, workspace files.
#include "case_book.h"
#include "earlier_version.h"
#include "explanation_html.h"
#include "history_recorder.h"
#include "run_controller.h"
#include "script_text_source.h"
#include "workbench_settings.h"

#include <QJsonObject>
#include <QMainWindow>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace mph::app {

class CaseWidget;
class CodeCompareWidget;
class ErrorListModel;
class InputsWidget;
class MapWidget;
class RankedScriptModel;
class RankedTableWidget;
class VersionDiffWidget;

// The Export menu's actions, in menu order.
enum class ExportAction {
    CaseOsv,          // current case -> one OSV JSON file
    SelectionOsvTree, // the cases of the selected rows -> the malicious-packages tree under a folder
    CaseHtml,         // current case -> HTML report
    CasePdf,          // current case -> PDF report
    TableCsvShown,    // the rows the table shows (filter, sort order) -> CSV
    TableCsvAll,      // every ranked script -> CSV
    TableJsonShown,   // the rows the table shows (filter, sort order) -> JSON
    TableJsonAll,     // every ranked script -> JSON
    SaveWorkspace,
    OpenWorkspace,
    Count
};

// What an export asks the user for; the answer is a path, or "" when cancelled.
struct PathRequest {
    enum Kind { SaveFile, OpenFile, Folder };
    Kind kind = SaveFile;
    QString title;
    QString suggestedName; // file name only
    QString filter;        // QFileDialog filter
    QString startFolder;   // the last export folder, or the home folder
};
using PathChooser = std::function<QString(const PathRequest &request)>;
using WarningSink = std::function<void(const QString &title, const QString &message)>;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openBatchFolder(const QString &folder);
    void openDemo();
    void startRun(ScanOptions options);
    // Options may name thousands of package files, and a std::filesystem::path copy allocates per component: a run's
    // options are shared, never copied on the GUI thread.
    void startRun(std::shared_ptr<const ScanOptions> options);

    // Non-interactive versions of the case actions (the buttons ask for a file name or a comment first).
    bool addEvidenceFromSelection(const QString &comment);
    QString saveCurrentCase(const QString &path); // error message or ""
    QString openCaseFile(const QString &path);    // error message or ""

    // Non-interactive exports, the work behind the Export menu. Each returns an error message naming the file, or "".
    QString exportCurrentCaseOsv(const QString &path);
    QString exportSelectedCasesOsv(const QString &folder, QStringList *written = nullptr);
    QString exportCurrentCaseReport(const QString &path, bool pdf);
    // Shown rows only: the table's filter and order; else every ranked script.
    QString exportRanking(const QString &path, bool json, bool shownRowsOnly);
    QString saveWorkspaceFile(const QString &path);
    QString openWorkspaceFile(const QString &path); // restores the cases, the inputs, and starts the run
    // Campaigns (issue 13): one verdict for every member (their cases, and one history transaction for all), and
    // one OSV record per member package under `folder` (the malicious-packages layout). Each returns an error or "".
    QString setCampaignVerdict(int campaign, Verdict verdict);
    QString exportCampaignOsv(int campaign, const QString &folder, QStringList *written = nullptr);

    QAction *exportAction(ExportAction which) const { return exportActions_[static_cast<std::size_t>(which)]; }
    // Seams for tests and embedding: where the actions get their paths and where their errors go (defaults: file
    // dialogs starting in the last export folder, and a message box).
    void setPathChooser(PathChooser chooser) { pathChooser_ = std::move(chooser); }
    void setWarningSink(WarningSink sink) { warn_ = std::move(sink); }

    RunController *controller() const { return controller_; }
    RankedScriptModel *rankedModel() const { return model_; }
    RankedTableWidget *table() const { return table_; }
    MapWidget *map() const { return map_; }
    CodeCompareWidget *code() const { return code_; }
    CaseWidget *caseWidget() const { return case_; }
    CaseBook *cases() const { return cases_; }
    ErrorListModel *errors() const { return errors_; }
    const ScanPtr &scan() const { return scan_; }
    // The history (design 2.9): what it contributed to the shown run, and the writer of the GUI's verdicts.
    const RunHistoryPtr &runHistory() const { return history_; }
    HistoryRecorder *historyRecorder() const { return recorder_; }
    // The version diff (issue 13 item 6): enabled when the shown script's project has an earlier version at hand.
    QAction *compareVersionsAction() const { return compareAction_; }
    VersionDiffWidget *versionDiff() const { return versionDiff_; }
    const std::optional<EarlierVersionRef> &earlierVersion() const { return earlier_; }
    const ExplanationExtras &explanationExtras() const { return extras_; }
    void showVersionDiff();
    void applySettings(const WorkbenchSettings &settings); // saves them and points the history at their file
    const WorkbenchSettings &settings() const { return settings_; }

  signals:
    void runSettled(bool completed); // a run finished, was cancelled or failed
    void earlierVersionLoaded();     // the shown script's earlier version was read (or failed to be)

  protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

  private:
    void createDocks();
    void createActions();
    void createExportMenu();
    void updateExportActions();
    void triggerExport(ExportAction which);
    QString choosePath(PathRequest request);
    QList<int> shownRankingIndices() const;
    CaseFile caseOfRankingIndex(int rankingIndex) const;
    void applyWorkspaceView();
    void rebuildRecentMenu();
    void restoreWindowState();

    void onProgress(quint64 job, const QString &stage, qint64 done, qint64 total);
    void onFinished(quint64 job, const ScanPtr &result, bool cancelled);
    void onFailed(quint64 job, const QString &message);
    void setRunning(bool running);

    void showScript(int rankingIndex);
    void onTableSelection(const std::vector<int> &rankingIndices);
    void onMapClicked(int point);
    void onMapRectangle(const std::vector<int> &points);
    void onCaseEdited(const QString &key, const CaseFile &caseFile);
    void chooseAndSaveCase();
    void chooseAndOpenCase();
    void askForEvidence();
    void showCaseOf(const QString &key, bool recovered);
    void editSettings();
    QString describePoint(int point) const;
    void refreshExplanation();
    void findEarlierVersionOf(int rankingIndex);
    void onEarlierVersionLoaded(quint64 generation, const std::shared_ptr<const EarlierVersionFiles> &files);
    void fillVersionDiff();

    RunController *controller_;
    RankedScriptModel *model_;
    ErrorListModel *errors_;
    CaseBook *cases_;
    WorkbenchSettings settings_;

    ScanPtr scan_;
    std::shared_ptr<const ScanOptions> scanOptions_ = std::make_shared<const ScanOptions>();
    std::shared_ptr<const ScanOptions> pendingOptions_ = scanOptions_;
    ScriptTextSource texts_;
    int currentRankingIndex_ = -1;

    InputsWidget *inputs_ = nullptr;
    RankedTableWidget *table_ = nullptr;
    MapWidget *map_ = nullptr;
    CodeCompareWidget *code_ = nullptr;
    QTextBrowser *explanation_ = nullptr;
    CaseWidget *case_ = nullptr;
    QTableView *errorsView_ = nullptr;
    QMenu *recentMenu_ = nullptr;
    QMenu *viewMenu_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *stage_ = nullptr;
    QToolButton *cancel_ = nullptr;
    QAction *rerunAction_ = nullptr;
    std::array<QAction *, static_cast<std::size_t>(ExportAction::Count)> exportActions_{};
    PathChooser pathChooser_;
    WarningSink warn_;
    QJsonObject pendingView_; // a reopened workspace's view, applied when its run finishes
    HistoryRecorder *recorder_ = nullptr;
    RunHistoryPtr history_;
    ExplanationExtras extras_;
    std::optional<EarlierVersionRef> earlier_;
    std::shared_ptr<const EarlierVersionFiles> earlierFiles_;                 // of earlier_, once read
    QHash<QString, std::shared_ptr<const EarlierVersionFiles>> earlierCache_; // by archive sha256 or path
    quint64 earlierGeneration_ = 0;            // a read for a script no longer shown is dropped
    VersionDiffWidget *versionDiff_ = nullptr; // a window of its own: side by side needs the width
    QAction *compareAction_ = nullptr;
    bool judgingCampaign_ = false; // its members' verdicts go to the history as one transaction, not one by one
};

} // namespace mph::app
