#include "ranking/campaigns.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace mph {

std::string_view campaignLinkName(CampaignLink link) {
    switch (link) {
    case CampaignLink::IdenticalCalls:
        return "identical calls";
    case CampaignLink::NearlyIdenticalCalls:
        return "nearly identical calls";
    case CampaignLink::KnownFamily:
        return "known family";
    }
    return "?";
}

bool linksCampaigns(const CampaignScript &script, const CampaignOptions &options) {
    return script.calls >= options.minCalls && script.dNearestBackground > options.backgroundDistance;
}

namespace {

// Over dense package ids. Links are applied from the strongest kind to the weakest, so the kind recorded when two
// groups first meet is the strongest chain between them, and a group's weakest merge is its link.
class PackageUnion {
  public:
    explicit PackageUnion(std::size_t size) : parent_(size), weakest_(size, -1), family_(size, -1) {
        std::iota(parent_.begin(), parent_.end(), std::size_t(0));
    }
    std::size_t find(std::size_t x) {
        while (parent_[x] != x)
            x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b, CampaignLink link, std::int64_t family = -1) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (b < a) std::swap(a, b); // the smaller id is the root: deterministic
        parent_[b] = a;
        weakest_[a] = std::max({weakest_[a], weakest_[b], static_cast<int>(link)});
        for (const std::int64_t f : {family_[b], family})
            if (f >= 0 && (family_[a] < 0 || f < family_[a])) family_[a] = f;
    }
    int weakest(std::size_t root) const { return weakest_[root]; }
    std::int64_t family(std::size_t root) const { return family_[root]; }

  private:
    std::vector<std::size_t> parent_;
    std::vector<int> weakest_; // -1: never merged
    std::vector<std::int64_t> family_;
};

} // namespace

std::vector<CampaignGroup> findCampaigns(const Eigen::MatrixXf &vectors, std::span<const CampaignScript> scripts,
                                         const CampaignOptions &options) {
    // Dense ids for the packages, in ascending package order.
    std::vector<std::uint32_t> packages;
    for (const CampaignScript &script : scripts)
        packages.push_back(script.package);
    std::sort(packages.begin(), packages.end());
    packages.erase(std::unique(packages.begin(), packages.end()), packages.end());
    const auto idOf = [&](std::uint32_t package) {
        return static_cast<std::size_t>(std::lower_bound(packages.begin(), packages.end(), package) - packages.begin());
    };
    PackageUnion groups(packages.size());

    // Per scope, each eligible row with the first package making it (the others join that one: identical calls).
    std::map<std::uint8_t, std::map<std::uint32_t, std::size_t>> firstPackageOfRow;
    std::map<std::uint32_t, std::uint32_t> callsOfRow;
    for (const CampaignScript &script : scripts) {
        if (!linksCampaigns(script, options) || script.row >= vectors.rows()) continue;
        callsOfRow[script.row] = script.calls;
        const auto [it, inserted] = firstPackageOfRow[script.scope].try_emplace(script.row, idOf(script.package));
        if (!inserted) groups.unite(it->second, idOf(script.package), CampaignLink::IdenticalCalls);
    }

    // Nearly identical: every pair of distinct eligible rows of one scope, a block of rows at a time.
    constexpr Eigen::Index kBlock = 512;
    for (const auto &[scope, rowsMap] : firstPackageOfRow) {
        std::vector<std::uint32_t> rows, calls;
        std::vector<std::size_t> owner;
        for (const auto &[row, id] : rowsMap) {
            rows.push_back(row);
            calls.push_back(callsOfRow[row]);
            owner.push_back(id);
        }
        const auto similarLength = [&](std::size_t a, std::size_t b) {
            const auto [shorter, longer] = std::minmax(calls[a], calls[b]);
            return static_cast<double>(shorter) >= options.nearLengthRatio * static_cast<double>(longer);
        };
        const auto n = static_cast<Eigen::Index>(rows.size());
        if (n < 2) continue;
        Eigen::MatrixXf subset(n, vectors.cols());
        for (Eigen::Index i = 0; i < n; ++i)
            subset.row(i) = vectors.row(rows[static_cast<std::size_t>(i)]);
        const float minDot = static_cast<float>(1.0 - options.nearDistance);
        for (Eigen::Index start = 0; start < n; start += kBlock) {
            const Eigen::Index size = std::min(kBlock, n - start);
            const Eigen::MatrixXf dots = subset.middleRows(start, size) * subset.transpose();
            for (Eigen::Index i = 0; i < size; ++i)
                for (Eigen::Index j = start + i + 1; j < n; ++j) {
                    const auto a = static_cast<std::size_t>(start + i), b = static_cast<std::size_t>(j);
                    if (dots(i, j) >= minDot && similarLength(a, b))
                        groups.unite(owner[a], owner[b], CampaignLink::NearlyIdenticalCalls);
                }
        }
    }

    // Known family: the same family nearest, each close to it.
    std::map<std::int64_t, std::size_t> firstPackageOfFamily;
    for (const CampaignScript &script : scripts) {
        if (!linksCampaigns(script, options) || script.family < 0 || script.dM > options.familyDistance) continue;
        const auto [it, inserted] = firstPackageOfFamily.try_emplace(script.family, idOf(script.package));
        if (!inserted) groups.unite(it->second, idOf(script.package), CampaignLink::KnownFamily, script.family);
    }

    std::map<std::size_t, CampaignGroup> byRoot;
    for (std::size_t id = 0; id < packages.size(); ++id)
        byRoot[groups.find(id)].packages.push_back(packages[id]);
    std::vector<CampaignGroup> campaigns;
    for (auto &[root, group] : byRoot) {
        if (group.packages.size() < 2) continue;
        group.link = static_cast<CampaignLink>(groups.weakest(root));
        group.family = group.link == CampaignLink::KnownFamily ? groups.family(root) : -1;
        campaigns.push_back(std::move(group));
    }
    return campaigns; // roots are the smallest ids, so the map's order is by smallest package
}

} // namespace mph
