// The workbench end to end on the embedded demo corpus, offscreen: run, ranked table, side by side, evidence and
// verdict, case file round trip, cancel; every action of the Export menu (paths given through the window's path
// chooser seam) with its files read back. Also writes screenshots (the window, the window with the Export menu open)
// and the exported PDF next to the test binary.
#include "campaign_grouping_model.h"
#include "case_file.h"
#include "case_widget.h"
#include "code_compare_widget.h"
#include "corpus/reader.h"
#include "demo_corpus.h"
#include "main_window.h"
#include "map_widget.h"
#include "pypi_name.h"
#include "ranked_script_filter.h"
#include "ranked_script_model.h"
#include "ranked_table_widget.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace mph::app;

namespace {

QByteArray demoScriptText(const std::string &source, const std::string &scriptPath) {
    const std::string_view path = std::string_view(source).substr(5); // after "demo:"
    for (const mph::DemoFile &file : mph::demoCorpus()) {
        if (file.path != path) continue;
        const auto read = mph::readPackageBytes(file.bytes, source, {});
        if (!read.package) return {};
        for (const mph::Script &script : read.package->scripts)
            if (script.path == scriptPath) return QByteArray::fromStdString(script.text);
    }
    return {};
}

QByteArray editorBytes(QsciScintilla *editor) {
    const long length = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    QByteArray bytes(length + 1, '\0');
    editor->SendScintilla(QsciScintillaBase::SCI_GETTEXT, static_cast<unsigned long>(length + 1), bytes.data());
    bytes.chop(1);
    return bytes;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonDocument readJson(const QString &path) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError) qWarning("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document;
}

// Records of an RFC 4180 file (quoted fields may hold line breaks).
int csvRecords(const QByteArray &text) {
    int records = 0;
    bool quoted = false, empty = true;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (c == '\n' && !quoted) {
            if (!empty) ++records;
            empty = true;
        } else if (c != '\r') {
            empty = false;
        }
    }
    return records + (empty ? 0 : 1);
}

// Answers the export actions' path requests from a queue, and keeps the requests.
struct ScriptedPaths {
    QStringList answers;
    QList<PathRequest> requests;
    QString operator()(const PathRequest &request) {
        requests.append(request);
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
};

bool runDemo(MainWindow &window) {
    QSignalSpy settled(&window, &MainWindow::runSettled);
    window.openDemo();
    if (!settled.wait(180000)) return false;
    return settled[0][0].toBool();
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MPHunterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
        QSettings().clear();
    }

    // Each test starts without memory: verdicts of an earlier test (or test run) would teach this one (design 2.9):
    // a package judged malicious becomes a known neighbour, and the table's filters and nearest-known column change.
    void init() {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(HistoryDatabase::defaultPath() + QLatin1String(suffix));
    }

