// Crash safety of the analyst's files: a child process (crash_save_child) edits, autosaves and saves a case file or a
// workspace through the real app/core code, and is killed with SIGKILL at spread-out moments inside its saves and
// autosaves. After every kill: the file on disk is exactly one complete generation (the previous or the new one,
// never a prefix, never missing), an autosave on disk is complete, nothing is left that disturbs the next open, and
// the next start (CaseBook::open, CaseBook::restore, CaseBook::ensureCase, as the GUI calls them) gets back every
// edit whose autosave or save had completed. The next round's child starts from what the kill left.
#include "case_book.h"
#include "crash_save_fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace mph::app;
using namespace mph::app::crash_fixture;

namespace {

constexpr int kRoundsPerPhase = 6;      // kills aimed at autosaves, and as many at saves
constexpr int kChildTimeoutMs = 60'000; // generous: the child runs under ASan in CI

// What the child reported before it was killed.
struct ChildLog {
    QStringList lines;
    int openedGeneration = -1;
    bool openedRecovered = false;
    int lastAutosaved = -1, lastSaved = -1;
    int pendingAutosave = -1, pendingSave = -1;      // started, not reported complete
    qint64 longestAutosaveUs = 0, longestSaveUs = 0; // as the child measured its completed writes
    QString context;                                 // set by runRound
    bool killedInsideWrite() const { return pendingAutosave >= 0 || pendingSave >= 0; }
};

ChildLog parse(const QStringList &lines) {
    ChildLog log;
    log.lines = lines;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        const int n = parts.value(1).toInt();
        if (parts[0] == QLatin1String("opened")) {
            log.openedGeneration = n;
            log.openedRecovered = parts.value(2) == QLatin1String("1");
        } else if (parts[0] == QLatin1String("autosaving")) {
            log.pendingAutosave = n;
        } else if (parts[0] == QLatin1String("autosaved")) {
            log.lastAutosaved = n;
            log.pendingAutosave = -1;
            log.longestAutosaveUs = std::max(log.longestAutosaveUs, parts.value(2).toLongLong());
        } else if (parts[0] == QLatin1String("saving")) {
            log.pendingSave = n;
        } else if (parts[0] == QLatin1String("saved")) {
            log.lastSaved = n;
            log.pendingSave = -1;
            log.longestSaveUs = std::max(log.longestSaveUs, parts.value(2).toLongLong());
        }
    }
    return log;
}

// Starts the child on `dir`, waits for the second time it starts a write of kind `phase` ("autosaving" or "saving"),
// waits `fraction` of the longest such write it has completed so far, and kills it (SIGKILL). Fails the test when the
// child stops by itself.
ChildLog runAndKill(const QString &mode, const QString &dir, const QString &phase, double fraction) {
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(MPH_CRASH_SAVE_CHILD), {mode, dir});
    if (!child.waitForStarted(kChildTimeoutMs)) {
        QTest::qFail("the child did not start", __FILE__, __LINE__);
        return {};
    }
    QStringList lines;
    QHash<QString, QElapsedTimer> started;
    qint64 longestNs = 0;
    int seen = 0;
    const QString done = phase == QLatin1String("saving") ? QStringLiteral("saved") : QStringLiteral("autosaved");
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < kChildTimeoutMs) {
        if (!child.canReadLine() && !child.waitForReadyRead(kChildTimeoutMs)) break;
        bool kill = false;
        while (child.canReadLine()) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            lines.append(line);
            const QString word = line.section(QLatin1Char(' '), 0, 0);
            if (word == phase) {
                started[line.section(QLatin1Char(' '), 1, 1)].start();
                if (++seen == 2) kill = true;
            } else if (word == done) {
                const QString n = line.section(QLatin1Char(' '), 1, 1);
                if (started.contains(n)) longestNs = std::max(longestNs, started[n].nsecsElapsed());
            }
        }
        if (kill) {
            QThread::usleep(static_cast<unsigned long>(fraction * static_cast<double>(longestNs) / 1000.0));
            child.kill();
            break;
        }
    }
    child.waitForFinished(kChildTimeoutMs);
    const QByteArray rest = child.readAllStandardOutput();
    for (const QByteArray &line : rest.split('\n'))
        if (!line.trimmed().isEmpty()) lines.append(QString::fromUtf8(line).trimmed());
    if (child.exitStatus() != QProcess::CrashExit)
        QTest::qFail(
            qPrintable(QStringLiteral("the child stopped by itself (exit %1): %2 / %3")
                           .arg(child.exitCode())
                           .arg(lines.join(QLatin1String("; ")), QString::fromUtf8(child.readAllStandardError()))),
            __FILE__, __LINE__);
    return parse(lines);
}

