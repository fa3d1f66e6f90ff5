#include "ranking/call_rarity.h"

#include "ranking/call_behaviour.h"

#include <algorithm>
#include <cmath>

namespace mph {

double callRarity(const BackgroundFrequency &background, std::string_view call) {
    if (background.documents == 0) return 0;
    const double scripts = static_cast<double>(background.documents) + 2;
    return std::log(scripts / (static_cast<double>(background.containing(call)) + 1)) / std::log(scripts);
}

double scriptRarity(const BackgroundFrequency &background, const std::vector<std::string> &calls) {
    double rarest = 0;
    for (const std::string &call : calls)
        rarest = std::max(rarest, callRarity(background, call));
    return rarest;
}

RarestCall rarestCapabilityCall(const BackgroundFrequency &background, const std::vector<std::string> &calls) {
    RarestCall rarest;
    for (const std::string &call : calls) {
        if (!isCapabilityCall(call)) continue;
        const double rarity = callRarity(background, call);
        if (rarest.call.empty() || rarity > rarest.rarity) rarest = {call, rarity};
    }
    return rarest;
}

} // namespace mph
