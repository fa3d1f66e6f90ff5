#include "line_diff.h"

#include <QHash>

#include <algorithm>

namespace mph::app {

namespace {

enum class Op : std::uint8_t { Same, Delete, Insert };

// Myers' greedy forward search over a[0..n) and b[0..m) (ids of lines). Returns false when the edit distance exceeds
// maxEdits. Each d keeps its slice of V (k in [-d, d]) for the backtrack.
bool myers(const std::vector<int> &a, const std::vector<int> &b, int maxEdits, std::vector<Op> &ops) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    const int limit = std::min(n + m, maxEdits);
    std::vector<int> v(2 * static_cast<std::size_t>(limit) + 3, 0);
    const int offset = limit + 1;
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) found = d;
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    if (found < 0) return false;

    int x = n, y = m;
    std::vector<Op> reversed;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &previous = trace[static_cast<std::size_t>(d - 1)];
        const auto at = [&](int k) { return previous[static_cast<std::size_t>(k + d - 1)]; };
        const int k = x - y;
        const int previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int previousX = at(previousK), previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            reversed.push_back(Op::Same);
            --x;
            --y;
        }
        reversed.push_back(x == previousX ? Op::Insert : Op::Delete);
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        reversed.push_back(Op::Same);
        --x;
        --y;
    }
    ops.assign(reversed.rbegin(), reversed.rend());
    return true;
}

// Rows for one run of deletions and insertions: paired as changed lines, the rest removed or added.
void flushHunk(LineDiff &diff, std::vector<int> &removed, std::vector<int> &added) {
    const std::size_t pairs = std::min(removed.size(), added.size());
    for (std::size_t i = 0; i < std::max(removed.size(), added.size()); ++i) {
        if (i < pairs) {
            diff.rows.push_back({removed[i], added[i], DiffKind::Changed});
            ++diff.changed;
        } else if (i < removed.size()) {
            diff.rows.push_back({removed[i], -1, DiffKind::Removed});
            ++diff.removed;
        } else {
            diff.rows.push_back({-1, added[i], DiffKind::Added});
            ++diff.added;
        }
    }
    removed.clear();
    added.clear();
}

} // namespace

QList<QByteArray> splitLines(const QByteArray &text) {
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const bool last = end < 0;
        if (last) end = text.size();
        qsizetype stop = end;
        if (stop > start && text[stop - 1] == '\r') --stop;
        lines.append(text.mid(start, stop - start));
        start = end + 1;
    }
    return lines;
}

LineDiff diffLines(const QList<QByteArray> &earlier, const QList<QByteArray> &later, int maxEdits) {
    LineDiff diff;
    const int n = static_cast<int>(earlier.size()), m = static_cast<int>(later.size());
    int prefix = 0;
    while (prefix < n && prefix < m && earlier[prefix] == later[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && earlier[n - 1 - suffix] == later[m - 1 - suffix])
        ++suffix;

    QHash<QByteArray, int> ids;
    // Lines as small ids (Myers compares them many times); equal lines share one id.
    const auto idsOf = [&ids](const QList<QByteArray> &lines, int from, int to) {
        std::vector<int> out;
        out.reserve(static_cast<std::size_t>(std::max(0, to - from)));
        for (int i = from; i < to; ++i) {
            auto it = ids.constFind(lines[i]);
            if (it == ids.constEnd()) it = ids.insert(lines[i], static_cast<int>(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> a = idsOf(earlier, prefix, n - suffix);
    const std::vector<int> b = idsOf(later, prefix, m - suffix);

    for (int i = 0; i < prefix; ++i)
        diff.rows.push_back({i, i, DiffKind::Same});
    std::vector<Op> ops;
    std::vector<int> removed, added;
    if (myers(a, b, std::max(0, maxEdits), ops)) {
        int x = prefix, y = prefix;
        for (const Op op : ops) {
            if (op == Op::Same) {
                flushHunk(diff, removed, added);
                diff.rows.push_back({x++, y++, DiffKind::Same});
            } else if (op == Op::Delete) {
                removed.push_back(x++);
            } else {
                added.push_back(y++);
            }
        }
    } else {
        diff.approximate = true;
        for (int x = prefix; x < n - suffix; ++x)
            removed.push_back(x);
        for (int y = prefix; y < m - suffix; ++y)
            added.push_back(y);
    }
    flushHunk(diff, removed, added);
    for (int i = 0; i < suffix; ++i)
        diff.rows.push_back({n - suffix + i, m - suffix + i, DiffKind::Same});
    return diff;
}

} // namespace mph::app
