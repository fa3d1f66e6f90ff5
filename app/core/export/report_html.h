#pragma once
// A case report as HTML (the subset QTextDocument renders, so that the same text makes the PDF): identity, verdict,
// scores with the terms and the formula of the ranking that produced them, place on the map, nearest known neighbour,
// what the code does, its indicators of compromise (URLs, domains, IP addresses), notes, evidence, and the script with
// the evidence lines highlighted, code set in the font of app/core/code_font.h. Every visible string is translated.
#include "case_context.h"

namespace mph::app {

struct ReportOptions {
    int maxScriptLines = 3000; // longer scripts are cut, with a note
    int maxLineChars = 2000;   // longer lines are cut, with a note
};

QString caseReportHtml(const CaseFile &caseFile, const CaseContext &context, const ReportOptions &options = {});

// The background colour of evidence lines, also used by the GUI's legend.
inline constexpr auto kEvidenceColor = "#ffe08a";

} // namespace mph::app
