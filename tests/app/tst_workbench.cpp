// The workbench end to end on the embedded demo corpus, offscreen: run, ranked table, side by side, evidence and
// verdict, case file round trip, cancel. Also writes a screenshot of the main window next to the test binary.
#include "case_file.h"
#include "case_widget.h"
#include "code_compare_widget.h"
#include "corpus/reader.h"
#include "demo_corpus.h"
#include "main_window.h"
#include "map_widget.h"
#include "ranked_script_model.h"
#include "ranked_table_widget.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

    void demoEndToEnd() {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(runDemo(window));
        const ScanPtr scan = window.scan();
        QVERIFY(scan);
        QVERIFY(window.rankedModel()->rowCount() > 0);
        QCOMPARE(window.rankedModel()->rowCount(), int(scan->ranking.size()));

        // The needles come first: every needle has a script in the top (number of needles) of its scope's ranking.
        const auto needles = mph::demoNeedles();
        std::set<std::string> found;
        for (const mph::RankedScript &ranked : scan->ranking)
            if (ranked.rank <= needles.size()) found.insert(scan->packages[scan->scripts[ranked.entry].package].name);
        for (const std::string_view needle : needles)
            QVERIFY2(found.count(std::string(needle)), needle.data());
        // ...and the table's first row (rank 1 of the first scope) is a needle.
        QTableView *view = window.table()->view();
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
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
