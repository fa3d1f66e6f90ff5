#pragma once
// Why a script ranks high (design 2.7): the API calls it shares with its nearest known-malicious script that are rare
// among benign scripts, and the two call sequences aligned position by position.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mph {

// Document frequency of each call name in the background: in how many background sequences it occurs at least once.
struct BackgroundFrequency {
    std::size_t documents = 0;
    std::unordered_map<std::string, std::uint32_t> counts;

    // Number of background sequences containing `call`.
    std::uint32_t containing(std::string_view call) const;
    // Fraction of background sequences containing `call`, in [0, 1]; 0 with an empty background.
    double frequency(std::string_view call) const;
};
BackgroundFrequency countBackgroundCalls(const std::vector<std::vector<std::string>> &backgroundSequences);

struct ExplainOptions {
    double rareBelow = 0.01;                   // a call is rare when its document frequency is below this
    std::size_t maxAlignmentCells = 4'000'000; // dynamic-programming cells (2,000 x 2,000); longer pairs are banded
};

struct Explanation {
    // Distinct calls in both sequences with background frequency < rareBelow, rarest first, then by name.
    std::vector<std::string> rareSharedCalls;
    // Global alignment (Needleman-Wunsch: match +1, mismatch -1, gap -1) as (i in script, j in nearest) pairs in
    // order, -1 marking a gap. Mismatched calls are paired (i, j) with different names. Ties prefer a diagonal step,
    // then a gap in `nearest`, then a gap in `script` (read from the end). Common prefixes and suffixes are matched
    // directly; when the rest exceeds maxAlignmentCells, the alignment is restricted to a band along the diagonal
    // (then it is the best alignment within the band, not necessarily the global optimum).
    std::vector<std::pair<int, int>> alignment;
    bool banded = false;
};

Explanation explain(const std::vector<std::string> &script, const std::vector<std::string> &nearestKnown,
                    const BackgroundFrequency &frequency, const ExplainOptions &options = {});

// The alignment alone (see Explanation::alignment).
std::vector<std::pair<int, int>> alignSequences(const std::vector<std::string> &a, const std::vector<std::string> &b,
                                                std::size_t maxCells = 4'000'000, bool *banded = nullptr);

// Dilution helper (design 2.6a, not part of the score): the calls of `script` beyond those of `neighbour` (usually its
// nearest benign script, ScriptScore::nearestBackground), as a multiset difference in the order they occur in
// `script`: a call occurring 3 times in script and once in neighbour is reported twice (its last two occurrences).
std::vector<std::string> addedCalls(const std::vector<std::string> &script, const std::vector<std::string> &neighbour);

} // namespace mph
