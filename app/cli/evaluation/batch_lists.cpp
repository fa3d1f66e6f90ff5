#include "evaluation/batch_lists.h"

#include <filesystem>

namespace mph::evaluation {

std::string normalSource(const std::string &source) {
    return std::filesystem::absolute(std::filesystem::path(source)).lexically_normal().string();
}

std::vector<BatchLists> batchLists(const ScanResult &result, const NeedleIndex &needles,
                                   const std::function<double(const RankedScript &)> &score) {
    std::vector<BatchLists> lists(result.batchNames.size());
    std::vector<std::int32_t> needleOfPackage(result.packages.size(), -1);
    for (std::size_t p = 0; p < result.packages.size(); ++p) {
        const std::int32_t batch = result.packageBatch[p];
        if (result.packageRoles[p] != Role::Batch || batch < 0 || static_cast<std::size_t>(batch) >= needles.size())
            continue;
        const auto &index = needles[static_cast<std::size_t>(batch)];
        const auto it = index.find(normalSource(result.packages[p].source));
        if (it != index.end()) needleOfPackage[p] = it->second;
    }
    for (std::uint32_t i = 0; i < result.ranking.size(); ++i) {
        const RankedScript &r = result.ranking[i];
        if (r.batch >= lists.size()) continue;
        const ScriptEntry &entry = result.scripts[r.entry];
        BatchLists &b = lists[r.batch];
        const RankedItem item{score(r), needleOfPackage[entry.package]};
        if (entry.scope == Scope::Install) {
            b.install.push_back(item);
            b.installRows.push_back(i);
        } else {
            b.import.push_back(item);
            b.importRows.push_back(i);
        }
    }
    return lists;
}

} // namespace mph::evaluation
