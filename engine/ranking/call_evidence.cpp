#include "ranking/call_evidence.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace mph {
namespace {

using DocumentCounts = std::unordered_map<std::string, std::uint32_t>;

std::vector<const std::string *> distinctCalls(const std::vector<std::string> &calls) {
    std::vector<const std::string *> distinct;
    distinct.reserve(calls.size());
    for (const std::string &call : calls)
        distinct.push_back(&call);
    std::sort(distinct.begin(), distinct.end(), [](auto *a, auto *b) { return *a < *b; });
    distinct.erase(std::unique(distinct.begin(), distinct.end(), [](auto *a, auto *b) { return *a == *b; }),
                   distinct.end());
    return distinct;
}

DocumentCounts countDistinct(const std::vector<std::vector<std::string>> &scripts) {
    DocumentCounts counts;
    for (const std::vector<std::string> &calls : scripts)
        for (const std::string *call : distinctCalls(calls))
            ++counts[*call];
    return counts;
}

} // namespace

CallEvidence::CallEvidence(const std::vector<std::vector<std::string>> &knownScripts,
                           const std::vector<std::vector<std::string>> &backgroundScripts) {
    if (knownScripts.empty()) return;
    const DocumentCounts known = countDistinct(knownScripts);
    const DocumentCounts background = countDistinct(backgroundScripts);
    const double knownTotal = static_cast<double>(knownScripts.size()) + 2;
    const double backgroundTotal = static_cast<double>(backgroundScripts.size()) + 2;
    const auto ratio = [&](double inKnown, double inBackground) {
        return std::log((inKnown + 1) / knownTotal) - std::log((inBackground + 1) / backgroundTotal);
    };
    const auto countIn = [](const DocumentCounts &counts, const std::string &call) {
        const auto it = counts.find(call);
        return it == counts.end() ? 0.0 : static_cast<double>(it->second);
    };
    for (const auto &[call, count] : known)
        logRatio_[call] = ratio(count, countIn(background, call));
    for (const auto &[call, count] : background)
        if (!known.count(call)) logRatio_[call] = ratio(0, count);
    unseenLogRatio_ = ratio(0, 0);
}

double CallEvidence::logRatio(const std::string &call) const {
    const auto it = logRatio_.find(call);
    return it == logRatio_.end() ? unseenLogRatio_ : it->second;
}

double CallEvidence::scriptEvidence(const std::vector<std::string> &calls) const {
    if (empty() || calls.empty()) return 0;
    const std::vector<const std::string *> distinct = distinctCalls(calls);
    double sum = 0;
    double peak = 0;
    for (const std::string *call : distinct) {
        const double ratio = logRatio(*call);
        sum += ratio;
        peak = std::max(peak, ratio);
    }
    return sum / static_cast<double>(distinct.size()) + kPeakShare * peak;
}

} // namespace mph
