#include "call_alignment.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace mph::app {

namespace {

std::vector<bool> sharedNames(const std::vector<CallToken> &side, const std::vector<CallToken> &other) {
    std::unordered_set<std::string_view> names;
    for (const CallToken &call : other)
        names.insert(call.name);
    std::vector<bool> shared(side.size());
    for (std::size_t i = 0; i < side.size(); ++i)
        shared[i] = names.contains(side[i].name);
    return shared;
}

std::vector<AlignedPair> align(const std::vector<CallToken> &left, const std::vector<CallToken> &right, int cap) {
    const int n = std::min(static_cast<int>(left.size()), cap);
    const int m = std::min(static_cast<int>(right.size()), cap);
    // lcs[i][j]: LCS length of left[i..n) and right[j..m)
    std::vector<std::vector<int>> lcs(static_cast<std::size_t>(n + 1),
                                      std::vector<int>(static_cast<std::size_t>(m + 1)));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = left[i].name == right[j].name ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<AlignedPair> pairs;
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (left[i].name == right[j].name)
            pairs.push_back({i++, j++});
        else if (lcs[i + 1][j] >= lcs[i][j + 1])
            pairs.push_back({i++, -1});
        else
            pairs.push_back({-1, j++});
    }
    for (; i < static_cast<int>(left.size()); ++i)
        pairs.push_back({i, -1});
    for (; j < static_cast<int>(right.size()); ++j)
        pairs.push_back({-1, j});
    return pairs;
}

std::vector<int> counterparts(const std::vector<CallToken> &side, const std::vector<CallToken> &other,
                              const std::vector<AlignedPair> &pairs, bool sideIsLeft) {
    std::vector<int> partner(side.size(), -1);
    for (const AlignedPair &pair : pairs)
        if (pair.left >= 0 && pair.right >= 0)
            partner[static_cast<std::size_t>(sideIsLeft ? pair.left : pair.right)] =
                sideIsLeft ? pair.right : pair.left;
    std::unordered_map<std::string_view, int> firstByName;
    for (int k = static_cast<int>(other.size()) - 1; k >= 0; --k)
        firstByName[other[static_cast<std::size_t>(k)].name] = k;
    for (std::size_t k = 0; k < side.size(); ++k)
        if (partner[k] < 0)
            if (const auto found = firstByName.find(side[k].name); found != firstByName.end())
                partner[k] = found->second;
    return partner;
}

} // namespace

CallComparison compareCalls(const std::vector<CallToken> &left, const std::vector<CallToken> &right, int maxAligned) {
    CallComparison result;
    result.sharedLeft = sharedNames(left, right);
    result.sharedRight = sharedNames(right, left);
    result.alignment = align(left, right, std::max(0, maxAligned));
    result.counterpartOfLeft = counterparts(left, right, result.alignment, true);
    result.counterpartOfRight = counterparts(right, left, result.alignment, false);
    return result;
}

} // namespace mph::app
