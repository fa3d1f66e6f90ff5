#pragma once
// Shared by tst_crash_safety and its child process crash_save_child: the case and the workspace written at each
// "generation" of an edit loop. Both sides build the same content from the generation number alone, so the test can
// say whether a file on disk is exactly one complete generation (never a mix, never a prefix).
#include "case_file.h"
#include "workspace.h"

#include <QJsonObject>
#include <QStringList>

namespace mph::app::crash_fixture {

inline constexpr auto kCaseName = "alpha.mphcase";
inline constexpr auto kWorkspaceName = "investigation.mphworkspace";
inline constexpr auto kAutosaveFolder = "autosave";

// Large enough that serialising and writing take milliseconds: a kill has room to land inside a save.
inline constexpr int kEvidenceRows = 600;
inline constexpr int kNoteLines = 800;

inline QString generationTag(int generation) {
    return QStringLiteral("generation-%1").arg(generation);
}

// The generation a case was written at (from its tag), or -1.
inline int generationOf(const CaseFile &caseFile) {
    for (const QString &tag : caseFile.tags)
        if (tag.startsWith(QLatin1String("generation-"))) return tag.mid(11).toInt();
    return -1;
}

inline CaseFile caseAt(int generation, const QString &archive = QStringLiteral("/batches/monday/alpha-1.0.tar.gz")) {
    CaseFile c;
    c.name = QStringLiteral("alpha");
    c.version = QStringLiteral("1.0");
    c.archivePath = archive;
    c.archiveSha256 = QStringLiteral("a1");
    c.scriptPath = QStringLiteral("alpha-1.0/setup.py");
    c.scriptSha256 = QStringLiteral("s-alpha");
    c.scope = QStringLiteral("install");
    c.score = 0.5 + generation / 1e6;
    c.rank = generation;
    c.batchName = QStringLiteral("/batches/monday");
    c.verdict = generation % 2 ? Verdict::Malicious : Verdict::Suspicious;
    QStringList lines;
    lines.reserve(kNoteLines);
    for (int i = 0; i < kNoteLines; ++i)
        lines.append(
            QStringLiteral("generation %1, line %2: downloads a payload and runs it ✓").arg(generation).arg(i));
    c.notes = lines.join(QLatin1Char('\n'));
    c.tags = {QStringLiteral("dropper"), generationTag(generation)};
    c.evidence.reserve(kEvidenceRows);
    for (int i = 0; i < kEvidenceRows; ++i)
        c.evidence.append(
            {c.scriptPath, i + 1, i + 1 + generation % 7, QStringLiteral("g%1 row %2").arg(generation).arg(i)});
    c.analyst = QStringLiteral("R. Analyst");
    c.created = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 1, 250), Qt::UTC);
    c.modified = c.created.addSecs(generation);
    return c;
}

inline QString caseKeyOf(const QString &archive = QStringLiteral("/batches/monday/alpha-1.0.tar.gz")) {
    return archive + QStringLiteral("|alpha-1.0/setup.py");
}

// A workspace with three annotated cases; its view records the generation.
inline Workspace workspaceAt(int generation) {
    Workspace w;
    w.inputs.batches = {{"monday", {"/batches/monday"}}};
    w.inputs.background = {"/data/benign"};
    w.inputs.known = {"/data/known"};
    w.inputs.scope = mph::ScopeFilter::Install;
    for (int i = 0; i < 3; ++i)
        w.cases.append(caseAt(generation, QStringLiteral("/batches/monday/pkg-%1.tar.gz").arg(i)));
    w.view = QJsonObject{{QStringLiteral("generation"), generation}, {QStringLiteral("mapZoom"), 1.5}};
    return w;
}

inline int generationOf(const Workspace &workspace) {
    return workspace.view.value(QStringLiteral("generation")).toInt(-1);
}

} // namespace mph::app::crash_fixture
