#include "pipeline/scan.h"

#include "clustering/hdbscan.h"
#include "embedding/embedder.h"
#include "pipeline/package_inputs.h"
#include "projection/projection.h"
#include "ranking/call_evidence.h"
#include "ranking/call_rarity.h"
#include "ranking/campaigns.h"
#include "ranking/ranking.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace mph {

std::vector<CallToken> ScanResult::callsOf(const ScriptEntry &entry) const {
    std::vector<CallToken> calls = sequenceOf(entry).calls;
    if (entry.callRanges.size() == calls.size())
        for (std::size_t k = 0; k < calls.size(); ++k) {
            calls[k].begin = entry.callRanges[k].begin;
            calls[k].end = entry.callRanges[k].end;
            calls[k].source = entry.callRanges[k].source;
        }
    return calls;
}

std::string_view ScanResult::sourceText(const ScriptEntry &entry, std::uint32_t source) const {
    const Package &package = packageOf(entry);
    if (source == 0 || source >= entry.sources.size()) return source == 0 ? scriptOf(entry).text : std::string_view();
    const CodeSource &code = entry.sources[source];
    if (code.layer > 0) return code.text;
    for (const Script &script : package.scripts)
        if (script.path == code.path) return script.text;
    for (const Module &module : package.modules)
        if (module.path == code.path) return module.text;
    return {};
}

std::string_view granularityName(ReachGranularity granularity) {
    switch (granularity) {
    case ReachGranularity::Inline:
        return "inline";
    case ReachGranularity::Modules:
        return "modules";
    case ReachGranularity::Both:
        return "both";
    case ReachGranularity::Off:
        return "off";
    case ReachGranularity::Closure:
        return "closure";
    case ReachGranularity::Dormant:
        return "dormant";
    }
    return "?";
}

bool parseGranularity(std::string_view text, ReachGranularity &granularity) {
    for (const ReachGranularity g : {ReachGranularity::Inline, ReachGranularity::Modules, ReachGranularity::Both,
                                     ReachGranularity::Off, ReachGranularity::Closure, ReachGranularity::Dormant})
        if (granularityName(g) == text) {
            granularity = g;
            return true;
        }
    return false;
}

std::string normalisedProjectName(std::string_view name) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!name.empty() && space(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && space(name.back()))
        name.remove_suffix(1);
    std::string out;
    out.reserve(name.size());
    bool inSeparatorRun = false;
    for (const char c : name) {
        if (c == '-' || c == '_' || c == '.') {
            if (!inSeparatorRun) out += '-';
            inSeparatorRun = true;
        } else {
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            inSeparatorRun = false;
        }
    }
    return out;
}

std::string_view roleName(Role role) {
    switch (role) {
    case Role::Background:
        return "background";
    case Role::Batch:
        return "batch";
    case Role::Known:
        return "known";
    }
    return "?";
}

namespace {

// The demo background has about a hundred packages: at the paper's min_samples = 20 its small template families
// would all be noise, so the demo clusters at a density that fits its size.
constexpr int kDemoMinSamples = 5;

class StageClock {
  public:
    explicit StageClock(std::vector<StageTiming> &timings) : timings_(timings) {}
    void lap(std::string stage) {
        const auto now = std::chrono::steady_clock::now();
        timings_.push_back({std::move(stage), std::chrono::duration<double>(now - start_).count()});
        start_ = now;
    }

