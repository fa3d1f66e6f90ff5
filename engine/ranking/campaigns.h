#pragma once
// Batch packages that look like one campaign (design 2.9, issue 13): one actor uploads dozens of near-identical
// packages, and the analyst judges them as one group. Plain math over the rows of one matrix of L2-normalised
// vectors (cosine distance d = 1 - dot), as ranking.h; the pipeline feeds it one batch at a time.
//
// Two packages are linked when a script of one and a script of the other
//  - make the same non-empty call sequence, in the same scope (IdenticalCalls);
//  - lie within nearDistance of each other and make about as many calls (nearLengthRatio), in the same scope
//    (NearlyIdenticalCalls): a few calls in the same proportions as a longer script is not the same script, and short
//    generic sequences (`property property classmethod`) linked benign and malicious packages on real data;
//  - have the same known family as their nearest known script, each within familyDistance of it (KnownFamily).
// Links are transitive (union-find): a campaign is a connected group of at least two packages.
//
// Benign template copies are not campaigns: thousands of packages share a cookiecutter `setup.py`, and their
// sequences are identical too. So only scripts that stand apart from the background link: their nearest background
// script is farther than backgroundDistance, and they make at least minCalls calls (a lone `setup()` call is no
// fingerprint). A script near the background never links, whatever else it shares.
#include <Eigen/Core>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace mph {

// From the strongest link to the weakest.
enum class CampaignLink : std::uint8_t { IdenticalCalls, NearlyIdenticalCalls, KnownFamily };
std::string_view campaignLinkName(CampaignLink link); // "identical calls", "nearly identical calls", "known family"

struct CampaignScript {
    std::uint32_t package = 0;     // the caller's package index
    std::uint8_t scope = 0;        // calls link only scripts of one scope
    std::uint32_t row = 0;         // its call sequence's row of the vectors: one row per unique sequence
    std::uint32_t calls = 0;       // how many calls the sequence makes
    double dNearestBackground = 2; // distance to the nearest background script of its scope
    std::int64_t family = -1;      // the caller's id of its nearest known script's family (e.g. project), -1: none
    double dM = 2;                 // distance to that nearest known script
};

// Chosen on two draws of real batches (300-500 benign and 100-150 malicious packages added after 2024-06, against
// 1000-1500 other benign packages and 800-1000 older malicious ones): 9-11 campaigns a draw, none mixed, 2-4 of benign
// packages only (each two versions of one project); 68-75% of the malicious packages grouped, 1-3% of the benign.
// Without the length rule one mixed campaign formed; a fourth minimum call cut the malicious grouped to 7-13%.
struct CampaignOptions {
    double nearDistance = 0.05;       // NearlyIdenticalCalls: at most this far apart,
    double nearLengthRatio = 0.8;     // and the shorter sequence makes at least this fraction of the longer's calls
    double familyDistance = 0.15;     // KnownFamily: each at most this far from its nearest known script
    double backgroundDistance = 0.05; // scripts at most this far from the background never link
    std::uint32_t minCalls = 2;       // scripts making fewer calls never link
};

struct CampaignGroup {
    std::vector<std::uint32_t> packages;              // ascending, at least two
    CampaignLink link = CampaignLink::IdenticalCalls; // the weakest link that joined two of its members
    std::int64_t family = -1; // with a KnownFamily link: the family (the smallest id of those that linked), else -1
};

// Whether a script may link at all (the template rule above).
bool linksCampaigns(const CampaignScript &script, const CampaignOptions &options);

// The campaigns among the scripts' packages, ordered by their smallest package index. Deterministic; the cost is
// one dot product per pair of distinct eligible rows of one scope (blocked matrix products).
std::vector<CampaignGroup> findCampaigns(const Eigen::MatrixXf &vectors, std::span<const CampaignScript> scripts,
                                         const CampaignOptions &options = {});

} // namespace mph