// Round r kills the child in its autosaves (even r) or saves (odd r), at a fraction of the write that sweeps the
// write's length as the rounds go on; the log's context names the round for failure messages.
ChildLog runRound(const QString &mode, const QString &dir, int round) {
    const QString phase = round % 2 ? QStringLiteral("saving") : QStringLiteral("autosaving");
    const double fraction = (round / 2 + 0.5) / kRoundsPerPhase;
    ChildLog log = runAndKill(mode, dir, phase, fraction);
    log.context = QStringLiteral("round %1 (%2 at %3): %4")
                      .arg(round)
                      .arg(phase)
                      .arg(fraction)
                      .arg(log.lines.mid(std::max<qsizetype>(0, log.lines.size() - 4)).join("; "));
    return log;
}

// The fixture's content for the generation a loaded case claims, with `modified` (stamped by CaseBook at each edit)
// taken from the loaded case: everything else must match exactly.
CaseFile expectedLike(const CaseFile &loaded) {
    CaseFile expected = caseAt(generationOf(loaded), loaded.archivePath);
    expected.modified = loaded.modified;
    return expected;
}

// The entries of `dir`, less QSaveFile's own temporary files: on Linux it writes an unnamed file (O_TMPFILE) and, to
// replace an existing file, links it as "<name>.XXXXXX" and renames that over <name>. A kill between the two leaves
// that complete copy behind; it is never read (the assertions on what opens prove it), only collected in *leftovers.
// <name> may be gone by then (a case save removes the autosave it supersedes), so a temporary is recognised by the
// name of a file the workbench writes (*.mphcase, *.mphcase.autosave) as well as by an existing <name>: CI once saw
// "alpha.mphcase.autosave.AUpNlT" without its autosave.
QStringList entries(const QString &dir, QSet<QString> *leftovers = nullptr) {
    QStringList out;
    for (const QString &entry :
         QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        const qsizetype dot = entry.lastIndexOf(QLatin1Char('.'));
        const QString suffix = entry.mid(dot + 1);
        const bool saveFileTemporary =
            dot > 0 && suffix.size() == 6 &&
            std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return c.isLetterOrNumber(); }) &&
            (QFileInfo::exists(QDir(dir).filePath(entry.left(dot))) ||
             entry.left(dot).endsWith(QLatin1String(".mphcase")) ||
             entry.left(dot).endsWith(QLatin1String(".mphcase.autosave")));
        if (saveFileTemporary && leftovers)
            leftovers->insert(entry);
        else
            out.append(entry);
    }
    return out;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
  private slots:
    void killedCaseSaveKeepsFileAndAutosave() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QLatin1String(kCaseName));
        const QString autosave = autosavePathFor(path);
        const QString folder = dir.filePath(QLatin1String(kAutosaveFolder));
        QCOMPARE(saveCaseFile(caseAt(0), path), QString()); // the existing case file the child opens

        int confirmed = 0;    // the newest generation some completed save or autosave holds
        int fileBefore = 0;   // the case file's generation before the round
        int expectedOpen = 0; // what the next child must open
        bool expectedRecovered = false;
        int killedInside = 0, recoveredRounds = 0;
        QSet<QString> leftovers;
        qint64 longestAutosaveUs = 0, longestSaveUs = 0;
        for (int round = 0; round < 2 * kRoundsPerPhase; ++round) {
            const ChildLog log = runRound(QStringLiteral("case"), dir.path(), round);
            if (QTest::currentTestFailed()) return;
            const QString &context = log.context;
            QVERIFY2(log.openedGeneration == expectedOpen && log.openedRecovered == expectedRecovered,
                     qPrintable(context));
            killedInside += log.killedInsideWrite() ? 1 : 0;
            longestAutosaveUs = std::max(longestAutosaveUs, log.longestAutosaveUs);
            longestSaveUs = std::max(longestSaveUs, log.longestSaveUs);

            // The case file: present, complete, exactly the last saved generation or the one being saved.
            const CaseLoadResult onDisk = loadCaseFile(path);
            QVERIFY2(onDisk.caseFile, qPrintable(onDisk.error + QStringLiteral(" after ") + context));
            const int fileGeneration = generationOf(*onDisk.caseFile);
            const int lastSaved = log.lastSaved >= 0 ? log.lastSaved : fileBefore;
            QVERIFY2(fileGeneration == lastSaved || fileGeneration == log.pendingSave,
                     qPrintable(QStringLiteral("file holds generation %1 after ").arg(fileGeneration) + context));
            fileBefore = fileGeneration;
            QCOMPARE(*onDisk.caseFile, expectedLike(*onDisk.caseFile));

            // Its autosave, when there is one: complete as well.
            int autosaveGeneration = -1;
            if (QFile::exists(autosave)) {
                const CaseLoadResult saved = loadCaseFile(autosave);
                QVERIFY2(saved.caseFile, qPrintable(saved.error + QStringLiteral(" after ") + context));
                autosaveGeneration = generationOf(*saved.caseFile);
                QCOMPARE(*saved.caseFile, expectedLike(*saved.caseFile));
            }

            // Nothing else next to them (QSaveFile's temporary files must not pile up).
            QStringList allowed{QLatin1String(kCaseName), QFileInfo(autosave).fileName()};
            for (const QString &entry : entries(dir.path(), &leftovers))
                QVERIFY2(allowed.contains(entry), qPrintable(QStringLiteral("left over: ") + entry));
            QVERIFY(!QFileInfo::exists(folder) || entries(folder, &leftovers).isEmpty());

            // The next start, as the GUI opens a case file: every completed write is back.
            confirmed = std::max({confirmed, log.lastSaved, log.lastAutosaved});
            CaseBook book(folder);
            bool recovered = false;
            const CaseLoadResult opened = book.open(path, &recovered);
            QVERIFY2(opened.caseFile, qPrintable(opened.error));
            const int openedGeneration = generationOf(*opened.caseFile);
            QVERIFY2(
                openedGeneration >= confirmed,
                qPrintable(
                    QStringLiteral("opened generation %1, but %2 was written; ").arg(openedGeneration).arg(confirmed) +
                    context));
            QCOMPARE(openedGeneration, std::max(fileGeneration, autosaveGeneration));
            QCOMPARE(recovered, autosaveGeneration > fileGeneration);
            QCOMPARE(book.isUnsaved(caseKeyOf()), recovered);
            recoveredRounds += recovered ? 1 : 0;
            expectedOpen = openedGeneration;
            expectedRecovered = recovered;
        }
        // The kills did land inside writes, and some runs did need their autosave.
        qInfo("%d of %d kills inside a write, %d recoveries from the autosave, %d QSaveFile temporaries left; longest "
              "autosave %lld us, save %lld us",
              killedInside, 2 * kRoundsPerPhase, recoveredRounds, int(leftovers.size()), longestAutosaveUs,
              longestSaveUs);
        QVERIFY(killedInside >= kRoundsPerPhase / 2);
        QVERIFY(recoveredRounds >= 1);
    }

    void killedWorkspaceSaveKeepsFileAndAutosaves() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QLatin1String(kWorkspaceName));
        const QString folder = dir.filePath(QLatin1String(kAutosaveFolder));
        QCOMPARE(saveWorkspace(workspaceAt(0), path), QString());
        const QList<CaseFile> seeds = workspaceAt(0).cases;

        int confirmedSave = 0, confirmedAutosave = -1;
        int expectedOpen = 0;
        int killedInside = 0, recoveredRounds = 0;
        QSet<QString> leftovers;
        qint64 longestAutosaveUs = 0, longestSaveUs = 0;
        for (int round = 0; round < 2 * kRoundsPerPhase; ++round) {
            const ChildLog log = runRound(QStringLiteral("workspace"), dir.path(), round);
            if (QTest::currentTestFailed()) return;
            const QString &context = log.context;
            QVERIFY2(log.openedGeneration == expectedOpen, qPrintable(context));
            killedInside += log.killedInsideWrite() ? 1 : 0;
            longestAutosaveUs = std::max(longestAutosaveUs, log.longestAutosaveUs);
            longestSaveUs = std::max(longestSaveUs, log.longestSaveUs);

            // The workspace file: present, complete, exactly the last saved generation or the one being saved.
            const WorkspaceLoadResult onDisk = loadWorkspace(path);
            QVERIFY2(onDisk.workspace, qPrintable(onDisk.error + QStringLiteral(" after ") + context));
            const int fileGeneration = generationOf(*onDisk.workspace);
            confirmedSave = std::max(confirmedSave, log.lastSaved);
            QVERIFY2(fileGeneration == confirmedSave || fileGeneration == log.pendingSave,
                     qPrintable(QStringLiteral("workspace holds generation %1 after ").arg(fileGeneration) + context));
            Workspace expected = workspaceAt(fileGeneration);
            QCOMPARE(onDisk.workspace->cases.size(), expected.cases.size());
            for (qsizetype i = 0; i < expected.cases.size(); ++i)
                expected.cases[i].modified = onDisk.workspace->cases[i].modified;
            QCOMPARE(workspaceToJson(*onDisk.workspace), workspaceToJson(expected));

            // The cases' autosaves (the workspace's cases have no file of their own): complete, one per case.
            QStringList autosaves = entries(folder, &leftovers);
            QVERIFY2(autosaves.size() <= seeds.size(), qPrintable(autosaves.join(", ")));
            for (const QString &name : autosaves) {
                QVERIFY2(name.endsWith(QLatin1String(".mphcase.autosave")),
                         qPrintable(QStringLiteral("left over: ") + name));
                const CaseLoadResult saved = loadCaseFile(QDir(folder).filePath(name));
                QVERIFY2(saved.caseFile, qPrintable(saved.error + QStringLiteral(" after ") + context));
                QCOMPARE(*saved.caseFile, expectedLike(*saved.caseFile));
            }
            QCOMPARE(entries(dir.path(), &leftovers),
                     (QStringList{QLatin1String(kAutosaveFolder), QLatin1String(kWorkspaceName)}));

            // The next start, as the GUI reopens the workspace: every case at its newest completed write.
            confirmedAutosave = std::max(confirmedAutosave, log.lastAutosaved);
            const int confirmed = std::max(confirmedSave, confirmedAutosave);
            CaseBook reopened(folder);
            bool anyRecovered = false;
            for (const CaseFile &c : onDisk.workspace->cases) {
                bool recovered = false;
                const QString key = reopened.restore(c, &recovered);
                anyRecovered = anyRecovered || recovered;
                const int generation = generationOf(reopened.caseFile(key));
                QVERIFY2(generation >= confirmed,
                         qPrintable(QStringLiteral("workspace reopened with a case at generation %1, but %2 was "
                                                   "written; ")
                                        .arg(generation)
                                        .arg(confirmed) +
                                    context));
                QCOMPARE(recovered, generation > fileGeneration);
            }
            recoveredRounds += anyRecovered ? 1 : 0;

            // ...and as it comes back to a script in a new run, without the workspace.
            CaseBook fresh(folder);
            for (const CaseFile &seed : seeds) {
                bool recovered = false;
                const bool hasAutosave = QFile::exists(fresh.autosaveFileFor(caseKey(seed)));
                const CaseFile c = fresh.ensureCase(caseKey(seed), seed, &recovered);
                QCOMPARE(recovered, hasAutosave);
                QVERIFY(generationOf(c) >= std::max(confirmedAutosave, 0));
            }
            expectedOpen = fileGeneration;
        }
        qInfo("%d of %d kills inside a write, %d reopenings recovered autosaved edits, %d QSaveFile temporaries "
              "left; longest autosave %lld us, save %lld us",
              killedInside, 2 * kRoundsPerPhase, recoveredRounds, int(leftovers.size()), longestAutosaveUs,
              longestSaveUs);
        QVERIFY(killedInside >= kRoundsPerPhase / 2);
        QVERIFY(recoveredRounds >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
