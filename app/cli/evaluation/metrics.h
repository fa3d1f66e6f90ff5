#pragma once
// Detection metrics of design section 6, on plain rankings: package-level recall@K over the install and import lists
// of a batch, and average precision of one list. Ranks come from scores alone; how equal scores are ordered is a
// policy, so that a method with many ties (Bandit's zero-finding scripts) cannot gain from an accident of the input
// order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mph::evaluation {

// One script in one ranked list of a batch.
struct RankedItem {
    double score = 0;         // higher first
    std::int32_t needle = -1; // index of the malicious package it belongs to within the batch, -1: benign
};

// Pessimistic: among equal scores, benign scripts come first (a needle is found only when it beats every tie).
// Optimistic: needles first. Stable otherwise (input order among equals of the same kind).
enum class TiePolicy { Pessimistic, Optimistic };

// Positions (0-based) of the items in ranked order: result[r] is the index of the item at rank r + 1.
std::vector<std::size_t> rankOrder(const std::vector<RankedItem> &items, TiePolicy ties);

// Average precision: the mean, over the needle items of the list, of precision at each one's rank. NaN when the
// list holds no needle item (undefined, left out of means).
double averagePrecision(const std::vector<RankedItem> &items, TiePolicy ties);

// Best (smallest, 1-based) rank of each needle over several lists of the same batch; 0 when a needle has no script
// in any list. `needleCount` needles are indexed 0..needleCount-1.
std::vector<std::uint32_t> bestRanks(const std::vector<std::vector<RankedItem>> &lists, std::size_t needleCount,
                                     TiePolicy ties);

// How many needles have a best rank in 1..k.
std::size_t foundAt(const std::vector<std::uint32_t> &bestRanks, std::uint32_t k);

// One batch's figures for one method.
struct BatchFigures {
    std::string batch;
    std::size_t installScripts = 0, importScripts = 0;
    std::size_t needles = 0;
    std::size_t found3 = 0, found10 = 0;
    std::size_t installRelevant = 0;        // needle items in the install list
    double installAp = 0;                   // NaN when installRelevant == 0
    std::vector<std::uint32_t> needleRanks; // best rank of each needle (0: no script)
    // The import list on its own, for the needles only it can find (an import-scope script, no install script):
    // how many there are, and how many have a script in its top 10.
    std::size_t importNeedles = 0, importFound10 = 0;
};

BatchFigures measureBatch(std::string name, const std::vector<RankedItem> &install,
                          const std::vector<RankedItem> &import, std::size_t needleCount, TiePolicy ties);

// Figures over all batches: recall pooled over needles (found / needles), the mean of per-batch recalls, and the
// mean install-scope AP over the batches where it is defined.
struct OverallFigures {
    std::size_t batches = 0, needles = 0, found3 = 0, found10 = 0;
    double recall3 = 0, recall10 = 0;           // pooled
    double batchRecall3 = 0, batchRecall10 = 0; // mean over batches with at least one needle
    double meanAp = 0;                          // NaN when no batch has an install needle
    std::size_t apBatches = 0;
    std::size_t importNeedles = 0, importFound10 = 0;
    double importRecall10 = 0; // import-scope recall@10: of the needles without an install script, found at 10
};

OverallFigures summarise(const std::vector<BatchFigures> &batches);

} // namespace mph::evaluation
