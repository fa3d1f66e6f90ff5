#include "evaluation/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mph::evaluation {

std::vector<std::size_t> rankOrder(const std::vector<RankedItem> &items, TiePolicy ties) {
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (items[a].score != items[b].score) return items[a].score > items[b].score;
        const bool needleA = items[a].needle >= 0, needleB = items[b].needle >= 0;
        if (needleA == needleB) return false;
        return ties == TiePolicy::Optimistic ? needleA : needleB;
    });
    return order;
}

double averagePrecision(const std::vector<RankedItem> &items, TiePolicy ties) {
    const std::vector<std::size_t> order = rankOrder(items, ties);
    std::size_t relevant = 0;
    double sum = 0;
    for (std::size_t r = 0; r < order.size(); ++r) {
        if (items[order[r]].needle < 0) continue;
        ++relevant;
        sum += static_cast<double>(relevant) / static_cast<double>(r + 1);
    }
    return relevant == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / static_cast<double>(relevant);
}

std::vector<std::uint32_t> bestRanks(const std::vector<std::vector<RankedItem>> &lists, std::size_t needleCount,
                                     TiePolicy ties) {
    std::vector<std::uint32_t> best(needleCount, 0);
    for (const std::vector<RankedItem> &list : lists) {
        const std::vector<std::size_t> order = rankOrder(list, ties);
        for (std::size_t r = 0; r < order.size(); ++r) {
            const std::int32_t needle = list[order[r]].needle;
            if (needle < 0 || static_cast<std::size_t>(needle) >= needleCount) continue;
            const auto rank = static_cast<std::uint32_t>(r + 1);
            std::uint32_t &b = best[static_cast<std::size_t>(needle)];
            if (b == 0 || rank < b) b = rank;
        }
    }
    return best;
}

std::size_t foundAt(const std::vector<std::uint32_t> &ranks, std::uint32_t k) {
    return static_cast<std::size_t>(
        std::count_if(ranks.begin(), ranks.end(), [k](std::uint32_t r) { return r >= 1 && r <= k; }));
}

BatchFigures measureBatch(std::string name, const std::vector<RankedItem> &install,
                          const std::vector<RankedItem> &import, std::size_t needleCount, TiePolicy ties) {
    BatchFigures figures;
    figures.batch = std::move(name);
    figures.installScripts = install.size();
    figures.importScripts = import.size();
    figures.needles = needleCount;
    figures.needleRanks = bestRanks({install, import}, needleCount, ties);
    figures.found3 = foundAt(figures.needleRanks, 3);
    figures.found10 = foundAt(figures.needleRanks, 10);
    figures.installRelevant = static_cast<std::size_t>(
        std::count_if(install.begin(), install.end(), [](const RankedItem &item) { return item.needle >= 0; }));
    figures.installAp = averagePrecision(install, ties);
    const std::vector<std::uint32_t> installRanks = bestRanks({install}, needleCount, ties);
    const std::vector<std::uint32_t> importRanks = bestRanks({import}, needleCount, ties);
    for (std::size_t n = 0; n < needleCount; ++n) {
        if (installRanks[n] != 0 || importRanks[n] == 0) continue;
        ++figures.importNeedles;
        figures.importFound10 += importRanks[n] <= 10 ? 1 : 0;
    }
    return figures;
}

OverallFigures summarise(const std::vector<BatchFigures> &batches) {
    OverallFigures all;
    all.batches = batches.size();
    double apSum = 0, r3Sum = 0, r10Sum = 0;
    std::size_t withNeedles = 0;
    for (const BatchFigures &b : batches) {
        all.needles += b.needles;
        all.found3 += b.found3;
        all.found10 += b.found10;
        all.importNeedles += b.importNeedles;
        all.importFound10 += b.importFound10;
        if (b.needles > 0) {
            ++withNeedles;
            r3Sum += static_cast<double>(b.found3) / static_cast<double>(b.needles);
            r10Sum += static_cast<double>(b.found10) / static_cast<double>(b.needles);
        }
        if (!std::isnan(b.installAp)) {
            ++all.apBatches;
            apSum += b.installAp;
        }
    }
    const auto ratio = [](double a, std::size_t n) { return n ? a / static_cast<double>(n) : 0.0; };
    all.recall3 = ratio(static_cast<double>(all.found3), all.needles);
    all.recall10 = ratio(static_cast<double>(all.found10), all.needles);
    all.importRecall10 = ratio(static_cast<double>(all.importFound10), all.importNeedles);
    all.batchRecall3 = ratio(r3Sum, withNeedles);
    all.batchRecall10 = ratio(r10Sum, withNeedles);
    all.meanAp = all.apBatches ? apSum / static_cast<double>(all.apBatches) : std::numeric_limits<double>::quiet_NaN();
    return all;
}

} // namespace mph::evaluation
