#include "ranking/explanation.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace mph {

std::uint32_t BackgroundFrequency::containing(std::string_view call) const {
    const auto it = counts.find(std::string(call));
    return it == counts.end() ? 0 : it->second;
}

double BackgroundFrequency::frequency(std::string_view call) const {
    return documents == 0 ? 0.0 : static_cast<double>(containing(call)) / static_cast<double>(documents);
}

BackgroundFrequency countBackgroundCalls(const std::vector<std::vector<std::string>> &backgroundSequences) {
    BackgroundFrequency frequency;
    frequency.documents = backgroundSequences.size();
    std::unordered_set<std::string_view> seen;
    for (const auto &sequence : backgroundSequences) {
        seen.clear();
        for (const std::string &call : sequence)
            if (seen.insert(call).second) ++frequency.counts[call];
    }
    return frequency;
}

namespace {

enum Step : unsigned char { Diagonal, GapInB, GapInA }; // GapInB: a[i] against a gap; GapInA: b[j] against a gap

// Needleman-Wunsch between a[0, n) and b[0, m) restricted to a band: row i (0..n) holds columns [lo(i), hi(i)].
// Rows are the longer sequence, so the band's centre moves at most one column per row and w >= 1 keeps it connected.
// `preferGapInB` decides the second tie preference.
std::vector<std::pair<int, int>> bandedAlign(const std::vector<std::string> &a, const std::vector<std::string> &b,
                                             std::size_t halfWidth, bool preferGapInB) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> lo(n + 1), hi(n + 1), offset(n + 2, 0);
    for (std::size_t i = 0; i <= n; ++i) {
        const std::size_t centre = n == 0 ? 0 : (i * m + n / 2) / n;
        lo[i] = centre > halfWidth ? centre - halfWidth : 0;
        hi[i] = std::min(m, centre + halfWidth);
        offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
    }
    constexpr int kNone = std::numeric_limits<int>::min() / 2;
    std::vector<unsigned char> step(offset[n + 1]);
    std::vector<int> previous, current;
    for (std::size_t i = 0; i <= n; ++i) {
        current.assign(hi[i] - lo[i] + 1, kNone);
        const auto above = [&](std::size_t j) { // score of (i - 1, j), kNone outside the band
            return j >= lo[i - 1] && j <= hi[i - 1] ? previous[j - lo[i - 1]] : kNone;
        };
        for (std::size_t j = lo[i]; j <= hi[i]; ++j) {
            int best = kNone;
            unsigned char how = Diagonal;
            if (i == 0 && j == 0) {
                best = 0;
            } else {
                const int diagonal =
                    i > 0 && j > 0 && above(j - 1) != kNone ? above(j - 1) + (a[i - 1] == b[j - 1] ? 1 : -1) : kNone;
                const int up = i > 0 && above(j) != kNone ? above(j) - 1 : kNone; // a[i-1] against a gap
                const int left = j > lo[i] ? current[j - 1 - lo[i]] - 1 : kNone;  // b[j-1] against a gap
                const int first = preferGapInB ? up : left, second = preferGapInB ? left : up;
                const Step firstStep = preferGapInB ? GapInB : GapInA, secondStep = preferGapInB ? GapInA : GapInB;
                best = diagonal;
                how = Diagonal;
                if (first > best) best = first, how = firstStep;
                if (second > best) best = second, how = secondStep;
            }
            current[j - lo[i]] = best;
            step[offset[i] + (j - lo[i])] = how;
        }
        previous.swap(current);
    }
    std::vector<std::pair<int, int>> path;
    std::size_t i = n, j = m;
    while (i > 0 || j > 0) {
        const unsigned char how = step[offset[i] + (j - lo[i])];
        if (how == Diagonal) {
            path.emplace_back(static_cast<int>(--i), static_cast<int>(--j));
        } else if (how == GapInB) {
            path.emplace_back(static_cast<int>(--i), -1);
        } else {
            path.emplace_back(-1, static_cast<int>(--j));
        }
    }
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

std::vector<std::pair<int, int>> alignSequences(const std::vector<std::string> &a, const std::vector<std::string> &b,
                                                std::size_t maxCells, bool *banded) {
    if (banded) *banded = false;
    // Matching a common prefix and suffix directly is optimal and keeps the table small.
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::vector<std::string> midA(a.begin() + static_cast<std::ptrdiff_t>(prefix),
                                        a.end() - static_cast<std::ptrdiff_t>(suffix));
    const std::vector<std::string> midB(b.begin() + static_cast<std::ptrdiff_t>(prefix),
                                        b.end() - static_cast<std::ptrdiff_t>(suffix));

    // Rows are the longer side; the tie preference "gap in b first" follows the swap.
    const bool swapped = midB.size() > midA.size();
    const std::vector<std::string> &rows = swapped ? midB : midA;
    const std::vector<std::string> &cols = swapped ? midA : midB;
    const std::size_t full = (rows.size() + 1) * (cols.size() + 1);
    std::size_t halfWidth = cols.size();
    if (full > maxCells) {
        const std::size_t perRow = maxCells / (rows.size() + 1);
        halfWidth = std::max<std::size_t>(1, perRow > 1 ? (perRow - 1) / 2 : 1);
        if (banded) *banded = halfWidth < cols.size();
    }
    std::vector<std::pair<int, int>> middle = bandedAlign(rows, cols, halfWidth, !swapped);

    std::vector<std::pair<int, int>> path;
    path.reserve(prefix + middle.size() + suffix);
    for (std::size_t k = 0; k < prefix; ++k)
        path.emplace_back(static_cast<int>(k), static_cast<int>(k));
    const auto shift = [prefix](int index) { return index < 0 ? -1 : index + static_cast<int>(prefix); };
    for (auto [r, c] : middle) {
        if (swapped) std::swap(r, c);
        path.emplace_back(shift(r), shift(c));
    }
    for (std::size_t k = suffix; k > 0; --k)
        path.emplace_back(static_cast<int>(a.size() - k), static_cast<int>(b.size() - k));
    return path;
}

Explanation explain(const std::vector<std::string> &script, const std::vector<std::string> &nearestKnown,
                    const BackgroundFrequency &frequency, const ExplainOptions &options) {
    Explanation explanation;
    const std::unordered_set<std::string_view> inKnown(nearestKnown.begin(), nearestKnown.end());
    std::unordered_set<std::string_view> taken;
    std::vector<std::pair<double, std::string>> rare;
    for (const std::string &call : script) {
        if (!inKnown.count(call) || !taken.insert(call).second) continue;
        const double f = frequency.frequency(call);
        if (f < options.rareBelow) rare.emplace_back(f, call);
    }
    std::sort(rare.begin(), rare.end());
    for (auto &[f, call] : rare)
        explanation.rareSharedCalls.push_back(std::move(call));
    explanation.alignment = alignSequences(script, nearestKnown, options.maxAlignmentCells, &explanation.banded);
    return explanation;
}

std::vector<std::string> addedCalls(const std::vector<std::string> &script, const std::vector<std::string> &neighbour) {
    std::unordered_map<std::string_view, std::size_t> available;
    for (const std::string &call : neighbour)
        ++available[call];
    std::vector<std::string> added;
    for (const std::string &call : script) {
        auto it = available.find(call);
        if (it != available.end() && it->second > 0) {
            --it->second;
        } else {
            added.push_back(call);
        }
    }
    return added;
}

} // namespace mph
