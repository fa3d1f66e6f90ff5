#pragma once
// A campaign's members as the case files and the history see them (issue 13): which ranked scripts belong to it,
// which script stands for each member package, and the `campaign` object its cases carry.
#include "case_file.h"
#include "scan_access.h"

#include <vector>

namespace mph::app {

// Every ranked script of the campaign's packages, in the engine's order. Empty for an unknown campaign.
std::vector<std::size_t> campaignRankingIndices(const ScanResult &scan, int campaign);
// One ranked script per member package, in the campaign's order (best rank first): the package's best-ranked script.
std::vector<std::size_t> campaignMemberScripts(const ScanResult &scan, int campaign);
// The members as a case file lists them. Empty for an unknown campaign.
std::optional<CampaignInfo> campaignInfo(const ScanResult &scan, int campaign);

} // namespace mph::app
