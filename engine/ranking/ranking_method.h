#pragma once
// Which score formula ranks a batch (engine/ranking/ranking.h says what each one computes). Kept apart from ranking.h
// so that option structs (ScanOptions) can name it without pulling in Eigen.
#include <string_view>

namespace mph {

// Paper: design 2.6 literally (known set as given, every zero distance skipped in d_b).
// Purified: the paper's score with the fixes of 2.6a (known set purified against the background, only the script
//   itself skipped in d_b).
// Contrastive (the default, chosen by measurement): on the purified known set, how much closer a script is to known
//   malware than to its nearest benign script, how far it is from its benign neighbourhood, and its call evidence.
enum class RankingMethod { Paper, Purified, Contrastive };
std::string_view rankingMethodName(RankingMethod method); // "paper", "purified", "contrastive"
bool parseRankingMethod(std::string_view name, RankingMethod &method);

} // namespace mph
