#pragma once
// Compares two API-call sequences for the side-by-side view and the explanation: which calls of each side also occur
// on the other (by name), and a global alignment (longest common subsequence) pairing calls in order.
#include "analysis/call_sequence.h"

#include <vector>

namespace mph::app {

struct AlignedPair {
    int left = -1;  // index into the left sequence, -1 for a gap
    int right = -1; // index into the right sequence, -1 for a gap
    friend bool operator==(const AlignedPair &, const AlignedPair &) = default;
};

struct CallComparison {
    std::vector<bool> sharedLeft, sharedRight;              // per call: its name occurs on the other side
    std::vector<AlignedPair> alignment;                     // in order; matched pairs have equal names
    std::vector<int> counterpartOfLeft, counterpartOfRight; // aligned partner, else first same-name call, else -1
};

// Sequences longer than `maxAligned` calls are aligned on their first `maxAligned` calls only (the rest are gaps).
CallComparison compareCalls(const std::vector<CallToken> &left, const std::vector<CallToken> &right,
                            int maxAligned = 2000);

} // namespace mph::app
