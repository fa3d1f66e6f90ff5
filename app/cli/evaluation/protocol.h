#pragma once
// The development protocol of design section 6, built from ../shared/corpora's manifests with fixed seeds:
// known = malicious rows added before a cutoff date; needles = newer rows, at most one per distinct behaviour (call
// sequences); background = every benign archive of one half of the projects; batches = benign archives sampled from
// the other half plus a few needles each, every needle in at most one batch. Only file lists are built: nothing is
// copied, extracted or written.
#include "analysis/call_sequence.h"
#include "corpus/package.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace mph::evaluation {

// Deterministic on every platform (the standard distributions and std::shuffle are not): mt19937_64 and Fisher-Yates.
class SeededRandom {
  public:
    explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t below(std::uint64_t n); // uniform in [0, n), n > 0
    template <typename T> void shuffle(std::vector<T> &items) {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

  private:
    std::mt19937_64 engine_;
};

struct MaliciousRow {
    std::string name, version, added, kind, zip, setupSha256; // zip: path under malicious/, empty = unreadable
};
struct BenignRow {
    std::string archive, project;
};

// Tab-separated manifests with a header row naming the columns (corpora/README.md). False with `problem` set when
// the file cannot be read or lacks a needed column.
bool readMaliciousManifest(const std::filesystem::path &file, std::vector<MaliciousRow> &rows, std::string &problem);
bool readBenignManifest(const std::filesystem::path &file, std::vector<BenignRow> &rows, std::string &problem);

// What a package does, as one string: its install script's call sequence, or (no install script) the sequences of
// its import scripts. Nothing when the package has no script at all.
std::optional<std::string> behaviourKey(const Package &package, const std::vector<CallSequence> &sequences);

// What a whole package does: the call sequences of all its scripts, install and import, as one string (scripts in a
// canonical order, paths left out). Packages with one campaign key do the same thing everywhere: the simulation's
// campaigns (makeDayPlan). Nothing when the package has no script.
std::optional<std::string> campaignKey(const Package &package, const std::vector<CallSequence> &sequences);

// Indices of `keys` in seeded-shuffle order, keeping the first index of each distinct key and no index without a key.
std::vector<std::size_t> selectDiverse(const std::vector<std::optional<std::string>> &keys, std::uint64_t seed);

struct ProtocolOptions {
    std::uint64_t seed = 1; // project split, batch sampling, needle counts
    int batches = 20;
    int benignPerBatch = 300;
    int minNeedles = 1, maxNeedles = 5;
    int part = 0; // which half of the diverse needle list: 0 (development) or 1 (check)
};

struct Needle {
    std::filesystem::path archive;
    std::string label; // name==version (added)
};

struct EvalBatch {
    std::string name;
    std::vector<std::filesystem::path> benign;
    std::vector<Needle> needles;
};

struct Plan {
    std::vector<std::filesystem::path> background;
    std::vector<EvalBatch> batches;
    std::size_t backgroundProjects = 0, memberProjects = 0, memberArchives = 0;
    std::size_t needlesAvailable = 0; // in the chosen half of the diverse list
};

// A day of the day-by-day simulation (issue 13, `evaluate --days N`): one batch of benign archives and needles, some
// of which belong to a campaign (needles that do the same thing: one behaviour key, several packages).
struct DayNeedle {
    Needle needle;
    std::int32_t campaign = -1; // index into DayPlan::campaigns, -1: a needle of its own
    std::uint32_t member = 0;   // 0: the campaign's first member to arrive
};

struct Day {
    std::string name; // "day-01", ...
    std::vector<std::filesystem::path> benign;
    std::vector<DayNeedle> needles;
};

struct DayPlanOptions {
    std::uint64_t seed = 1;
    int days = 10;
    int benignPerDay = 300;
    int campaignStarts = 1;     // campaigns whose first member arrives, per day
    int campaignFollowUps = 2;  // later members of campaigns already started, per day (round robin)
    int membersPerCampaign = 4; // members of one campaign that arrive at most
    int singles = 1;            // needles of their own, per day
    int part = 0;               // which half of the behaviours: 0 (development) or 1 (check)
};

struct DayPlan {
    std::vector<std::filesystem::path> background;
    std::vector<Day> days;
    std::vector<std::string> campaigns;                       // a label per campaign (its first member's)
    std::size_t campaignsAvailable = 0, singlesAvailable = 0; // in the chosen half
};

// A behaviour (one campaignKey) with its packages: `members` in arrival order (by date added, then name and version).
struct Behaviour {
    std::vector<Needle> members;
};

// Builds the days: the benign split as makePlan's (same seed, same halves), the behaviours (in their seeded order)
// split in two halves by `part`; behaviours with two or more members are campaigns, the others single needles.
DayPlan makeDayPlan(const std::vector<BenignRow> &benign, const std::filesystem::path &benignDir,
                    const std::vector<Behaviour> &behaviours, const DayPlanOptions &options);

// Builds the batches. `diverseNeedles` is the whole diverse list in its shuffled order; the chosen half is consumed
// in order. Stops early (fewer batches) when the needles run out.
Plan makePlan(const std::vector<BenignRow> &benign, const std::filesystem::path &benignDir,
              const std::vector<Needle> &diverseNeedles, const ProtocolOptions &options);

} // namespace mph::evaluation
