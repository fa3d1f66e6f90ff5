#pragma once
// Call rarity (beyond the paper; the ranking's signal from calls when there is no known set): how rare a script's
// rarest call is among the background scripts, learned from the background alone. Per call, with add-one smoothing
// over B background scripts:
//   rarity(c) = log((B + 2) / (background scripts with c + 1)) / log(B + 2), in (0, 1]
// 1 for a call no background script makes, near 0 for one that every script makes. A script's rarity is that of its
// rarest call: what an outlier's payload adds is often one unusual call, which a mean over a long copied script would
// drown.
// Capability rarity: the same, over the script's capability calls only (call_behaviour.h), 0 without one. A rare
// call of a benign build (a vendored helper, a CUDA probe) is rare without being dangerous; a rare capability call
// (base64.b64decode, exec, requests.post in an install script) is what an outlier's payload looks like.
#include "ranking/explanation.h"

#include <string>
#include <string_view>
#include <vector>

namespace mph {

double callRarity(const BackgroundFrequency &background, std::string_view call); // 0 with an empty background
double scriptRarity(const BackgroundFrequency &background, const std::vector<std::string> &calls); // 0 when empty
struct RarestCall {
    std::string call; // empty: the script makes no capability call
    double rarity = 0;
};
// The script's rarest capability call (the first of equally rare ones) and its rarity.
RarestCall rarestCapabilityCall(const BackgroundFrequency &background, const std::vector<std::string> &calls);

} // namespace mph
