#pragma once
// Why a ranked script ranks where it does (design 2.7), as HTML for the explanation pane: the score's parts, what the
// script runs beyond itself (files of its package, decoded payloads; design 2.8), the calls that are rare in the
// background and shared with the nearest known script, and the two call sequences aligned. Each aligned call links to
// its place in the code view: "call:<index>" for the script's calls, "known-call:<index>" for the neighbour's.
#include "scan_access.h"

#include <QString>

namespace mph::app {

// `neighbour` picks one of RankedScript::nearestKnown (0 = nearest); out of range: no alignment is shown.
QString explanationHtml(const ScanResult &scan, std::size_t rankingIndex, std::size_t neighbour = 0);

} // namespace mph::app
