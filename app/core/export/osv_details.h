#pragma once
// The `details` text of an OSV record, written from a case: the verdict, how the code is triggered, what it does
// (the behaviours its API calls show, with line numbers), the calls it shares with known malware, the evidence lines
// and the analyst's notes. English, as the OpenSSF malicious-packages database expects.
#include "case_context.h"

namespace mph::app {

QString osvDetails(const CaseFile &caseFile, const CaseContext &context);

} // namespace mph::app