  private:
    std::vector<StageTiming> &timings_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

bool inScope(Scope scope, ScopeFilter filter) {
    return filter == ScopeFilter::All || (filter == ScopeFilter::Install) == (scope == Scope::Install);
}

std::vector<std::string> callNames(const CallSequence &sequence) {
    std::vector<std::string> names;
    names.reserve(sequence.calls.size());
    for (const CallToken &call : sequence.calls)
        names.push_back(call.name);
    return names;
}

// Moves the loaded packages into the result and deduplicates their call sequences: identical sequences share one
// vector, one cluster label and one map position.
void collectScripts(LoadedInputs &inputs, ScopeFilter filter, ScanResult &result) {
    std::unordered_map<std::string, std::uint32_t> uniqueByKey;
    for (LoadedPackage &loaded : inputs.packages) {
        const auto packageIndex = static_cast<std::uint32_t>(result.packages.size());
        auto &sequences = loaded.features.sequences;
        for (std::uint32_t s = 0; s < sequences.size(); ++s) {
            const Scope scope = loaded.features.package.scripts[s].scope;
            if (!inScope(scope, filter)) continue;
            std::string key;
            std::vector<CallRange> ranges;
            ranges.reserve(sequences[s].calls.size());
            for (const CallToken &call : sequences[s].calls) {
                (key += call.name) += '\n';
                ranges.push_back({call.begin, call.end, call.source});
            }
            std::vector<CodeSource> sources = sequences[s].sources; // the unique sequence keeps the first's too
            const auto [it, inserted] = uniqueByKey.try_emplace(std::move(key), result.sequences.size());
            if (inserted) result.sequences.push_back(std::move(sequences[s]));
            result.scripts.push_back({packageIndex, s, scope, it->second, std::move(ranges), std::move(sources)});
        }
        result.packages.push_back(std::move(loaded.features.package));
        result.packageRoles.push_back(loaded.role);
        result.packageBatch.push_back(loaded.batch);
        result.packageRemembered.push_back(loaded.remembered);
    }
    inputs.packages.clear();
}

// The rows of one role's scripts in one scope (and one batch), each unique row once, in first-seen order.
std::vector<std::uint32_t> uniqueRows(const ScanResult &result, Role role, Scope scope, std::int32_t batch = -1) {
    std::vector<std::uint32_t> rows;
    std::vector<bool> seen(result.sequences.size(), false);
    for (const ScriptEntry &entry : result.scripts) {
        if (entry.scope != scope || result.packageRoles[entry.package] != role) continue;
        if (role == Role::Batch && result.packageBatch[entry.package] != batch) continue;
        if (!seen[entry.unique]) {
            seen[entry.unique] = true;
            rows.push_back(entry.unique);
        }
    }
    return rows;
}

Eigen::MatrixXf gatherRows(const Eigen::MatrixXf &vectors, const std::vector<std::uint32_t> &rows) {
    Eigen::MatrixXf subset(static_cast<Eigen::Index>(rows.size()), vectors.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        subset.row(static_cast<Eigen::Index>(i)) = vectors.row(rows[i]);
    return subset;
}

// Ranks the batch's scripts of one scope: cluster batch + background, score every unique batch sequence, then order
// the scripts (ties broken by package and path, so the order is stable).
RankingOptions rankingOptions(const ScanOptions &options) {
    RankingOptions ranking;
    ranking.method = options.ranking;
    ranking.useKnown = options.useKnownDistance;
    ranking.jobs = options.jobs;
    ranking.purifyEpsilon = options.purifyEpsilon;
    ranking.purifiedMembers =
        options.backgroundOnlyClusters ? ClusterMembers::BackgroundOnly : ClusterMembers::BatchAndBackground;
    return ranking;
}

// What every batch of one scope is ranked against: the background rows and the (purified) known rows.
struct ScopeReference {
    Scope scope = Scope::Install;
    std::vector<std::uint32_t> background;
    std::vector<std::uint32_t> known;
    bool knownIsPurified = false;
    BackgroundFrequency frequency;
    CallEvidence evidence; // Contrastive with the known set: learned from the unique known and background rows
};

ScopeReference scopeReference(const ScanResult &result, const Eigen::MatrixXf &vectors, Scope scope,
                              const ScanOptions &options) {
    ScopeReference reference;
    reference.scope = scope;
    reference.background = uniqueRows(result, Role::Background, scope);
    reference.known = uniqueRows(result, Role::Known, scope);
    const RankingOptions ranking = rankingOptions(options);
    if (ranking.method != RankingMethod::Paper && ranking.useKnown) {
        reference.known =
            purifyKnown(vectors, reference.known, reference.background, ranking.purifyEpsilon, options.jobs);
        reference.knownIsPurified = true;
    }
    std::vector<std::vector<std::string>> backgroundCalls;
    for (const ScriptEntry &entry : result.scripts)
        if (entry.scope == scope && result.packageRoles[entry.package] == Role::Background)
            backgroundCalls.push_back(callNames(result.sequences[entry.unique]));
    reference.frequency = countBackgroundCalls(backgroundCalls);
    if (ranking.method == RankingMethod::Contrastive && ranking.useKnown && !reference.known.empty()) {
        const auto callsOf = [&](const std::vector<std::uint32_t> &rows) {
            std::vector<std::vector<std::string>> calls;
            calls.reserve(rows.size());
            for (std::uint32_t row : rows)
                calls.push_back(callNames(result.sequences[row]));
            return calls;
        };
        reference.evidence = CallEvidence(callsOf(reference.known), callsOf(reference.background));
    }
    return reference;
}

// Per unique sequence (row): the first known script that has it, and whether a package the analyst judged malicious
// (ScanOptions::remembered) has it.
struct KnownRows {
    std::vector<std::uint32_t> firstEntry;
    std::vector<bool> judged;
};

KnownRows knownRows(const ScanResult &result) {
    KnownRows rows{std::vector<std::uint32_t>(result.sequences.size(), 0),
                   std::vector<bool>(result.sequences.size(), false)};
    std::vector<bool> seen(result.sequences.size(), false);
    for (std::uint32_t e = 0; e < result.scripts.size(); ++e) {
        const ScriptEntry &entry = result.scripts[e];
        if (result.packageRoles[entry.package] != Role::Known) continue;
        if (!seen[entry.unique]) {
            seen[entry.unique] = true;
            rows.firstEntry[entry.unique] = e;
        }
        if (entry.package < result.packageRemembered.size() && result.packageRemembered[entry.package])
            rows.judged[entry.unique] = true;
    }
    return rows;
}

void rankBatchScope(ScanResult &result, const Eigen::MatrixXf &vectors, std::uint32_t batch,
                    const ScopeReference &reference, const ScanOptions &options, const KnownRows &knownRows,
                    const std::unordered_set<std::string> &maliciousProjects, double &clusteringSeconds) {
    const Scope scope = reference.scope;
    RankingProblem problem;
    problem.vectors = &vectors;
    problem.candidates = uniqueRows(result, Role::Batch, scope, static_cast<std::int32_t>(batch));
    if (problem.candidates.empty()) return;
    problem.background = reference.background;
    problem.known = reference.known;
    problem.knownIsPurified = reference.knownIsPurified;
    // The contrastive score's call terms, from each candidate's call names: evidence with the known set (only
    // Contrastive learns it), rarity without, capability either way.
    std::unordered_map<std::uint32_t, std::string> capabilityCallOfRow; // the call each capability rarity is of
    if (options.ranking == RankingMethod::Contrastive) {
        const bool withKnown = !reference.evidence.empty();
        (withKnown ? problem.evidence : problem.rarity).assign(result.sequences.size(), 0);
        problem.capability.assign(result.sequences.size(), 0);
        for (std::uint32_t row : problem.candidates) {
            const std::vector<std::string> calls = callNames(result.sequences[row]);
            if (withKnown)
                problem.evidence[row] = reference.evidence.scriptEvidence(calls);
            else
                problem.rarity[row] = scriptRarity(reference.frequency, calls);
            RarestCall capability = rarestCapabilityCall(reference.frequency, calls);
            problem.capability[row] = capability.rarity;
            if (!capability.call.empty()) capabilityCallOfRow[row] = std::move(capability.call);
        }
    }
    problem.sizes.resize(result.sequences.size());
    for (std::size_t u = 0; u < result.sequences.size(); ++u)
        problem.sizes[u] = static_cast<std::uint32_t>(result.sequences[u].size());

    // Cluster the union (a batch sequence identical to a background one is one point).
    const auto clusterStart = std::chrono::steady_clock::now();
    std::vector<std::uint32_t> points = problem.background;
    std::vector<std::int64_t> pointOfRow(result.sequences.size(), -1);
    for (std::size_t i = 0; i < points.size(); ++i)
        pointOfRow[points[i]] = static_cast<std::int64_t>(i);
    for (std::uint32_t row : problem.candidates)
        if (pointOfRow[row] < 0) {
            pointOfRow[row] = static_cast<std::int64_t>(points.size());
            points.push_back(row);
        }
    HdbscanParams params{options.minClusterSize,
                         options.demo ? std::min(options.minSamples, kDemoMinSamples) : options.minSamples,
                         options.jobs};
    const Clustering clustering = hdbscanCosine(gatherRows(vectors, points), params);
    clusteringSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - clusterStart).count();
    for (std::uint32_t row : problem.background)
        problem.backgroundLabels.push_back(clustering.labels[pointOfRow[row]]);
    for (std::uint32_t row : problem.candidates)
        problem.candidateLabels.push_back(clustering.labels[pointOfRow[row]]);

    const std::vector<ScriptScore> scores = scoreCandidates(problem, rankingOptions(options));
    if (scores.size() != problem.candidates.size()) { // an inconsistent problem is a bug here, reported, not a crash
        result.errors.push_back({result.batchNames[batch], "ranking failed: " + checkProblem(problem).value_or("?")});
        return;
    }
    std::vector<std::int64_t> candidateOfRow(result.sequences.size(), -1);
    for (std::size_t i = 0; i < problem.candidates.size(); ++i)
        candidateOfRow[problem.candidates[i]] = static_cast<std::int64_t>(i);

    std::vector<RankedScript> ranked;
    for (std::uint32_t e = 0; e < result.scripts.size(); ++e) {
        const ScriptEntry &entry = result.scripts[e];
        if (entry.scope != scope || result.packageRoles[entry.package] != Role::Batch ||
            result.packageBatch[entry.package] != static_cast<std::int32_t>(batch))
            continue;
        const auto c = static_cast<std::size_t>(candidateOfRow[entry.unique]);
        const ScriptScore &s = scores[c];
        RankedScript r;
        r.entry = e;
        r.batch = batch;
        const Package &package = result.packages[entry.package];
        r.flagged = package.scripts[entry.script].truncated || !package.caps.empty();
        // A new version of a project judged malicious, or calls (nearly) identical to a script judged malicious: the
        // analyst confirmed that behaviour already. The known set is purified against the background, so a judged
        // script that is as plain as a benign one never matches.
        const bool matchesJudged = !s.nearestKnown.empty() && knownRows.judged[s.nearestKnown.front()] &&
                                   s.nearestKnownDistances.front() <= options.purifyEpsilon;
        r.followsMalicious = matchesJudged || maliciousProjects.count(normalisedProjectName(package.name)) > 0;
        r.cluster = problem.candidateLabels[c];
        r.outlierScore = clustering.outlierScores[pointOfRow[entry.unique]];
        r.score = s.score;
        r.dB = s.dB;
        r.dM = s.dM;
        r.beta = s.beta;
        r.wB = s.wB;
        r.dNeighbourhood = s.dNeighbourhood;
        r.dNearestBackground = s.dNearestBackground;
        r.evidence = s.evidence;
        r.rarity = s.rarity;
        r.capability = s.capability;
        if (const auto call = capabilityCallOfRow.find(entry.unique); call != capabilityCallOfRow.end())
            r.capabilityCall = call->second;
        for (std::uint32_t row : s.nearestKnown)
            r.nearestKnown.push_back(knownRows.firstEntry[row]);
        if (!s.nearestKnown.empty())
            r.rareSharedCalls = explain(callNames(result.sequences[entry.unique]),
                                        callNames(result.sequences[s.nearestKnown.front()]), reference.frequency)
                                    .rareSharedCalls;
        ranked.push_back(std::move(r));
    }
    // Fail closed: scripts a read cap cut (RankedScript::flagged) come first, whatever their score; then new versions
    // of projects judged malicious before.
    std::stable_sort(ranked.begin(), ranked.end(), [&](const RankedScript &a, const RankedScript &b) {
        if (a.flagged != b.flagged) return a.flagged;
        if (a.followsMalicious != b.followsMalicious) return a.followsMalicious;
        if (a.score != b.score) return a.score > b.score;
        const Package &pa = result.packages[result.scripts[a.entry].package];
        const Package &pb = result.packages[result.scripts[b.entry].package];
        if (pa.name != pb.name) return pa.name < pb.name;
        if (pa.version != pb.version) return pa.version < pb.version;
        return pa.source < pb.source;
    });
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i].rank = static_cast<std::uint32_t>(i + 1);
    result.ranking.insert(result.ranking.end(), std::make_move_iterator(ranked.begin()),
                          std::make_move_iterator(ranked.end()));
}

// Groups each batch's packages into campaigns (ranking/campaigns.h) and marks their ranked scripts. A script's known
// family is the project (normalised name) of its nearest known script. Campaigns are numbered per batch from the one
// whose best member ranks best; members are ordered by their best rank.
void assignCampaigns(ScanResult &result, const Eigen::MatrixXf &vectors) {
    std::unordered_map<std::string, std::int64_t> familyIds;
    std::vector<std::string> familyNames;
    std::vector<std::uint32_t> bestRank(result.packages.size(), std::numeric_limits<std::uint32_t>::max());
    for (const RankedScript &r : result.ranking) {
        std::uint32_t &best = bestRank[result.scripts[r.entry].package];
        best = std::min(best, r.rank);
    }
    for (std::uint32_t batch = 0; batch < result.batchNames.size(); ++batch) {
        std::vector<CampaignScript> scripts;
        for (const RankedScript &r : result.ranking) {
            if (r.batch != batch) continue;
            const ScriptEntry &entry = result.scripts[r.entry];
            CampaignScript script;
            script.package = entry.package;
            script.scope = static_cast<std::uint8_t>(entry.scope);
            script.row = entry.unique;
            script.calls = static_cast<std::uint32_t>(result.sequences[entry.unique].size());
            script.dNearestBackground = r.dNearestBackground;
            script.dM = r.dM;
            if (!r.nearestKnown.empty()) {
                std::string family =
                    normalisedProjectName(result.packageOf(result.scripts[r.nearestKnown.front()]).name);
                const auto [it, inserted] =
                    familyIds.try_emplace(family, static_cast<std::int64_t>(familyNames.size()));
                if (inserted) familyNames.push_back(std::move(family));
                script.family = it->second;
            }
            scripts.push_back(script);
        }
        std::vector<Campaign> campaigns;
        for (CampaignGroup &group : findCampaigns(vectors, scripts)) {
            Campaign campaign;
            campaign.batch = batch;
            campaign.packages = std::move(group.packages);
            std::stable_sort(campaign.packages.begin(), campaign.packages.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return bestRank[a] < bestRank[b]; });
            campaign.link = group.link;
            if (group.family >= 0) campaign.family = familyNames[static_cast<std::size_t>(group.family)];
            campaigns.push_back(std::move(campaign));
        }
        std::stable_sort(campaigns.begin(), campaigns.end(), [&](const Campaign &a, const Campaign &b) {
            return bestRank[a.packages.front()] < bestRank[b.packages.front()];
        });
        for (Campaign &campaign : campaigns)
            result.campaigns.push_back(std::move(campaign));
    }
    std::vector<std::int32_t> campaignOfPackage(result.packages.size(), -1);
    for (std::size_t c = 0; c < result.campaigns.size(); ++c)
        for (std::uint32_t package : result.campaigns[c].packages)
            campaignOfPackage[package] = static_cast<std::int32_t>(c);
    for (RankedScript &r : result.ranking)
        r.campaign = campaignOfPackage[result.scripts[r.entry].package];
}

