#pragma once
// From a scan's ranking to the plain lists the metrics read: per batch, the install list and the import list, each
// script with a score (the pipeline's, or another method's such as Bandit's) and the needle it belongs to.
#include "evaluation/metrics.h"
#include "pipeline/scan.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mph::evaluation {

struct BatchLists {
    std::vector<RankedItem> install, import;
    std::vector<std::uint32_t> installRows, importRows; // parallel: index into ScanResult::ranking
};

// Needle of each archive, per batch: needles[b] maps a package source (absolute, lexically normal path) to the
// needle's index within batch b.
using NeedleIndex = std::vector<std::unordered_map<std::string, std::int32_t>>;

std::string normalSource(const std::string &source);

// One BatchLists per batch of the result; `score` gives each ranked script's score for the method measured.
std::vector<BatchLists> batchLists(const ScanResult &result, const NeedleIndex &needles,
                                   const std::function<double(const RankedScript &)> &score);

} // namespace mph::evaluation