    void demoEndToEnd() {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(runDemo(window));
        const ScanPtr scan = window.scan();
        QVERIFY(scan);
        QVERIFY(window.rankedModel()->rowCount() > 0);
        QCOMPARE(window.rankedModel()->rowCount(), int(scan->ranking.size()));

        // The needles come first: every needle has a script within the top (number of needles + 2) of its scope's
        // ranking, the pipeline's own criterion (tst_scan_demo), since demo decoys may sit between two needles.
        const auto needles = mph::demoNeedles();
        std::set<std::string> found;
        for (const mph::RankedScript &ranked : scan->ranking)
            if (ranked.rank <= needles.size() + 2)
                found.insert(scan->packages[scan->scripts[ranked.entry].package].name);
        for (const std::string_view needle : needles)
            QVERIFY2(found.count(std::string(needle)), needle.data());
        // ...and the table's first row (rank 1 of the first scope) is a needle.
        QAbstractItemView *view = window.table()->view();
        const QString top = view->model()->index(0, RankedScriptModel::Package).data().toString();
        QVERIFY2(std::find(needles.begin(), needles.end(), top.toStdString()) != needles.end(), qPrintable(top));

        // Selecting a row shows its script on the left and its nearest known script on the right.
        std::size_t withKnown = scan->ranking.size();
        for (std::size_t i = 0; i < scan->ranking.size() && withKnown == scan->ranking.size(); ++i)
            if (!scan->ranking[i].nearestKnown.empty() &&
                !scan->scriptOf(scan->scripts[scan->ranking[i].entry]).text.empty())
                withKnown = i;
        QVERIFY(withKnown < scan->ranking.size());
        window.table()->setCurrentRankingIndex(int(withKnown));
        const mph::RankedScript &ranked = scan->ranking[withKnown];
        const mph::Script &script = scan->scriptOf(scan->scripts[ranked.entry]);
        QCOMPARE(editorBytes(window.code()->leftEditor()), QByteArray::fromStdString(script.text));
        const mph::ScriptEntry &knownEntry = scan->scripts[ranked.nearestKnown.front()];
        const QByteArray knownText =
            demoScriptText(scan->packageOf(knownEntry).source, scan->scriptOf(knownEntry).path);
        QVERIFY(!knownText.isEmpty());
        QCOMPARE(editorBytes(window.code()->rightEditor()), knownText);
        window.code()->nextCall();
        QCOMPARE(window.code()->currentCall(), 0);

        // Evidence from the selected lines, a verdict, save, reopen.
        window.code()->leftEditor()->setSelection(1, 0, 3, 0);
        QVERIFY(window.addEvidenceFromSelection(QStringLiteral("runs the payload")));
        window.caseWidget()->setVerdict(Verdict::Malicious);
        QCOMPARE(window.rankedModel()->index(int(withKnown), RankedScriptModel::VerdictColumn).data().toString(),
                 QStringLiteral("Malicious"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.mphcase"));
        QCOMPARE(window.saveCurrentCase(path), QString());
        const CaseLoadResult loaded = loadCaseFile(path);
        QVERIFY2(loaded.caseFile, qPrintable(loaded.error));
        QCOMPARE(loaded.caseFile->verdict, Verdict::Malicious);
        QCOMPARE(loaded.caseFile->name, QString::fromStdString(scan->packageOf(scan->scripts[ranked.entry]).name));
        QCOMPARE(loaded.caseFile->evidence.size(), 1);
        QCOMPARE(loaded.caseFile->evidence[0].firstLine, 2);
        QCOMPARE(loaded.caseFile->evidence[0].lastLine, 3);
        QCOMPARE(loaded.caseFile->evidence[0].comment, QStringLiteral("runs the payload"));
        QCOMPARE(loaded.caseFile->evidence[0].script, QString::fromStdString(script.path));
        QVERIFY(!loaded.caseFile->nearestKnown.isEmpty());

        window.table()->setCurrentRankingIndex(withKnown == 0 ? 1 : 0); // look elsewhere, then reopen the case
        QVERIFY(window.caseWidget()->currentCase().evidence.isEmpty() ||
                window.caseWidget()->key() != caseKey(*loaded.caseFile));
        QCOMPARE(window.openCaseFile(path), QString());
        QCOMPARE(window.table()->currentRankingIndex(), int(withKnown));
        QCOMPARE(window.caseWidget()->currentCase().evidence, loaded.caseFile->evidence);
        QCOMPARE(window.caseWidget()->currentCase().verdict, Verdict::Malicious);

        // The map's current point is the selected script's sequence.
        QCOMPARE(window.map()->points().points.size(), scan->sequences.size());

        QTest::qWait(50);
        const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/mphunter-demo.png");
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    // Provenance (design 2.8) on the demo needles: tomlparse-mini's setup.py executes tomlparse_mini/_build_hooks.py,
    // sftpsync-utils' setup.py peels a base64+zlib onion. A call there opens its file, or its layer under a banner.
    void demoProvenance() {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(runDemo(window));
        const ScanPtr scan = window.scan();
        const auto rankingOf = [&](const std::string &package) {
            for (std::size_t i = 0; i < scan->ranking.size(); ++i) {
                const mph::ScriptEntry &entry = scan->scripts[scan->ranking[i].entry];
                if (scan->packageOf(entry).name == package && entry.scope == mph::Scope::Install) return int(i);
            }
            return -1;
        };
        const auto firstCallWhere = [&](int rankingIndex, auto &&wanted) {
            const mph::ScriptEntry &entry = scan->scripts[scan->ranking[std::size_t(rankingIndex)].entry];
            const std::vector<mph::CallToken> calls = scan->callsOf(entry);
            for (std::size_t k = 0; k < calls.size(); ++k)
                if (calls[k].source > 0 && wanted(entry.sources[calls[k].source])) return int(k);
            return -1;
        };

        const int hooks = rankingOf("tomlparse-mini");
        QVERIFY(hooks >= 0);
        window.table()->setCurrentRankingIndex(hooks);
        const int inHooks = firstCallWhere(hooks, [](const mph::CodeSource &s) {
            return s.layer == 0 && s.path.ends_with("tomlparse_mini/_build_hooks.py");
        });
        QVERIFY(inHooks >= 0);
        window.code()->showCall(inHooks);
        QVERIFY(window.code()->leftDocument() > 0);
        const mph::ScriptEntry &hooksEntry = scan->scripts[scan->ranking[std::size_t(hooks)].entry];
        const std::string_view hooksText = scan->sourceText(hooksEntry, std::uint32_t(window.code()->leftDocument()));
        QVERIFY(!hooksText.empty());
        QCOMPARE(editorBytes(window.code()->leftEditor()), QByteArray(hooksText.data(), qsizetype(hooksText.size())));
        QVERIFY(window.code()->leftScriptPath().endsWith(QStringLiteral("tomlparse_mini/_build_hooks.py")));
        QVERIFY(!window.code()->leftBanner()->isVisibleTo(&window));

        const int onion = rankingOf("sftpsync-utils");
        QVERIFY(onion >= 0);
        window.table()->setCurrentRankingIndex(onion);
        const int inLayer = firstCallWhere(onion, [](const mph::CodeSource &s) { return s.layer >= 2; });
        QVERIFY(inLayer >= 0);
        window.code()->showCall(inLayer);
        const mph::ScriptEntry &onionEntry = scan->scripts[scan->ranking[std::size_t(onion)].entry];
        const std::uint32_t depth = onionEntry.sources[std::size_t(window.code()->leftDocument())].layer;
        QVERIFY(depth >= 2);
        QVERIFY(window.code()->leftEditor()->isReadOnly());
        QVERIFY(window.code()->leftBanner()->isVisibleTo(&window));
        const QString banner = window.code()->leftBanner()->text();
        QVERIFY2(banner.contains(QStringLiteral("layer %1").arg(depth)) && banner.contains(QStringLiteral("setup.py")),
                 qPrintable(banner));
        QCOMPARE(
            window.code()->leftScriptPath(),
            QStringLiteral("%1 (layer %2)").arg(QString::fromStdString(scan->scriptOf(onionEntry).path)).arg(depth));
    }

    void exportMenu() {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        auto paths = std::make_shared<ScriptedPaths>();
        window.setPathChooser([paths](const PathRequest &request) { return (*paths)(request); });
        QStringList warnings;
        window.setWarningSink([&warnings](const QString &, const QString &message) { warnings.append(message); });

        // Nothing to act on before a run: only "Open workspace" is enabled.
        for (int i = 0; i < int(ExportAction::Count); ++i)
            QCOMPARE(window.exportAction(ExportAction(i))->isEnabled(), ExportAction(i) == ExportAction::OpenWorkspace);
        QVERIFY(runDemo(window));
        const ScanPtr scan = window.scan();
        QVERIFY(window.exportAction(ExportAction::CaseOsv)->isEnabled()); // row 0 is current after a run
        QVERIFY(window.exportAction(ExportAction::TableCsvAll)->isEnabled());
        QVERIFY(window.exportAction(ExportAction::SaveWorkspace)->isEnabled());

        // The current case: the top-ranked script, annotated.
        window.table()->setCurrentRankingIndex(0);
        const mph::ScriptEntry &top = scan->scripts[scan->ranking[0].entry];
        const QString name = QString::fromStdString(scan->packageOf(top).name);
        const QString key = scriptKey(*scan, scan->ranking[0].entry);
        QCOMPARE(window.caseWidget()->key(), key);
        window.caseWidget()->setVerdict(Verdict::Malicious);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto exportTo = [&](ExportAction which, const QString &fileName) {
            const QString path = dir.filePath(fileName);
            paths->answers = {path};
            window.exportAction(which)->trigger();
            return path;
        };

        // Current case -> OSV record.
        const QJsonDocument osv = readJson(exportTo(ExportAction::CaseOsv, "case.json"));
        QVERIFY(osv.isObject());
        QVERIFY(!osv.object().contains("id"));
        const QJsonObject package = osv["affected"][0]["package"].toObject();
        QCOMPARE(package["ecosystem"].toString(), QString("PyPI"));
        QCOMPARE(package["name"].toString(), normalizePypiName(name));
        QCOMPARE(package["purl"].toString(), "pkg:pypi/" + normalizePypiName(name));
        QVERIFY(osv["details"].toString().contains("malicious", Qt::CaseInsensitive));
        // The dialog starts where the last export went.
        QCOMPARE(paths->requests.size(), 1);
        QCOMPARE(paths->requests[0].kind, PathRequest::SaveFile);
        QVERIFY(paths->requests[0].suggestedName.endsWith(".json"));

        // Current case -> HTML and PDF reports.
        const QByteArray html = readAll(exportTo(ExportAction::CaseHtml, "case.html"));
        QVERIFY(html.contains(name.toUtf8()));
        QCOMPARE(QDir::cleanPath(paths->requests.last().startFolder), QDir::cleanPath(dir.path()));
        const QString pdfPath = exportTo(ExportAction::CasePdf, "case.pdf");
        const QByteArray pdf = readAll(pdfPath);
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page("/Type\\s*/Page[^s]");
        QVERIFY2(QString::fromLatin1(pdf).count(page) >= 1, "the PDF has no page");
        QFile::remove(QCoreApplication::applicationDirPath() + "/mphunter-demo-report.pdf");
        QVERIFY(QFile::copy(pdfPath, QCoreApplication::applicationDirPath() + "/mphunter-demo-report.pdf"));

        // The ranked table: every row as CSV and JSON (the same fields); the rows shown (filtered, in the table's
        // order) as CSV and JSON.
        const int rows = window.rankedModel()->rowCount();
        const QByteArray csvAll = readAll(exportTo(ExportAction::TableCsvAll, "ranking.csv"));
        QCOMPARE(csvRecords(csvAll), rows + 1); // + header
        const QJsonDocument all = readJson(exportTo(ExportAction::TableJsonAll, "ranking.json"));
        QCOMPARE(all["rows"].toArray().size(), rows);
        const QJsonObject firstRow = all["rows"][0].toObject();
        for (const QByteArray &column : csvAll.left(csvAll.indexOf('\n')).split(','))
            QVERIFY2(firstRow.contains(QString::fromLatin1(column)), column.constData());
        window.table()->filter()->setText(name);
        const int shown = window.table()->view()->model()->rowCount();
        QVERIFY(shown >= 1 && shown < rows);
        const QJsonArray shownRows = readJson(exportTo(ExportAction::TableJsonShown, "shown.json"))["rows"].toArray();
        QCOMPARE(shownRows.size(), shown);
        for (const QJsonValue &row : shownRows)
            QVERIFY2(row["package"].toString().contains(name, Qt::CaseInsensitive) ||
                         row["script"].toString().contains(name, Qt::CaseInsensitive) ||
                         row["archive"].toString().contains(name, Qt::CaseInsensitive),
                     qPrintable(name + " / " + row["package"].toString()));
        const QList<QByteArray> shownCsv =
            readAll(exportTo(ExportAction::TableCsvShown, "shown.csv")).trimmed().split('\n');
        QCOMPARE(shownCsv.size(), shown + 1);
        for (int i = 0; i < shown; ++i) { // batch, rank, package: the same rows in the same order as the JSON
            const QList<QByteArray> fields = shownCsv[i + 1].split(',');
            QCOMPARE(QString::fromUtf8(fields[1]), QString::number(shownRows[i]["rank"].toInt()));
            QCOMPARE(QString::fromUtf8(fields[2]), shownRows[i]["package"].toString());
        }
        window.table()->filter()->setText({});

        // The selected rows' cases -> one OSV file per package in the malicious-packages layout.
        window.table()->selectRankingIndices({0, 1, 2});
        QVERIFY(window.exportAction(ExportAction::SelectionOsvTree)->isEnabled());
        std::set<QString> packages;
        for (int i : {0, 1, 2})
            packages.insert(
                normalizePypiName(QString::fromStdString(scan->packageOf(scan->scripts[scan->ranking[i].entry]).name)));
        const QString tree = exportTo(ExportAction::SelectionOsvTree, "osv-tree");
        QCOMPARE(paths->requests.last().kind, PathRequest::Folder);
        for (const QString &packageName : packages) {
            const QDir folder(tree + "/osv/malicious/pypi/" + packageName);
            const QStringList files = folder.entryList({"MAL-0000-mphunter-*.json"}, QDir::Files);
            QVERIFY2(files.size() == 1, qPrintable(folder.path()));
            const QJsonDocument record = readJson(folder.filePath(files.first()));
            QCOMPARE(record["affected"][0]["package"]["name"].toString(), packageName);
            QCOMPARE(record["affected"][0]["package"]["purl"].toString(), "pkg:pypi/" + packageName);
            QVERIFY(!record.object().value("database_specific").toObject().contains("mphunter")); // for submission
        }
        QCOMPARE(QDir(tree + "/osv/malicious/pypi").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(),
                 qsizetype(packages.size()));

        // An error names the file and the reason, and nothing is written.
        QVERIFY(warnings.isEmpty());
        paths->answers = {dir.filePath("missing-folder/case.json")};
        window.exportAction(ExportAction::CaseOsv)->trigger();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains("case.json"), qPrintable(warnings[0]));
        QVERIFY(!QFile::exists(dir.filePath("missing-folder/case.json")));
        warnings.clear();

        // Workspace: save here, reopen in a new window: the inputs run again, the annotation of row 0 comes back and
        // the script that was current (row 1) is current again.
        window.table()->setCurrentRankingIndex(1);
        const QString workspace = exportTo(ExportAction::SaveWorkspace, "investigation.mphworkspace");
        QVERIFY(readJson(workspace)["inputs"]["demo"].toBool());

        QTest::qWait(50);
        auto *menu = qobject_cast<QMenu *>(window.exportAction(ExportAction::CaseOsv)->parent());
        QVERIFY(menu);
        QPixmap shot = window.grab();
        QAction *menuAction = menu->menuAction();
        const QRect titleRect = window.menuBar()->actionGeometry(menuAction);
        menu->popup(window.menuBar()->mapToGlobal(titleRect.bottomLeft()));
        QTest::qWait(100);
        {
            QPainter painter(&shot);
            painter.drawPixmap(window.mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
        }
        menu->hide();
        const QString menuShot = QCoreApplication::applicationDirPath() + "/mphunter-export-menu.png";
        QVERIFY(shot.save(menuShot));
        qInfo("screenshot: %s", qPrintable(menuShot));

        // Edits made after the workspace was saved live only in the autosave (as after a crash): reopening the
        // workspace keeps them, and says so.
        CaseFile edited = window.cases()->caseFile(key);
        edited.notes = QStringLiteral("noted after the workspace was saved");
        QTest::qWait(20); // a later `modified` stamp than the workspace's copy
        window.cases()->updateCase(key, edited);
        window.cases()->autosaveNow();

        MainWindow reopened;
        reopened.show();
        reopened.setPathChooser([paths](const PathRequest &request) { return (*paths)(request); });
        reopened.setWarningSink([&warnings](const QString &, const QString &message) { warnings.append(message); });
        QSignalSpy settled(&reopened, &MainWindow::runSettled);
        paths->answers = {workspace};
        reopened.exportAction(ExportAction::OpenWorkspace)->trigger();
        QVERIFY(warnings.isEmpty());
        QVERIFY(reopened.cases()->contains(key)); // restored from the file, before the run is over
        QCOMPARE(reopened.cases()->caseFile(key).verdict, Verdict::Malicious);
        QCOMPARE(reopened.cases()->caseFile(key).notes, edited.notes);
        const QString openStatus = reopened.statusBar()->currentMessage();
        QVERIFY2(openStatus.contains(QCoreApplication::translate(
                     "mph::app::MainWindow", "%n case(s) had newer unsaved changes in their autosave; those were kept.",
                     nullptr, 1)),
                 qPrintable(openStatus));
        QVERIFY(settled.wait(180000));
        QVERIFY(settled[0][0].toBool());
        QCOMPARE(reopened.rankedModel()->rowCount(), rows);
        QCOMPARE(reopened.table()->currentRankingIndex(), 1);
        reopened.table()->setCurrentRankingIndex(0);
        QCOMPARE(reopened.caseWidget()->key(), key);
        QCOMPARE(reopened.caseWidget()->currentCase().verdict, Verdict::Malicious);
        QCOMPARE(reopened.rankedModel()->index(0, RankedScriptModel::VerdictColumn).data().toString(),
                 QStringLiteral("Malicious"));
    }

    // Ctrl+drag draws a lasso on the map: the points it encloses are selected (shift+drag stays a rectangle).
    void mapLasso() {
        MapPoints points; // a 3x3 grid, x = i % 3, y = i / 3
        for (int i = 0; i < 9; ++i) {
            MapPoint point;
            point.position = QPointF(i % 3, i / 3);
            points.points.push_back(point);
        }
        points.bounds = QRectF(0, 0, 2, 2);
        MapWidget map;
        map.resize(300, 300);
        map.show();
        QSignalSpy selected(&map, &MapWidget::rectangleSelected);
        auto send = [&](QEvent::Type type, QPointF data, Qt::MouseButtons buttons) {
            const QPointF at = map.toWidget(data);
            QMouseEvent event(type, at, map.mapToGlobal(at), Qt::LeftButton, buttons, Qt::ControlModifier);
            QApplication::sendEvent(&map, &event);
        };
        map.setPoints(points);
        // A triangle around point 0 and its neighbours 1 and 3 (x + y < 1.5), drawn in steps.
        send(QEvent::MouseButtonPress, {-0.4, -0.4}, Qt::LeftButton);
        for (const QPointF vertex : {QPointF(0.5, -0.4), QPointF(1.9, -0.4), QPointF(0.7, 0.8), QPointF(-0.4, 1.9)})
            send(QEvent::MouseMove, vertex, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, {-0.4, 0.5}, Qt::NoButton);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected[0][0].value<std::vector<int>>(), (std::vector<int>{0, 1, 3}));
    }

    void cancelLeavesAConsistentState() {
        MainWindow window;
        window.show();
        QVERIFY(runDemo(window));
        const ScanPtr before = window.scan();
        const int rows = window.rankedModel()->rowCount();
        QSignalSpy settled(&window, &MainWindow::runSettled);
        window.openDemo();
        window.controller()->cancel();
        QVERIFY(settled.wait(30000));
        QCOMPARE(settled[0][0].toBool(), false);
        QVERIFY(!window.controller()->isRunning());
        QCOMPARE(window.scan(), before);
        QCOMPARE(window.rankedModel()->rowCount(), rows);
        window.table()->setCurrentRankingIndex(0);
        QVERIFY(!editorBytes(window.code()->leftEditor()).isEmpty());
        QVERIFY(runDemo(window)); // and a new run works afterwards
        QCOMPARE(window.rankedModel()->rowCount(), rows);
    }

    // Issue 13, two days of work on the demo batch with one history file. Day 1: webhook-logger 0.3.2 is judged
    // malicious. Day 2: that verdict is shown and its rows hidden, the next version 0.3.3 is flagged and first, the
    // webhook campaign is one row and is judged in one action (cases and history), and exported one record per package.
    void historyAcrossTwoRuns() {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        const WorkbenchSettings original = window.settings();
        WorkbenchSettings settings = original;
        settings.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        settings.analystName = QStringLiteral("Day Analyst");
        window.applySettings(settings);

        QVERIFY(runDemo(window));
        QVERIFY(window.runHistory() && window.runHistory()->problem.isEmpty());
        QCOMPARE(window.runHistory()->newPackages, window.runHistory()->batchPackages);
        auto rowsOf = [&](const char *name, const char *version) {
            std::vector<int> rows;
            const mph::ScanResult &scan = *window.scan();
            for (std::size_t i = 0; i < scan.ranking.size(); ++i) {
                const mph::Package &p = scan.packageOf(scan.scripts[scan.ranking[i].entry]);
                if (p.name == name && p.version == version) rows.push_back(int(i));
            }
            return rows;
        };
        const std::vector<int> judged = rowsOf("webhook-logger", "0.3.2");
        QVERIFY(!judged.empty());
        window.table()->setCurrentRankingIndex(judged.front());
        window.caseWidget()->setVerdict(Verdict::Malicious);

        // Day 2.
        QVERIFY(runDemo(window));
        const RunHistoryPtr history = window.runHistory();
        QVERIFY2(history && history->problem.isEmpty(), history ? qPrintable(history->problem) : "no history");
        QCOMPARE(history->newPackages, 0);
        const QString status = window.statusBar()->currentMessage();
        const QString newCount = QCoreApplication::translate("mph::app::MainWindow", "%1 of %n package(s) new", nullptr,
                                                             history->batchPackages)
                                     .arg(0);
        QVERIFY2(status.contains(newCount), qPrintable(status));
        const mph::ScanResult &scan = *window.scan();
        RankedScriptModel *model = window.rankedModel();
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        for (int row : rowsOf("webhook-logger", "0.3.2")) {
            QCOMPARE(model->index(row, RankedScriptModel::PriorVerdictColumn).data().toString(),
                     QStringLiteral("Malicious"));
            QVERIFY(model->index(row, RankedScriptModel::PriorVerdictColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(today));
            QCOMPARE(model->index(row, RankedScriptModel::FirstSeenColumn).data().toString(), today);
            QVERIFY(model->index(row, 0).data(RankedScriptModel::JudgedRole).toBool());
        }
        // Judged rows are hidden by default.
        QVERIFY(window.table()->hideJudgedBox()->isChecked());
        const QList<int> shown = window.table()->shownRankingIndices();
        for (int row : rowsOf("webhook-logger", "0.3.2"))
            QVERIFY(!shown.contains(row));
        QVERIFY(shown.size() < int(scan.ranking.size()));

        // The next version is flagged and comes first: in the engine's order and on screen.
        const std::vector<int> next = rowsOf("webhook-logger", "0.3.3");
        QVERIFY(!next.empty());
        const mph::RankedScript &nextRanked = scan.ranking[std::size_t(next.front())];
        QVERIFY(nextRanked.followsMalicious);
        // Only read-cap flags and other versions of judged projects (0.3.2 itself, hidden) may rank above it.
        const mph::Scope nextScope = scan.scripts[nextRanked.entry].scope;
        for (const mph::RankedScript &other : scan.ranking)
            if (other.batch == nextRanked.batch && scan.scripts[other.entry].scope == nextScope &&
                other.rank < nextRanked.rank)
                QVERIFY(other.flagged || other.followsMalicious);
        QCOMPARE(model->index(next.front(), RankedScriptModel::Rank).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("New version of a project judged malicious"));
        const QModelIndex top = window.table()->view()->model()->index(0, 0);
        QVERIFY(top.data(RankedScriptModel::FollowsMaliciousRole).toBool());
        const QList<int> topRows = top.data(RankedScriptModel::IsCampaignRole).toBool()
                                       ? top.data(RankedScriptModel::MemberRankingIndicesRole).value<QList<int>>()
                                       : QList<int>{top.data(RankedScriptModel::RankingIndexRole).toInt()};
        QVERIFY(topRows.contains(next.front()));

        // The webhook campaign is one row.
        const std::vector<int> sibling = rowsOf("webhook-logging", "0.1.0");
        QVERIFY(!sibling.empty());
        const int campaign = scan.ranking[std::size_t(sibling.front())].campaign;
        QVERIFY2(campaign >= 0, "the demo's webhook packages form no campaign");
        const int campaignRow = window.table()->grouping()->rowOfCampaign(campaign);
        QVERIFY(campaignRow >= 0);
        const mph::Campaign &group = scan.campaigns[std::size_t(campaign)];
        QVERIFY(group.packages.size() >= 2);
        QCOMPARE(window.table()->grouping()->rowCount(window.table()->grouping()->index(campaignRow, 0)),
                 int(window.table()->grouping()->memberRankingIndices(campaign).size()));

        // Selecting the campaign row shows its best member, as selecting that member's row does.
        const QModelIndex campaignIndex = window.table()->view()->model()->index(0, 0);
        QVERIFY(campaignIndex.data(RankedScriptModel::IsCampaignRole).toBool());
        window.table()->view()->selectionModel()->setCurrentIndex(campaignIndex, QItemSelectionModel::ClearAndSelect |
                                                                                     QItemSelectionModel::Rows);
        const int best = window.table()->grouping()->memberRankingIndices(campaign).front();
        QCOMPARE(window.table()->currentRankingIndex(), best);
        QCOMPARE(window.caseWidget()->key(), scriptKey(scan, scan.ranking[std::size_t(best)].entry));
        QCOMPARE(window.table()->currentCampaign(), campaign);
        // The selected campaign stands for all its members, hidden ones included (the map shows them all).
        const std::vector<int> selected = window.table()->selectedRankingIndices();
        QCOMPARE(int(selected.size()), int(window.table()->grouping()->memberRankingIndices(campaign).size()));

        // Screenshot: the table with its marks (judged rows shown for it), the campaign expanded.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("rankedDock"));
        QVERIFY(dock);
        dock->setFloating(true); // wide enough for every column
        dock->resize(1320, 560);
        window.table()->hideJudgedBox()->setChecked(false);
        window.table()->expandCampaign(campaign);
        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("MPH_SCREENSHOT_DIR"))
            QVERIFY(window.table()->grab().save(qEnvironmentVariable("MPH_SCREENSHOT_DIR") + "/history-table.png"));

        // One verdict for the whole campaign, from the case pane of its best member (judged malicious on day 1):
        // every member's case, one history record per member package.
        QCOMPARE(window.caseWidget()->currentCase().verdict, Verdict::Malicious);
        QPushButton *forCampaign = nullptr;
        for (QPushButton *button : window.caseWidget()->findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("whole campaign"))) forCampaign = button;
        QVERIFY(forCampaign && forCampaign->isVisibleTo(window.caseWidget()));
        QVERIFY2(forCampaign->text().contains(QString::number(group.packages.size())), qPrintable(forCampaign->text()));
        forCampaign->click();
        for (int row : window.table()->grouping()->memberRankingIndices(campaign)) {
            const QString key = scriptKey(scan, scan.ranking[std::size_t(row)].entry);
            QCOMPARE(window.cases()->caseFile(key).verdict, Verdict::Malicious);
            QVERIFY(window.cases()->caseFile(key).campaign);
            QCOMPARE(window.cases()->caseFile(key).campaign->members.size(), qsizetype(group.packages.size()));
            QCOMPARE(model->index(row, RankedScriptModel::VerdictColumn).data().toString(),
                     QStringLiteral("Malicious"));
        }
        QCOMPARE(window.table()->grouping()->index(campaignRow, RankedScriptModel::VerdictColumn).data().toString(),
                 QStringLiteral("Malicious"));
        QString error;
        const auto database = HistoryDatabase::open(settings.historyPath, &error);
        QVERIFY2(database, qPrintable(error));
        for (std::uint32_t package : group.packages) {
            const QString sha = QString::fromStdString(scan.packages[package].sha256);
            const auto latest = database->latestVerdict(sha);
            QVERIFY(latest && latest->verdict == Verdict::Malicious);
            QCOMPARE(latest->analyst, QStringLiteral("Day Analyst"));
            // Recorded once by the campaign action (and once more for the package judged on day 1).
            const bool judgedOnDay1 =
                scan.packages[package].name == "webhook-logger" && scan.packages[package].version == "0.3.2";
            QCOMPARE(database->verdictHistory(sha).size(), judgedOnDay1 ? 2 : 1);
        }
        QStringList written;
        QCOMPARE(window.exportCampaignOsv(campaign, dir.filePath(QStringLiteral("osv")), &written), QString());
        QCOMPARE(written.size(), qsizetype(group.packages.size()));

        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("MPH_SCREENSHOT_DIR"))
            QVERIFY(window.table()->grab().save(qEnvironmentVariable("MPH_SCREENSHOT_DIR") + "/campaign-row.png"));
        window.applySettings(original);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
