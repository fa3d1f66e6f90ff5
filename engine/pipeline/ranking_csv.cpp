#include "pipeline/ranking_csv.h"

#include <algorithm>
#include <cstdio>

namespace mph {
namespace {

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", value);
    return buffer;
}

std::string spaceSeparated(const std::vector<std::string> &words) {
    std::string text;
    for (const std::string &word : words) {
        if (!text.empty()) text += ' ';
        text += word;
    }
    return text;
}

} // namespace

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted += '"';
}

std::vector<std::string> reachedFilePaths(const ScriptEntry &entry) {
    std::vector<std::string> paths;
    for (std::size_t i = 1; i < entry.sources.size(); ++i)
        if (entry.sources[i].layer == 0 && std::find(paths.begin(), paths.end(), entry.sources[i].path) == paths.end())
            paths.push_back(entry.sources[i].path);
    return paths;
}

std::size_t decodedLayerCount(const ScriptEntry &entry) {
    return static_cast<std::size_t>(std::count_if(entry.sources.begin(), entry.sources.end(),
                                                  [](const CodeSource &source) { return source.layer > 0; }));
}

std::string packageLabel(const ScanResult &result, std::uint32_t entry) {
    const Package &package = result.packageOf(result.scripts[entry]);
    return package.name + "==" + package.version;
}

namespace {

void writeHeader(std::ostream &out) {
    out << "batch,rank,package,version,archive,script,scope,cluster,score,d_b,d_m,size,nearest_known,sequence,"
           "outlier_score,beta,w_b,archive_sha256,script_sha256,rare_calls,d_k,d_nb,evidence,rarity,reached_files,"
           "layers,truncated,flagged,campaign,campaign_size,follows_malicious,prior_verdict,first_seen,capability,"
           "capability_call\n";
}

void writeRow(std::ostream &out, const ScanResult &result, const RankedScript &r) {
    const ScriptEntry &entry = result.scripts[r.entry];
    const Package &package = result.packageOf(entry);
    const Script &script = result.scriptOf(entry);
    const CallSequence &sequence = result.sequenceOf(entry);
    const std::string nearest = r.nearestKnown.empty() ? std::string() : packageLabel(result, r.nearestKnown.front());
    const std::string calls = joinNames(sequence);
    const std::string rare = spaceSeparated(r.rareSharedCalls);
    const Campaign *campaign = result.campaignOf(r.campaign);
    static const PackageMemory kNoMemory;
    const PackageMemory &memory =
        entry.package < result.packageMemory.size() ? result.packageMemory[entry.package] : kNoMemory;
    std::string reached;
    for (const std::string &file : reachedFilePaths(entry)) {
        if (!reached.empty()) reached += ';';
        reached += file;
    }
    const std::string fields[] = {result.batchNames[r.batch],
                                  std::to_string(r.rank),
                                  package.name,
                                  package.version,
                                  package.source,
                                  script.path,
                                  std::string(scopeName(entry.scope)),
                                  std::to_string(r.cluster),
                                  number(r.score),
                                  number(r.dB),
                                  number(r.dM),
                                  std::to_string(sequence.size()),
                                  nearest,
                                  calls,
                                  number(r.outlierScore),
                                  number(r.beta),
                                  number(r.wB),
                                  package.sha256,
                                  script.sha256,
                                  rare,
                                  number(r.dNeighbourhood),
                                  number(r.dNearestBackground),
                                  number(r.evidence),
                                  number(r.rarity),
                                  reached,
                                  std::to_string(decodedLayerCount(entry)),
                                  sequence.truncated ? "1" : "0",
                                  r.flagged ? "1" : "0",
                                  campaign ? std::to_string(r.campaign + 1) : std::string(),
                                  campaign ? std::to_string(campaign->packages.size()) : std::string(),
                                  r.followsMalicious ? "1" : "0",
                                  memory.priorVerdict,
                                  memory.firstSeen,
                                  number(r.capability),
                                  r.capabilityCall};
    bool first = true;
    for (const std::string &field : fields) {
        if (!first) out << ',';
        out << csvField(field);
        first = false;
    }
    out << '\n';
}

} // namespace

void writeRankingCsv(std::ostream &out, const ScanResult &result) {
    writeHeader(out);
    for (const RankedScript &r : result.ranking)
        writeRow(out, result, r);
}

void writeRankingCsv(std::ostream &out, const ScanResult &result, std::span<const std::size_t> rows) {
    writeHeader(out);
    for (const std::size_t row : rows)
        if (row < result.ranking.size()) writeRow(out, result, result.ranking[row]);
}

} // namespace mph
