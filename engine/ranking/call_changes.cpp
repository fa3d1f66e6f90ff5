#include "ranking/call_changes.h"

#include <unordered_map>

namespace mph {
namespace {

// The calls of `from` left after each call of `minus` cancels one call of the same name, in `from`'s order.
std::vector<std::string> multisetDifference(const CallSequence &from, const CallSequence &minus) {
    std::unordered_map<std::string, std::size_t> available;
    for (const CallToken &call : minus.calls)
        ++available[call.name];
    std::vector<std::string> left;
    for (const CallToken &call : from.calls) {
        const auto it = available.find(call.name);
        if (it != available.end() && it->second > 0) {
            --it->second;
            continue;
        }
        left.push_back(call.name);
    }
    return left;
}

} // namespace

std::vector<std::string> callsAdded(const CallSequence &earlier, const CallSequence &later) {
    return multisetDifference(later, earlier);
}

std::vector<std::string> callsRemoved(const CallSequence &earlier, const CallSequence &later) {
    return multisetDifference(earlier, later);
}

} // namespace mph
