#pragma once
// Layout tricks that hide code from a reader (design 2.7): very long lines, payloads pushed off screen by a long run of
// whitespace, non-printing characters and bidirectional controls ("Trojan Source").
#include <QString>

#include <vector>

namespace mph::app {

enum class LayoutIssue { LongLine, HiddenPastWhitespace, ControlCharacter, BidiControl };

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

// At most one marker per (line, issue), in line order.
std::vector<LayoutMarker> findLayoutMarkers(const QString &text, const LayoutLimits &limits = {});
QString layoutIssueDescription(LayoutIssue issue); // translated

} // namespace mph::app
