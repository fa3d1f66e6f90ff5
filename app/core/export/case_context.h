#pragma once
// What a report or an OSV record says about a case beyond the case file itself: the script's text, its API calls with
// their line numbers, the score's parts and the map position. Taken from the scan the case came from; a case reopened
// without its scan has an empty context and the exports say less.
#include "case_file.h"
#include "case_seed.h" // seedCase(): the case of a ranked script, shared with the GUI
#include "code_sources.h"
#include "ranking/score_formula.h"
#include "script_indicators.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace mph::app {

struct CallSite {
    QString name; // normalised call name, as in the sequence ("os.system", "request.urlopen")
    int line = 0; // 1-based line of the call in its source
    // Empty: the call is in the script. Else the stored path of the file of the package it lives in; for a payload
    // decoded from a literal, the file it was decoded in, with `layer` its depth and `line` a line of its decoded text.
    QString file;
    int layer = 0;
    friend bool operator==(const CallSite &, const CallSite &) = default;
};

// Where a call outside the script lives, for plain text: "pkg-1.0/pkg/_hooks.py:3", "pkg-1.0/setup.py (layer 2):1".
QString callPlace(const CallSite &site);

struct CaseContext {
    QByteArray scriptText; // raw bytes of the script (may be empty when unknown)
    QList<CallSite> calls; // the API-call sequence in order
    // Texts of the files and decoded layers the script runs, by the name evidence gives them (placeName).
    QHash<QString, QByteArray> sourceTexts;
    QStringList rareSharedCalls; // rare in the background and shared with the nearest known script
    double beta = 0, wB = 0.5;   // the score's size weight (design 2.6)
    ScoreFormula formula;        // the formula of the ranking that scored it, numbers plugged in
    ScriptIndicators indicators; // URLs, domains and IPs in its literals and in those of what it runs
    int size = -1;               // number of API calls; -1 when unknown
    std::optional<QPointF> mapPosition;
    bool valid = false; // false: no scan data was found for the case
};

// The context of the ranked script `rankingIndex` of `scan`; `scriptText` is the script's bytes (batch scripts have
// them in the scan; pass them explicitly for scripts re-read by ScriptTextSource).
CaseContext caseContext(const ScanResult &scan, std::size_t rankingIndex, const QByteArray &scriptText);

// The ranking index of the case's script (same archive path and script path), if the scan has it.
std::optional<std::size_t> findRankingIndex(const ScanResult &scan, const CaseFile &caseFile);

} // namespace mph::app
