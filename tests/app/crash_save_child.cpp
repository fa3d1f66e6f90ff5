// The child process of tst_crash_safety: does what the workbench does with an analyst's files, in a loop, until the
// test kills it. It goes through the real app/core code (CaseBook, saveCaseFile, saveWorkspace) and reports each step
// on stdout, one flushed line before and after each write, so the test knows what was complete when it killed it.
//
//   crash_save_child case DIR       opens DIR/alpha.mphcase with CaseBook::open (recovering a newer autosave), then
//                                   edits the case, autosaves it, and saves it every other edit
//   crash_save_child workspace DIR  opens DIR/investigation.mphworkspace, restores its cases into a CaseBook as the
//                                   GUI does, then edits the cases, autosaves them, and saves the workspace
//
// Lines: "opened G R" (generation opened, 1 when an autosave was recovered), "autosaving N", "autosaved N US",
// "saving N", "saved N US" (US: how long the write took, in microseconds), "error TEXT".
#include "case_book.h"
#include "crash_save_fixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace mph::app;
using namespace mph::app::crash_fixture;

namespace {

void say(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &error) {
    say(QStringLiteral("error ") + error);
    return 2;
}

int editCase(const QDir &dir) {
    CaseBook book(dir.filePath(QLatin1String(kAutosaveFolder)));
    const QString path = dir.filePath(QLatin1String(kCaseName));
    bool recovered = false;
    const CaseLoadResult opened = book.open(path, &recovered);
    if (!opened.caseFile) return fail(opened.error);
    const QString key = caseKeyOf();
    if (caseKey(*opened.caseFile) != key) return fail(QStringLiteral("unexpected key ") + caseKey(*opened.caseFile));
    int generation = generationOf(*opened.caseFile);
    say(QStringLiteral("opened %1 %2").arg(generation).arg(recovered ? 1 : 0));
    QElapsedTimer clock;
    for (;;) {
        ++generation;
        book.updateCase(key, caseAt(generation));
        say(QStringLiteral("autosaving %1").arg(generation));
        clock.start();
        book.autosaveNow();
        say(QStringLiteral("autosaved %1 %2").arg(generation).arg(clock.nsecsElapsed() / 1000));
        if (generation % 2) continue;
        say(QStringLiteral("saving %1").arg(generation));
        clock.start();
        if (const QString error = book.save(key, path); !error.isEmpty()) return fail(error);
        say(QStringLiteral("saved %1 %2").arg(generation).arg(clock.nsecsElapsed() / 1000));
    }
}

int editWorkspace(const QDir &dir) {
    CaseBook book(dir.filePath(QLatin1String(kAutosaveFolder)));
    const QString path = dir.filePath(QLatin1String(kWorkspaceName));
    const WorkspaceLoadResult loaded = loadWorkspace(path);
    if (!loaded.workspace) return fail(loaded.error);
    bool anyRecovered = false;
    for (const CaseFile &c : loaded.workspace->cases) {
        bool recovered = false;
        book.restore(c, &recovered);
        anyRecovered = anyRecovered || recovered;
    }
    int generation = generationOf(*loaded.workspace);
    say(QStringLiteral("opened %1 %2").arg(generation).arg(anyRecovered ? 1 : 0));
    QElapsedTimer clock;
    for (;;) {
        ++generation;
        Workspace next = workspaceAt(generation);
        for (const CaseFile &c : next.cases)
            book.updateCase(caseKey(c), c);
        say(QStringLiteral("autosaving %1").arg(generation));
        clock.start();
        book.autosaveNow();
        say(QStringLiteral("autosaved %1 %2").arg(generation).arg(clock.nsecsElapsed() / 1000));
        next.cases.clear();
        for (const CaseFile &c : workspaceAt(generation).cases)
            next.cases.append(book.caseFile(caseKey(c))); // as the GUI does: the book's cases, `modified` stamped
        say(QStringLiteral("saving %1").arg(generation));
        clock.start();
        if (const QString error = saveWorkspace(next, path); !error.isEmpty()) return fail(error);
        say(QStringLiteral("saved %1 %2").arg(generation).arg(clock.nsecsElapsed() / 1000));
    }
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) return fail(QStringLiteral("usage: crash_save_child case|workspace DIR"));
    const QDir dir(args[2]);
    if (args[1] == QLatin1String("case")) return editCase(dir);
    if (args[1] == QLatin1String("workspace")) return editWorkspace(dir);
    return fail(QStringLiteral("unknown mode ") + args[1]);
}
