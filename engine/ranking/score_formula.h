#pragma once
// The score of one script written out (issue 13): the formula of the ranking method that produced it, its terms and
// the numbers plugged in, so that the explanation pane, the case report and the CLI's table all show the formula
// actually used and parts that add up to the printed score. The formulas are scoreCandidates' (ranking.h).
#include "ranking/ranking.h"

#include <string>
#include <vector>

namespace mph {

// The inputs of a score, as the ranking computed them (ScriptScore, RankedScript).
struct ScoreInputs {
    double score = 0, dB = 2, dM = 2, wB = 0.5;
    double dNeighbourhood = 2, dNearestBackground = 2, evidence = 0, rarity = 0, capability = 0;
    std::size_t size = 1; // API calls; 0 scores 0 whatever the method
};

enum class ScoreTermId { DK, DNB, DM, Evidence, Rarity, Capability, DB, WB };

struct ScoreTerm {
    ScoreTermId id = ScoreTermId::DK;
    std::string symbol; // "d_k", "d_nb", "d_m", "evidence", "rarity", "capability", "d_b", "W_b"
    double value = 0;
};

struct ScoreFormula {
    RankingMethod method = RankingMethod::Contrastive;
    bool withKnown = true;        // the known set took part (false: scored without one)
    std::vector<ScoreTerm> terms; // the formula's inputs, in the order the formula names them
    std::string formula; // UTF-8, weights as numbers: "0.2 · d_k/2 + 0.8 · (d_nb − d_m + 2)/4 + 0.08 · evidence + 0.02
                         // · capability"
    std::vector<double> parts; // each summand with the numbers plugged in; they add up to the score
    std::string worked; // "0.2 · 0.9123/2 + 0.8 · (0.4000 − 0.2000 + 2)/4 + 0.05 · 1.2000 = a + b + c = score"
};

// `withKnown`: the known set was used and the script had a known script to compare with
// (ScanResult::knownDistanceUsed and a non-empty RankedScript::nearestKnown). `weights` must be the ones the scan
// ranked with. Numbers in `worked` have four decimals.
ScoreFormula scoreFormula(RankingMethod method, bool withKnown, const ScoreInputs &inputs,
                          const RankingOptions &weights = {});

} // namespace mph
