#pragma once
// Why a ranked script ranks where it does (design 2.7), as HTML for the explanation pane: the score's parts, what the
// script runs beyond itself (files of its package, decoded payloads; design 2.8), the calls that are rare in the
// background and shared with the nearest known script, and the two call sequences aligned. Each aligned call links to
// its place in the code view: "call:<index>" for the script's calls, "known-call:<index>" for the neighbour's.
#include "run_history.h"
#include "scan_access.h"

#include <QString>
#include <QStringList>

namespace mph::app {

// What the explanation tells beyond the scan (design 2.9): who judged a remembered known neighbour, and the calls added
// since the project's earlier version.
struct ExplanationExtras {
    const RunHistory *history = nullptr; // the run's history: verdicts of remembered packages
    QString analyst;                     // the current analyst: their own verdicts read "judged malicious by you"
    QString earlierVersion;              // the version the calls were compared with; empty: no comparison
    bool compared = false;               // the earlier version's script was read and analysed
    QStringList callsAdded;              // since earlierVersion (call_changes.h)
    QString earlierProblem;              // why the earlier version could not be compared
};

// `neighbour` picks one of RankedScript::nearestKnown (0 = nearest); out of range: no alignment is shown.
QString explanationHtml(const ScanResult &scan, std::size_t rankingIndex, std::size_t neighbour = 0,
                        const ExplanationExtras &extras = {});

} // namespace mph::app
