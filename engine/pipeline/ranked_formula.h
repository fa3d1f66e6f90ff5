#pragma once
// The score formula of a ranked script of a scan (ranking/score_formula.h), with the inputs the scan kept: one place
// that decides which formula scored a script, for the explanation pane, the case report and the CLI's table.
#include "pipeline/scan.h"
#include "ranking/score_formula.h"

namespace mph {

inline ScoreFormula scoreFormulaOf(const ScanResult &scan, const RankedScript &ranked) {
    // Scored against the known set only when it was used and had a script to compare with (no known folder, or every
    // known script purified away, scores as without one).
    const bool withKnown = scan.knownDistanceUsed && !ranked.nearestKnown.empty();
    ScoreInputs in;
    in.score = ranked.score;
    in.dB = ranked.dB;
    in.dM = ranked.dM;
    in.wB = ranked.wB;
    in.dNeighbourhood = ranked.dNeighbourhood;
    in.dNearestBackground = ranked.dNearestBackground;
    in.evidence = ranked.evidence;
    in.rarity = ranked.rarity;
    in.capability = ranked.capability;
    if (ranked.entry < scan.scripts.size() && scan.scripts[ranked.entry].unique < scan.sequences.size())
        in.size = scan.sequences[scan.scripts[ranked.entry].unique].size();
    return scoreFormula(scan.rankingMethod, withKnown, in); // the scan ranks with the default weights
}

} // namespace mph
