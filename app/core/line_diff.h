#pragma once
// A line diff for the version diff view (issue 13 item 6): Myers' O(ND) algorithm over lines, after the common prefix
// and suffix are trimmed. Time is bounded: when the edit distance exceeds a budget (two unrelated large files), the
// differing middle is reported as one changed block and the result says it is approximate, rather than stalling.
#include <QByteArray>
#include <QList>

#include <cstdint>
#include <vector>

namespace mph::app {

enum class DiffKind : std::uint8_t { Same, Removed, Added, Changed };

// One row of the side-by-side view: a line of the earlier text (left), of the later text (right), or both.
struct DiffRow {
    int left = -1;  // 0-based line of the earlier text; -1: none (an added line)
    int right = -1; // 0-based line of the later text; -1: none (a removed line)
    DiffKind kind = DiffKind::Same;
    friend bool operator==(const DiffRow &, const DiffRow &) = default;
};

struct LineDiff {
    std::vector<DiffRow> rows; // both texts in order; Changed pairs a removed line with an added one
    int added = 0, removed = 0, changed = 0;
    bool approximate = false; // the edit budget ran out: the middle is one changed block
    bool identical() const { return added == 0 && removed == 0 && changed == 0; }
};

// Lines without their terminators ("\n", "\r\n"); a final line without one counts, an empty text has no lines.
QList<QByteArray> splitLines(const QByteArray &text);

// `maxEdits` bounds Myers' search (time O((N+M)·maxEdits), memory O(maxEdits²)).
LineDiff diffLines(const QList<QByteArray> &earlier, const QList<QByteArray> &later, int maxEdits = 2000);

} // namespace mph::app
