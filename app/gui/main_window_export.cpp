// The Export menu of the main window: OSV records, case reports, the ranked table and workspace files, each one click
// away. The work is done by app/core/export (atomic writes through QSaveFile); this file asks for paths, remembers
// the last folder, enables what has something to act on, and shows errors with the file name and the reason.
#include "main_window.h"

#include "campaign_cases.h"
#include "case_seed.h"
#include "case_widget.h"
#include "icons.h"
#include "osv_export.h"
#include "pypi_name.h"
#include "ranked_script_model.h"
#include "ranked_table_widget.h"
#include "report_html.h"
#include "report_writer.h"
#include "table_export.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace mph::app {

namespace {

std::size_t slot(ExportAction which) {
    return static_cast<std::size_t>(which);
}

// A file name from a package name and version, without characters file systems dislike.
QString fileStem(const CaseFile &c) {
    QString stem = normalizePypiName(c.name);
    if (!c.version.isEmpty()) stem += QLatin1Char('-') + c.version;
    for (QChar &ch : stem)
        if (!ch.isLetterOrNumber() && ch != u'-' && ch != u'.' && ch != u'_') ch = u'_';
    return stem.isEmpty() ? QStringLiteral("case") : stem;
}

// A case worth keeping in a workspace: the analyst touched it (edited, or saved to a file).
bool annotated(const CaseFile &c) {
    return c.modified.isValid() || c.verdict != Verdict::Undecided || !c.notes.isEmpty() || !c.tags.isEmpty() ||
           !c.evidence.isEmpty();
}

// The case with what the scan knows about it (script text, calls, score parts, map position), when the scan has it.
OsvCase withContext(const CaseFile &c, const ScanPtr &scan, const ScriptTextSource &texts) {
    OsvCase out{c, {}};
    if (!scan) return out;
    if (const auto index = findRankingIndex(*scan, c)) {
        const std::uint32_t entry = scan->ranking[*index].entry;
        out.context = caseContext(*scan, *index, texts.text(entry));
    }
    return out;
}

} // namespace

