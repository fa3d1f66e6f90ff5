#pragma once
// Layout tricks that hide code from a reader (design 2.7): very long lines, payloads pushed off screen by a long run of
// whitespace, non-printing characters and bidirectional controls ("Trojan Source"), and identifiers written to be
// misread (issue 13).
#include <QString>

#include <vector>

namespace mph::app {

// ConfusableIdentifier: a Python identifier (outside strings and comments; numbers are not identifiers) made only of
// the look-alike characters O 0 l 1 I (and underscores) that mixes O with 0 or two of l, 1 and I, as obfuscators
// name things: `O0O0OO`, `l1lI1l`, `IIlIll`, `_0O`. Ordinary names that merely contain such letters (`fileInfo`,
// `level1`) are not marked.
enum class LayoutIssue { LongLine, HiddenPastWhitespace, ControlCharacter, BidiControl, ConfusableIdentifier };

struct LayoutMarker {
    int line = 0;   // 0-based
    int column = 0; // 0-based, in characters, where the issue starts
    LayoutIssue issue = LayoutIssue::LongLine;
    friend bool operator==(const LayoutMarker &, const LayoutMarker &) = default;
};

struct LayoutLimits {
    int longLine = 200;        // a line longer than this many characters
    int offScreenColumn = 120; // text starting past this column...
    int whitespaceRun = 40;    // ...after at least this many consecutive blanks
};

// At most one marker per (line, issue), in line order; the marker of a confusable identifier is at its first one.
std::vector<LayoutMarker> findLayoutMarkers(const QString &text, const LayoutLimits &limits = {});
QString layoutIssueDescription(LayoutIssue issue); // translated
// True for an identifier that ConfusableIdentifier marks (the rule above).
bool isConfusableIdentifier(QStringView identifier);

} // namespace mph::app
