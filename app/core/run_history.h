#pragma once
// What the history database (design 2.9) contributed to one run and what it knew of the run's batch packages, as the
// GUI shows it: prior verdicts and first-seen dates in the ranked table, the seen-before filter, the status bar's
// count of new packages, and "judged malicious by you on DATE" beside a remembered nearest known neighbour.
// Built on the run's worker thread (RunController), delivered with the result, read-only afterwards.
#include "history_database.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace mph::app {

struct RunHistory {
    QString path;                 // the history file used; empty: the run used no history
    QString problem;              // why the history could not be opened, read or written (the run itself went on)
    bool feedback = true;         // verdicts taught the run (remembered known/background packages, malicious projects)
    int rememberedKnown = 0;      // packages judged malicious that joined the known set
    int rememberedBackground = 0; // packages judged benign that joined the background
    QStringList feedbackProblems; // judged packages that could not be used (no features, no archive copy)
    // By archive sha256: what the history knew of each batch package before this run was recorded.
    QHash<QString, ArchiveHistory> archives;
    // Verdicts of the remembered packages (by archive sha256), for "judged malicious by you on DATE".
    QHash<QString, VerdictRecord> rememberedVerdicts;
    int batchPackages = 0; // distinct batch archives of the run
    int newPackages = 0;   // of those, never seen by an earlier run
    // By batch archive sha256: the newest earlier version of its project that the history keeps (the version diff).
    QHash<QString, EarlierVersion> earlierVersions;

    const ArchiveHistory *archive(const QString &sha256) const {
        const auto it = archives.constFind(sha256);
        return it == archives.constEnd() ? nullptr : &it.value();
    }
};

using RunHistoryPtr = std::shared_ptr<const RunHistory>;

} // namespace mph::app
