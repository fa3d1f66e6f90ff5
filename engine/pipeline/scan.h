#pragma once
// The whole pipeline in one call: read packages of every role, analyse their scripts, embed, cluster each batch with
// the background, rank, and project to 2-D. Shared by mphunter-cli, the GUI's run controller and the evaluation.
#include "analysis/call_sequence.h"
#include "corpus/package.h"
#include "pipeline/package_features.h"
#include "ranking/campaigns.h"
#include "ranking/ranking_method.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mph {

enum class Role : std::uint8_t { Background, Batch, Known };
std::string_view roleName(Role role);

enum class ScopeFilter : std::uint8_t { Install, Import, All };

// A batch: folders and/or package files, ranked on its own against the same background and known set.
struct BatchInput {
    std::string name;                         // shown in results (the CLI uses the folder as given)
    std::vector<std::filesystem::path> roots; // folders (searched recursively) or package files
};

// How code a script runs in other files of its package enters the ranking (design 2.8; chosen by measurement):
// Inline: at the import or exec site, in the script's own sequence. Modules: each reached file as a script of its own
// (same scope, its own module-level code), the script without them. Both: the two. Off: the script alone (MPHunter).
// Closure: the script alone, and (when it reaches any file) the script with what it runs inlined as a second script.
enum class ReachGranularity : std::uint8_t { Inline, Modules, Both, Off, Closure, Dormant };
std::string_view granularityName(ReachGranularity granularity);
bool parseGranularity(std::string_view text, ReachGranularity &granularity);

// A package the analyst judged in an earlier run (the history database, design 2.9). It joins this run's known set
// (Role::Known, judged malicious) or background (Role::Background, judged benign) without its archive being found on
// disk: from its stored features when they are of the current format, else read and analysed from the stored copy of
// its archive. A remembered package whose archive sha256 is already among the packages of its role is skipped.
// Stored features are used as they are (whatever this run's reach options); an archive is read like an embedded one,
// with this run's options, through the feature cache under the digest of its bytes, which must match `sha256`.
struct RememberedPackage {
    Role role = Role::Known;
    std::string sha256;                      // of the archive
    std::optional<PackageFeatures> features; // current-format features, when the store had them
    std::string archive;                     // the archive's bytes (used when `features` is empty)
    std::string archiveName;                 // file name of that archive, for the reader and for error messages
};

struct ScanOptions {
    std::vector<BatchInput> batches;
    std::vector<std::filesystem::path> background; // folders or package files
    std::vector<std::filesystem::path> known;
    bool demo = false; // use the embedded demo corpus for all three roles
    std::vector<std::string> passphrases{"infected"};
    ScopeFilter scope = ScopeFilter::All;
    bool useKnownDistance = true; // false: pure outlier mode (no known distance, no call evidence)
    RankingMethod ranking = RankingMethod::Contrastive; // Paper: design 2.6 literally; Purified: with 2.6a's fixes
    int dimensions = 128;                               // embedding dimensions after the truncated SVD
    double purifyEpsilon = 0.05;                        // known scripts this close to a benign one are no evidence
    bool backgroundOnlyClusters = false;                // d_b against clusters' background members only
    int jobs = 0;                                       // 0: all cores
    int minClusterSize = 2;
    int minSamples = 20;
    bool projection = true;                         // compute the 2-D map
    std::optional<std::filesystem::path> cacheFile; // feature cache; none: no cache
    ReachGranularity reach = ReachGranularity::Inline;       // install scope
    ReachGranularity importReach = ReachGranularity::Inline; // import scope
    ReachGranularity reachOf(Scope of) const { return of == Scope::Install ? reach : importReach; }
    std::vector<RememberedPackage> remembered; // verdicts of earlier runs that teach this one (design 2.9)
    // Projects judged malicious before (names as normalisedProjectName gives them): a batch package of one of them is
    // a new version of a malicious project, RankedScript::followsMalicious, ranked right after the read-cap flags.
    std::vector<std::string> maliciousProjects;
};

// PEP 503 normalisation of a project name: lowercase, runs of '-', '_' and '.' as one '-'.
std::string normalisedProjectName(std::string_view name);

// One script of one package, in any role.
struct CallRange {
    std::uint32_t begin = 0, end = 0; // byte range in its source, as CallToken's
    std::uint32_t source = 0;         // index into ScriptEntry::sources
};

struct ScriptEntry {
    std::uint32_t package = 0; // index into ScanResult::packages
    std::uint32_t script = 0;  // index into Package::scripts
    Scope scope = Scope::Install;
    std::uint32_t unique = 0; // index of its call sequence among the unique sequences (vectors, clusters, map)
    // This script's own byte range of each call of the unique sequence: scripts that share a sequence make the same
    // calls at different places, and the unique sequence keeps the ranges of the first script seen.
    std::vector<CallRange> callRanges;
    // Where this script's calls live: itself, the files it runs and the layers it decodes (CallSequence::sources).
    std::vector<CodeSource> sources;
};

