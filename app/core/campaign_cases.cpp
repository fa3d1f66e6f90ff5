#include "campaign_cases.h"

#include <limits>

namespace mph::app {

std::vector<std::size_t> campaignRankingIndices(const ScanResult &scan, int campaign) {
    std::vector<std::size_t> indices;
    if (!scan.campaignOf(campaign)) return indices;
    for (std::size_t i = 0; i < scan.ranking.size(); ++i)
        if (scan.ranking[i].campaign == campaign) indices.push_back(i);
    return indices;
}

std::vector<std::size_t> campaignMemberScripts(const ScanResult &scan, int campaign) {
    std::vector<std::size_t> scripts;
    const Campaign *members = scan.campaignOf(campaign);
    if (!members) return scripts;
    const std::vector<std::size_t> rows = campaignRankingIndices(scan, campaign);
    for (const std::uint32_t package : members->packages) {
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (std::size_t row : rows)
            if (scan.scripts[scan.ranking[row].entry].package == package &&
                (best == std::numeric_limits<std::size_t>::max() || scan.ranking[row].rank < scan.ranking[best].rank))
                best = row;
        if (best != std::numeric_limits<std::size_t>::max()) scripts.push_back(best);
    }
    return scripts;
}

std::optional<CampaignInfo> campaignInfo(const ScanResult &scan, int campaign) {
    const Campaign *found = scan.campaignOf(campaign);
    if (!found) return std::nullopt;
    const Campaign &c = *found;
    CampaignInfo info;
    info.link = QString::fromLatin1(campaignLinkName(c.link));
    info.family = fromBytes(c.family);
    for (std::size_t row : campaignMemberScripts(scan, campaign)) {
        const RankedScript &ranked = scan.ranking[row];
        const Package &package = packageOfEntry(scan, ranked.entry);
        info.members.append({fromBytes(package.name), fromBytes(package.version),
                             QString::fromLatin1(package.sha256.c_str()),
                             fromBytes(scriptOfEntry(scan, ranked.entry).path), static_cast<int>(ranked.rank)});
    }
    return info;
}

} // namespace mph::app
