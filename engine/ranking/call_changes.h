#pragma once
// What changed in the calls between two versions of a script (issue 13's version diff): the explanation lists the calls
// a new version adds. Call names are compared as a multiset, so a call made twice where the earlier made it once counts
// as one added.
#include "analysis/call_sequence.h"

#include <string>
#include <vector>

namespace mph {

// Calls of `later` beyond those of `earlier` (multiset difference of call names), in the order `later` makes them.
std::vector<std::string> callsAdded(const CallSequence &earlier, const CallSequence &later);
// Calls of `earlier` that `later` no longer makes (multiset difference), in the order `earlier` made them.
std::vector<std::string> callsRemoved(const CallSequence &earlier, const CallSequence &later);

} // namespace mph
