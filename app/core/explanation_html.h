#pragma once
// Why a ranked script ranks where it does (design 2.7), as HTML for the explanation pane: the score's parts, the calls
// that are rare in the background and shared with the nearest known script, and the two call sequences aligned.
#include "scan_access.h"

#include <QString>

namespace mph::app {

// `neighbour` picks one of RankedScript::nearestKnown (0 = nearest); out of range: no alignment is shown.
QString explanationHtml(const ScanResult &scan, std::size_t rankingIndex, std::size_t neighbour = 0);

} // namespace mph::app