// A batch script's place in its batch's ranking, with the score's parts (design 2.6).
struct RankedScript {
    std::uint32_t entry = 0; // index into ScanResult::scripts
    std::uint32_t batch = 0; // index into ScanOptions::batches (and ScanResult::batchNames)
    std::uint32_t rank = 0;  // 1-based, within (batch, scope): flagged scripts first, then by score
    // A read cap cut the script (Script::truncated) or its package (Package::caps): input written to defeat the
    // reader is placed where the analyst sees it first, ahead of every unflagged script of its list, whatever its
    // score (the score itself is unchanged; flagged scripts keep score order among themselves).
    bool flagged = false;
    // It follows a malicious verdict of the analyst's: its package is a project in ScanOptions::maliciousProjects (a
    // new version; by name alone, so an archive judged malicious that comes back unchanged is flagged too), or its
    // nearest known script is one judged malicious (ScanOptions::remembered) at a distance within purifyEpsilon (a
    // campaign sibling). Ranked right after the flagged scripts, ahead of every other script of its list, whatever its
    // score.
    bool followsMalicious = false;
    std::int32_t campaign = -1; // index into ScanResult::campaigns, -1: in none
    int cluster = -1;        // HDBSCAN label in its batch's clustering, -1 = noise
    double outlierScore = 0; // GLOSH
    double score = 0, dB = 2, dM = 2, beta = 0, wB = 0.5;
    double dNeighbourhood = 2;                // mean distance to the k nearest background scripts (Contrastive)
    double dNearestBackground = 2;            // distance to the nearest background script
    double evidence = 0;                      // call evidence (Contrastive with the known set)
    double rarity = 0;                        // call rarity (Contrastive without a known set)
    double capability = 0;                    // capability rarity (Contrastive; ranking/call_rarity.h)
    std::string capabilityCall;               // the capability call it is the rarity of (empty: none)
    std::vector<std::uint32_t> nearestKnown;  // entries of the k nearest known scripts (same scope), nearest first
    std::vector<std::string> rareSharedCalls; // calls rare in the background and shared with the nearest known script
};

// Batch packages that look like one campaign (design 2.9): their scripts' call sequences are identical or nearly so,
// or their nearest known scripts belong to one family. Grouped within one batch, over both scopes; at least two
// packages each; every batch package in at most one campaign.
// CampaignLink, campaignLinkName and the linking rules (benign template copies never link) are in ranking/campaigns.h.

struct Campaign {
    std::uint32_t batch = 0;
    std::vector<std::uint32_t> packages;              // indices into ScanResult::packages, ordered by their best rank
    CampaignLink link = CampaignLink::IdenticalCalls; // the weakest link that joined two of its members
    std::string family; // KnownFamily: the name of the known project the members are nearest to
};

// What an analyst's history (design 2.9) knew of a batch package before this run: filled by the app, which owns the
// history database, and written by the CSV (prior_verdict, first_seen).
struct PackageMemory {
    bool seenBefore = false;  // an earlier run saw this archive (sha256)
    std::string priorVerdict; // the latest verdict for this archive, else for its name==version; empty: none
    std::string firstSeen;    // ISO date of the first run that saw this archive; empty: none
};

struct StageTiming {
    std::string stage;
    double seconds = 0;
};

struct ScanResult {
    std::vector<std::string> batchNames;    // parallel to ScanOptions::batches ("demo" for the demo corpus)
    std::vector<Package> packages;          // scripts' texts are dropped for background and known packages
    std::vector<Role> packageRoles;         // parallel to packages
    std::vector<std::int32_t> packageBatch; // batch index for batch packages, -1 otherwise
    std::vector<bool> packageRemembered;    // parallel to packages: came from ScanOptions::remembered
    std::vector<ScriptEntry> scripts;
    std::vector<CallSequence> sequences; // per unique sequence
    std::vector<float> mapX, mapY;       // per unique sequence; empty when projection is off
    std::vector<RankedScript> ranking;   // ordered by batch, scope, rank
    std::vector<Campaign> campaigns;     // RankedScript::campaign indexes these
    std::vector<PackageMemory> packageMemory; // parallel to packages when a history was consulted, else empty
    std::vector<ReadError> errors;
    std::vector<StageTiming> timings;
    RankingMethod rankingMethod = RankingMethod::Contrastive; // the score formula used (ScanOptions::ranking)
    bool knownDistanceUsed = true;                            // ScanOptions::useKnownDistance
    std::size_t cachedPackages = 0; // background and known packages served by the feature cache
    std::uint64_t sourceBytes = 0;  // Python text read and analysed (packages not served by the cache)
    double slowestPackageSeconds = 0; // the package that took longest to read and analyse
    std::string slowestPackage;

    const Package &packageOf(const ScriptEntry &entry) const { return packages[entry.package]; }
    const Script &scriptOf(const ScriptEntry &entry) const { return packages[entry.package].scripts[entry.script]; }
    const CallSequence &sequenceOf(const ScriptEntry &entry) const { return sequences[entry.unique]; }
    // The campaign of that index (RankedScript::campaign), or null for -1 or an index this result does not have.
    const Campaign *campaignOf(std::int32_t campaign) const {
        if (campaign < 0 || static_cast<std::size_t>(campaign) >= campaigns.size()) return nullptr;
        return &campaigns[static_cast<std::size_t>(campaign)];
    }
    // The script's calls at the script's own places (sequenceOf's ranges are those of the sequence's first script).
    std::vector<CallToken> callsOf(const ScriptEntry &entry) const;
    // The text of one of a script's sources: the script, a module of its package, or a decoded layer.
    std::string_view sourceText(const ScriptEntry &entry, std::uint32_t source) const;
};

struct ScanProgress {
    std::string stage; // "reading", "analysing", "embedding", "clustering", "ranking", "projecting"
    std::size_t done = 0;
    std::size_t total = 0;
};
using ProgressCallback = std::function<void(const ScanProgress &)>;

// Runs everything. Cancellation is checked between items; a cancelled run returns what it has with `cancelled` set.
struct ScanOutcome {
    ScanResult result;
    bool cancelled = false;
};
ScanOutcome runScan(const ScanOptions &options, const ProgressCallback &progress = {},
                    const std::atomic<bool> *cancel = nullptr);

} // namespace mph
