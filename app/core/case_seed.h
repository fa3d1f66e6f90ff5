#pragma once
// A new case for a ranked script: identity, scores and nearest known neighbours taken from the scan; verdict
// undecided. The one place a case is built from a ranked script (the GUI's case book and the exports use it).
#include "case_file.h"
#include "scan_access.h"

namespace mph::app {

CaseFile seedCase(const ScanResult &scan, std::size_t rankingIndex);

} // namespace mph::app