// A batch package that a read cap cut before any of its scripts (of the scanned scope) was read has nothing to rank:
// it is listed among the errors instead, so that it is never silently left out.
void reportUnrankedCappedPackages(ScanResult &result) {
    std::vector<bool> ranked(result.packages.size(), false);
    for (const RankedScript &r : result.ranking)
        ranked[result.scripts[r.entry].package] = true;
    for (std::size_t p = 0; p < result.packages.size(); ++p) {
        const Package &package = result.packages[p];
        if (result.packageRoles[p] != Role::Batch || package.caps.empty() || ranked[p]) continue;
        std::string reason = "not ranked: a read cap cut the package before any script to rank was read (";
        for (std::size_t i = 0; i < package.caps.size(); ++i)
            reason += (i ? "; " : "") + package.caps[i];
        result.errors.push_back({package.source, reason + ")"});
    }
}

} // namespace

ScanOutcome runScan(const ScanOptions &options, const ProgressCallback &progress, const std::atomic<bool> *cancel) {
    ScanOutcome outcome;
    ScanResult &result = outcome.result;
    StageClock clock(result.timings);
    result.rankingMethod = options.ranking;
    result.knownDistanceUsed = options.useKnownDistance;
    const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto report = [&](std::string stage, std::size_t done, std::size_t total) {
        if (progress) progress({std::move(stage), done, total});
    };

    if (options.demo) {
        result.batchNames = {"demo"};
    } else {
        for (const BatchInput &batch : options.batches)
            result.batchNames.push_back(batch.name);
    }

    // Read and analyse.
    FeatureCache cache;
    FeatureCache *usedCache = nullptr;
    if (options.cacheFile && !options.demo) {
        std::string problem;
        if (!cache.load(*options.cacheFile, problem)) result.errors.push_back({options.cacheFile->string(), problem});
        usedCache = &cache;
    }
    const std::vector<PackageSource> sources = collectSources(options, result.errors);
    LoadedInputs inputs = loadPackages(sources, options, usedCache, progress, cancel);
    for (auto &error : inputs.errors)
        result.errors.push_back(std::move(error));
    for (const LoadedPackage &loaded : inputs.packages)
        result.cachedPackages += loaded.fromCache ? 1 : 0;
    result.sourceBytes = inputs.sourceBytes;
    result.slowestPackageSeconds = inputs.slowestSeconds;
    result.slowestPackage = inputs.slowestSource;
    if (usedCache && cache.dirty() && !cancelled()) {
        std::string problem;
        if (!cache.save(*options.cacheFile, problem)) result.errors.push_back({options.cacheFile->string(), problem});
    }
    collectScripts(inputs, options.scope, result);
    clock.lap("read+analyse");
    if (cancelled()) return outcome.cancelled = true, outcome;

    // Embed every unique sequence once, all roles together.
    report("embedding", 0, result.sequences.size());
    std::vector<Document> documents;
    documents.reserve(result.sequences.size());
    for (const CallSequence &sequence : result.sequences)
        documents.push_back(callNames(sequence));
    const Eigen::MatrixXf vectors = makeTfidfSvdEmbedder(TfidfSvdOptions{options.dimensions})->fitTransform(documents);
    clock.lap("embed");
    if (cancelled()) return outcome.cancelled = true, outcome;

    // Cluster and rank each batch on its own, per scope.
    const KnownRows known = knownRows(result);
    std::unordered_set<std::string> maliciousProjects;
    for (const std::string &project : options.maliciousProjects)
        maliciousProjects.insert(normalisedProjectName(project)); // callers may pass names as written
    double clusteringSeconds = 0;
    const std::size_t batchCount = result.batchNames.size();
    for (Scope scope : {Scope::Install, Scope::Import}) {
        if (!inScope(scope, options.scope)) continue;
        const ScopeReference reference = scopeReference(result, vectors, scope, options);
        for (std::uint32_t b = 0; b < batchCount; ++b) {
            if (cancelled()) return outcome.cancelled = true, outcome;
            report("clustering and ranking", b, batchCount);
            rankBatchScope(result, vectors, b, reference, options, known, maliciousProjects, clusteringSeconds);
        }
    }
    std::stable_sort(result.ranking.begin(), result.ranking.end(), [&](const RankedScript &a, const RankedScript &b) {
        const Scope sa = result.scripts[a.entry].scope, sb = result.scripts[b.entry].scope;
        return std::tie(a.batch, sa, a.rank) < std::tie(b.batch, sb, b.rank);
    });
    reportUnrankedCappedPackages(result);
    clock.lap("cluster+rank");
    result.timings.back().seconds -= clusteringSeconds;
    result.timings.insert(result.timings.end() - 1, {"cluster", clusteringSeconds});
    result.timings.back().stage = "rank";
    assignCampaigns(result, vectors);
    clock.lap("campaigns");

    if (options.projection) {
        report("projecting", 0, result.sequences.size());
        ProjectionOptions projection;
        projection.jobs = options.jobs;
        const Eigen::MatrixX2f map = projectToPlane(vectors, projection);
        result.mapX.resize(static_cast<std::size_t>(map.rows()));
        result.mapY.resize(static_cast<std::size_t>(map.rows()));
        for (Eigen::Index i = 0; i < map.rows(); ++i) {
            result.mapX[static_cast<std::size_t>(i)] = map(i, 0);
            result.mapY[static_cast<std::size_t>(i)] = map(i, 1);
        }
        clock.lap("project");
    }
    report("done", 1, 1);
    return outcome;
}

} // namespace mph
