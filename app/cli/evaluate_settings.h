#pragma once
// What mphunter-cli evaluate was asked to do, shared by the batch evaluation (evaluate_command.cpp) and the
// day-by-day simulation (evaluate_days.cpp).
#include "evaluation/protocol.h"
#include "pipeline/scan.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#ifndef MPH_DEFAULT_CORPORA_PATH
#define MPH_DEFAULT_CORPORA_PATH "../shared/corpora"
#endif

namespace mph::cli {

struct Mode {
    std::string name;
    bool useKnown = true;
    RankingMethod method = RankingMethod::Contrastive;
    std::string description;
};

struct Settings {
    std::filesystem::path corpora = MPH_DEFAULT_CORPORA_PATH;
    evaluation::ProtocolOptions protocol;
    std::uint64_t needleSeed = 1;
    std::string cutoff = "2024-08-01";
    std::vector<Mode> modes;
    bool bandit = true;
    std::string python = "/usr/bin/python3";
    std::optional<std::filesystem::path> cache, banditCache, needlesOut, scriptsOut;
    ScanOptions scan;
    bool summaryOnly = false;
    int showTop = 0;
    int draws = 1; // evaluations with seeds seed, seed+1, ... (needle seeds likewise), summarised together
    evaluation::DayPlanOptions days; // --days N > 0: the day-by-day simulation instead of the batches
    bool runDays = false;
};

// The malicious roles of one draw from the manifest: the known set (added before the cutoff) and the needle pool
// (added on or after it): one package per behaviour (evaluation::behaviourKey) for the batches, and every package
// grouped by campaign key (evaluation::campaignKey) for the days, both in the needle seed's order.
struct MalwareRoles {
    std::vector<std::filesystem::path> known;
    std::vector<evaluation::Needle> diverse;       // each behaviour's first package, in the behaviours' order
    std::vector<evaluation::Behaviour> behaviours; // every package of each campaign key, oldest first
    std::size_t poolSize = 0;
};
std::optional<MalwareRoles> readMalwareRoles(const Settings &settings);

// evaluate --days N: the day-by-day simulation of issue 13, one draw. Needles found, pooled over the days.
struct DaysFigures {
    std::size_t needles = 0, found3 = 0, found10 = 0;               // with the history
    std::size_t found3Alone = 0, found10Alone = 0;                  // the same days without it
    std::size_t followUps = 0, followUps3 = 0, followUps3Alone = 0; // needles of campaigns confirmed earlier
};
// Prints the per-day table; nothing after an error (already reported).
std::optional<DaysFigures> evaluateDays(const Settings &settings, const std::string &part);

} // namespace mph::cli