void MainWindow::createExportMenu() {
    auto *menu = menuBar()->addMenu(tr("&Export"));
    auto add = [this, menu](ExportAction which, const QString &text, const QString &icon = {}) {
        QAction *action = icon.isEmpty() ? menu->addAction(text) : menu->addAction(workbenchIcon(icon), text);
        exportActions_[slot(which)] = action;
        connect(action, &QAction::triggered, this, [this, which] { triggerExport(which); });
        return action;
    };
    QAction *osv = add(ExportAction::CaseOsv, tr("Current case as &OSV record…"), QStringLiteral("export"));
    osv->setIconText(tr("OSV record")); // the toolbar's short label
    osv->setToolTip(tr("Write the current case as an OSV record (OpenSSF malicious-packages format)"));
    add(ExportAction::SelectionOsvTree, tr("Selected rows' cases as OSV records into a &folder…"))
        ->setToolTip(tr("One OSV file per package, laid out as in the OpenSSF malicious-packages repository "
                        "(osv/malicious/pypi/PACKAGE/)"));
    menu->addSeparator();
    add(ExportAction::CaseHtml, tr("Current case as &HTML report…"));
    QAction *pdf = add(ExportAction::CasePdf, tr("Current case as &PDF report…"), QStringLiteral("report"));
    pdf->setIconText(tr("PDF report"));
    pdf->setToolTip(tr("Write a PDF report of the current case"));
    menu->addSeparator();
    add(ExportAction::TableCsvShown, tr("Ranked table, rows shown (filtered, sorted), as C&SV…"));
    add(ExportAction::TableCsvAll, tr("Ranked table, all rows, as &CSV…"));
    add(ExportAction::TableJsonShown, tr("Ranked table, rows shown (filtered, sorted), as &JSON…"));
    add(ExportAction::TableJsonAll, tr("Ranked table, all rows, as JSO&N…"));
    menu->addSeparator();
    add(ExportAction::SaveWorkspace, tr("&Save workspace…"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    add(ExportAction::OpenWorkspace, tr("Open &workspace…"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
}

void MainWindow::updateExportActions() {
    if (!exportActions_[0]) return;
    const bool hasCase = !case_->key().isEmpty();
    const bool hasRows = scan_ && !scan_->ranking.empty();
    exportAction(ExportAction::CaseOsv)->setEnabled(hasCase);
    exportAction(ExportAction::CaseHtml)->setEnabled(hasCase);
    exportAction(ExportAction::CasePdf)->setEnabled(hasCase);
    exportAction(ExportAction::SelectionOsvTree)->setEnabled(hasRows && !table_->selectedRankingIndices().empty());
    exportAction(ExportAction::TableCsvAll)->setEnabled(hasRows);
    exportAction(ExportAction::TableJsonAll)->setEnabled(hasRows);
    const bool showsRows = hasRows && table_->view()->model()->rowCount() > 0;
    exportAction(ExportAction::TableCsvShown)->setEnabled(showsRows);
    exportAction(ExportAction::TableJsonShown)->setEnabled(showsRows);
    exportAction(ExportAction::SaveWorkspace)->setEnabled(scan_ != nullptr);
    exportAction(ExportAction::OpenWorkspace)->setEnabled(true);
}

QString MainWindow::choosePath(PathRequest request) {
    request.startFolder = settings_.lastExportFolder.isEmpty() || !QFileInfo(settings_.lastExportFolder).isDir()
                              ? QDir::homePath()
                              : settings_.lastExportFolder;
    QString path;
    if (pathChooser_) {
        path = pathChooser_(request);
    } else {
        const QString start = QDir(request.startFolder).filePath(request.suggestedName);
        switch (request.kind) {
        case PathRequest::SaveFile:
            path = QFileDialog::getSaveFileName(this, request.title, start, request.filter);
            break;
        case PathRequest::OpenFile:
            path = QFileDialog::getOpenFileName(this, request.title, request.startFolder, request.filter);
            break;
        case PathRequest::Folder:
            path = QFileDialog::getExistingDirectory(this, request.title, request.startFolder);
            break;
        }
    }
    if (path.isEmpty()) return {};
    settings_.lastExportFolder =
        request.kind == PathRequest::Folder ? QDir(path).absolutePath() : QFileInfo(path).absolutePath();
    QSettings settings;
    settings_.save(settings);
    return path;
}

void MainWindow::triggerExport(ExportAction which) {
    const CaseFile current = case_->key().isEmpty() ? CaseFile{} : case_->currentCase();
    PathRequest request;
    switch (which) {
    case ExportAction::CaseOsv:
        request = {PathRequest::SaveFile,
                   tr("Export the case as an OSV record"),
                   fileStem(current) + ".json",
                   tr("OSV records (*.json)"),
                   {}};
        break;
    case ExportAction::SelectionOsvTree:
        request = {PathRequest::Folder, tr("Folder for the OSV records (the repository's root)"), {}, {}, {}};
        break;
    case ExportAction::CaseHtml:
        request = {PathRequest::SaveFile,
                   tr("Export the case as an HTML report"),
                   fileStem(current) + ".html",
                   tr("HTML files (*.html)"),
                   {}};
        break;
    case ExportAction::CasePdf:
        request = {PathRequest::SaveFile,
                   tr("Export the case as a PDF report"),
                   fileStem(current) + ".pdf",
                   tr("PDF files (*.pdf)"),
                   {}};
        break;
    case ExportAction::TableCsvShown:
    case ExportAction::TableCsvAll:
        request = {PathRequest::SaveFile,
                   which == ExportAction::TableCsvShown ? tr("Export the rows shown as CSV")
                                                        : tr("Export every ranked script as CSV"),
                   which == ExportAction::TableCsvShown ? QStringLiteral("ranking-shown.csv")
                                                        : QStringLiteral("ranking.csv"),
                   tr("CSV files (*.csv)"),
                   {}};
        break;
    case ExportAction::TableJsonShown:
    case ExportAction::TableJsonAll:
        request = {PathRequest::SaveFile,
                   which == ExportAction::TableJsonShown ? tr("Export the rows shown as JSON")
                                                         : tr("Export every ranked script as JSON"),
                   which == ExportAction::TableJsonShown ? QStringLiteral("ranking-shown.json")
                                                         : QStringLiteral("ranking.json"),
                   tr("JSON files (*.json)"),
                   {}};
        break;
    case ExportAction::SaveWorkspace:
        request = {PathRequest::SaveFile,
                   tr("Save the workspace"),
                   QStringLiteral("investigation.mphworkspace"),
                   tr("Workspaces (*.mphworkspace)"),
                   {}};
        break;
    case ExportAction::OpenWorkspace:
        request = {PathRequest::OpenFile, tr("Open a workspace"), {}, tr("Workspaces (*.mphworkspace)"), {}};
        break;
    case ExportAction::Count:
        return;
    }
    const QString path = choosePath(request);
    if (path.isEmpty()) return;

    QString error;
    QStringList written{path};
    switch (which) {
    case ExportAction::CaseOsv:
        error = exportCurrentCaseOsv(path);
        break;
    case ExportAction::SelectionOsvTree:
        error = exportSelectedCasesOsv(path, &written);
        break;
    case ExportAction::CaseHtml:
    case ExportAction::CasePdf:
        error = exportCurrentCaseReport(path, which == ExportAction::CasePdf);
        break;
    case ExportAction::TableCsvShown:
    case ExportAction::TableCsvAll:
        error = exportRanking(path, false, which == ExportAction::TableCsvShown);
        break;
    case ExportAction::TableJsonShown:
    case ExportAction::TableJsonAll:
        error = exportRanking(path, true, which == ExportAction::TableJsonShown);
        break;
    case ExportAction::SaveWorkspace:
        error = saveWorkspaceFile(path);
        break;
    case ExportAction::OpenWorkspace:
        error = openWorkspaceFile(path);
        break;
    case ExportAction::Count:
        break;
    }
    if (!error.isEmpty()) {
        if (warn_)
            warn_(request.title, error);
        else
            QMessageBox::warning(this, request.title, error);
    } else if (which == ExportAction::SelectionOsvTree) {
        statusBar()->showMessage(tr("%n OSV record(s) written under %1", nullptr, static_cast<int>(written.size()))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
    } else if (which != ExportAction::OpenWorkspace) {
        statusBar()->showMessage(tr("Written: %1").arg(QDir::toNativeSeparators(path)), 10000);
    }
}

CaseFile MainWindow::caseOfRankingIndex(int rankingIndex) const {
    const std::size_t index = static_cast<std::size_t>(rankingIndex);
    const QString key = scriptKey(*scan_, scan_->ranking.at(index).entry);
    if (key == case_->key()) return case_->currentCase();
    return cases_->contains(key) ? cases_->caseFile(key) : seedCase(*scan_, index);
}

QList<int> MainWindow::shownRankingIndices() const {
    return table_->shownRankingIndices(); // a campaign's shown members in place of its row
}

QString MainWindow::exportCurrentCaseOsv(const QString &path) {
    if (case_->key().isEmpty()) return tr("No case is open.");
    const OsvCase osvCase = withContext(case_->currentCase(), scan_, texts_);
    return saveOsvFile({osvRecord(osvCase)}, path);
}

QString MainWindow::exportSelectedCasesOsv(const QString &folder, QStringList *written) {
    if (!scan_) return tr("Nothing has been ranked yet.");
    const std::vector<int> selected = table_->selectedRankingIndices();
    if (selected.empty()) return tr("No rows are selected.");
    QList<OsvCase> cases;
    for (const int rankingIndex : selected)
        cases.append(withContext(caseOfRankingIndex(rankingIndex), scan_, texts_));
    OsvOptions options;
    options.forSubmission = true; // the repository's validator accepts only its own database_specific keys
    QString error;
    const QStringList files = saveOsvTree(osvRecords(cases, options), folder, &error);
    if (written) *written = files;
    return error;
}

QString MainWindow::exportCampaignOsv(int campaign, const QString &folder, QStringList *written) {
    if (!scan_) return tr("Nothing has been ranked yet.");
    const std::vector<std::size_t> members = campaignMemberScripts(*scan_, campaign);
    if (members.empty()) return tr("There is no campaign %1 in this run.").arg(campaign + 1);
    OsvOptions options;
    options.forSubmission = true;
    // One record per member package, each built as for a single package: two versions of one project stay two.
    QList<QJsonObject> records;
    for (const std::size_t rankingIndex : members)
        records.append(
            osvRecord(withContext(caseOfRankingIndex(static_cast<int>(rankingIndex)), scan_, texts_), options));
    QString error;
    const QStringList files = saveOsvTree(records, folder, &error);
    if (written) *written = files;
    return error;
}

QString MainWindow::exportCurrentCaseReport(const QString &path, bool pdf) {
    if (case_->key().isEmpty()) return tr("No case is open.");
    const OsvCase c = withContext(case_->currentCase(), scan_, texts_);
    const QString html = caseReportHtml(c.caseFile, c.context);
    if (!pdf) return saveHtmlReport(html, path);
    return savePdfReport(html, path, tr("MPHunter case: %1 %2").arg(c.caseFile.name, c.caseFile.version));
}

QString MainWindow::exportRanking(const QString &path, bool json, bool shownRowsOnly) {
    if (!scan_) return tr("Nothing has been ranked yet.");
    QList<qsizetype> rows; // empty: every ranked script
    if (shownRowsOnly) {
        for (const int row : shownRankingIndices())
            rows.append(row);
        if (rows.isEmpty()) return tr("The table shows no rows; clear the filter first.");
    }
    return json ? saveRankingJson(*scan_, path, rows) : saveRankingCsv(*scan_, path, rows);
}

QString MainWindow::saveWorkspaceFile(const QString &path) {
    Workspace workspace;
    workspace.inputs = scan_ ? *scanOptions_ : *pendingOptions_;
    const QString currentKey = case_->key();
    for (const QString &key : cases_->keys()) {
        const CaseFile c = key == currentKey ? case_->currentCase() : cases_->caseFile(key);
        if (annotated(c) || !cases_->filePath(key).isEmpty()) workspace.cases.append(c);
    }
    workspace.view = QJsonObject{{"current", currentKey}};
    return saveWorkspace(workspace, path);
}

QString MainWindow::openWorkspaceFile(const QString &path) {
    const WorkspaceLoadResult loaded = loadWorkspace(path);
    if (!loaded.workspace) return loaded.error;
    const Workspace &workspace = *loaded.workspace;
    int recovered = 0; // cases whose autosave was newer than the workspace's copy
    for (const CaseFile &c : workspace.cases) {
        bool fromAutosave = false;
        cases_->restore(c, &fromAutosave);
        recovered += fromAutosave ? 1 : 0;
    }

    // The inputs go back into the settings, so that the next run and the settings dialog see them.
    ScanOptions inputs = workspace.inputs;
    if (!inputs.demo) {
        auto folders = [](const std::vector<std::filesystem::path> &paths) {
            QStringList out;
            for (const auto &p : paths)
                out.append(QFile::decodeName(QByteArray::fromStdString(p.string())));
            return out;
        };
        settings_.backgroundFolders = folders(inputs.background);
        settings_.knownFolders = folders(inputs.known);
        for (const BatchInput &batch : inputs.batches)
            for (const QString &root : folders(batch.roots))
                settings_.addRecent(root);
    }
    for (const std::string &passphrase : inputs.passphrases)
        if (!settings_.passphrases.contains(QString::fromStdString(passphrase)))
            settings_.passphrases.append(QString::fromStdString(passphrase));
    if (loaded.withheldPassphrases > 0) { // the analyst's own passphrases were not stored: use the configured ones
        for (const QString &passphrase : std::as_const(settings_.passphrases))
            if (std::find(inputs.passphrases.begin(), inputs.passphrases.end(), passphrase.toStdString()) ==
                inputs.passphrases.end())
                inputs.passphrases.push_back(passphrase.toStdString());
    }
    QSettings settings;
    settings_.save(settings);
    rebuildRecentMenu();

    pendingView_ = workspace.view;
    startRun(std::move(inputs));
    QString status =
        loaded.withheldPassphrases > 0
            ? tr("Workspace %1: %n case(s) restored; %2 passphrase(s) were not stored, the configured ones are used.",
                 nullptr, static_cast<int>(workspace.cases.size()))
                  .arg(QDir::toNativeSeparators(path))
                  .arg(loaded.withheldPassphrases)
            : tr("Workspace %1: %n case(s) restored; running its inputs again.", nullptr,
                 static_cast<int>(workspace.cases.size()))
                  .arg(QDir::toNativeSeparators(path));
    if (recovered > 0)
        status += QLatin1Char(' ') +
                  tr("%n case(s) had newer unsaved changes in their autosave; those were kept.", nullptr, recovered);
    statusBar()->showMessage(status);
    return {};
}

void MainWindow::applyWorkspaceView() {
    const QString current = std::exchange(pendingView_, {}).value("current").toString();
    if (current.isEmpty() || !scan_) return;
    for (std::size_t row = 0; row < scan_->ranking.size(); ++row) {
        if (scriptKey(*scan_, scan_->ranking[row].entry) == current) {
            table_->setCurrentRankingIndex(static_cast<int>(row));
            return;
        }
    }
}

} // namespace mph::app
