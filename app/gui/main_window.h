#pragma once
// The workbench window: docks for inputs, ranked table, map, side-by-side code, explanation, case and errors, a
// progress bar with Cancel in the status bar. Opens a batch folder (menu, toolbar, drag and drop, command line,
// recent folders) or the embedded demo corpus; runs the engine through the RunController only.
#include "case_book.h"
#include "run_controller.h"
#include "script_text_source.h"
#include "workbench_settings.h"

#include <QMainWindow>

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

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openBatchFolder(const QString &folder);
    void openDemo();
    void startRun(const ScanOptions &options);

    // Non-interactive versions of the case actions (the buttons ask for a file name or a comment first).
    bool addEvidenceFromSelection(const QString &comment);
    QString saveCurrentCase(const QString &path); // error message or ""
    QString openCaseFile(const QString &path);    // error message or ""

    RunController *controller() const { return controller_; }
    RankedScriptModel *rankedModel() const { return model_; }
    RankedTableWidget *table() const { return table_; }
    MapWidget *map() const { return map_; }
    CodeCompareWidget *code() const { return code_; }
    CaseWidget *caseWidget() const { return case_; }
    CaseBook *cases() const { return cases_; }
    ErrorListModel *errors() const { return errors_; }
    const ScanPtr &scan() const { return scan_; }

  signals:
    void runSettled(bool completed); // a run finished, was cancelled or failed

  protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

  private:
    void createDocks();
    void createActions();
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

    RunController *controller_;
    RankedScriptModel *model_;
    ErrorListModel *errors_;
    CaseBook *cases_;
    WorkbenchSettings settings_;

    ScanPtr scan_;
    ScanOptions scanOptions_, pendingOptions_;
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
};

} // namespace mph::app
