#include "evaluation/protocol.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <unordered_set>

namespace mph::evaluation {

std::uint64_t SeededRandom::below(std::uint64_t n) {
    // Rejection sampling keeps it exactly uniform.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
    std::uint64_t x = engine_();
    while (x >= limit)
        x = engine_();
    return x % n;
}

namespace {

std::vector<std::string> splitTabs(const std::string &line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    if (!fields.empty() && !fields.back().empty() && fields.back().back() == '\r') fields.back().pop_back();
    return fields;
}

// Reads a manifest into rows of the named columns, in the order asked.
bool readColumns(const std::filesystem::path &file, const std::vector<std::string> &columns,
                 std::vector<std::vector<std::string>> &rows, std::string &problem) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problem = "cannot read " + file.string();
        return false;
    }
    std::string line;
    if (!std::getline(in, line)) {
        problem = file.string() + " is empty";
        return false;
    }
    const std::vector<std::string> header = splitTabs(line);
    std::vector<std::size_t> at;
    for (const std::string &column : columns) {
        const auto it = std::find(header.begin(), header.end(), column);
        if (it == header.end()) {
            problem = file.string() + " has no column '" + column + "'";
            return false;
        }
        at.push_back(static_cast<std::size_t>(it - header.begin()));
    }
    while (std::getline(in, line)) {
        if (line.empty() || line == "\r") continue;
        const std::vector<std::string> fields = splitTabs(line);
        std::vector<std::string> row;
        for (std::size_t i : at)
            row.push_back(i < fields.size() ? fields[i] : std::string());
        rows.push_back(std::move(row));
    }
    return true;
}

} // namespace

bool readMaliciousManifest(const std::filesystem::path &file, std::vector<MaliciousRow> &rows, std::string &problem) {
    std::vector<std::vector<std::string>> raw;
    if (!readColumns(file, {"name", "version", "added", "kind", "zip", "setup_py_sha256"}, raw, problem)) return false;
    for (auto &r : raw)
        rows.push_back(
            {std::move(r[0]), std::move(r[1]), std::move(r[2]), std::move(r[3]), std::move(r[4]), std::move(r[5])});
    return true;
}

bool readBenignManifest(const std::filesystem::path &file, std::vector<BenignRow> &rows, std::string &problem) {
    std::vector<std::vector<std::string>> raw;
    if (!readColumns(file, {"archive", "project"}, raw, problem)) return false;
    for (auto &r : raw)
        rows.push_back({std::move(r[0]), std::move(r[1])});
    return true;
}

std::optional<std::string> behaviourKey(const Package &package, const std::vector<CallSequence> &sequences) {
    const auto append = [](std::string &key, const CallSequence &sequence) {
        for (const CallToken &call : sequence.calls)
            (key += call.name) += ' ';
        key += '\n';
    };
    const std::size_t n = std::min(package.scripts.size(), sequences.size());
    for (std::size_t i = 0; i < n; ++i)
        if (package.scripts[i].scope == Scope::Install) {
            std::string key = "install\n";
            append(key, sequences[i]);
            return key;
        }
    if (n == 0) return std::nullopt;
    std::string key = "import\n";
    for (std::size_t i = 0; i < n; ++i)
        append(key, sequences[i]);
    return key;
}

std::optional<std::string> campaignKey(const Package &package, const std::vector<CallSequence> &sequences) {
    const std::size_t n = std::min(package.scripts.size(), sequences.size());
    if (n == 0) return std::nullopt;
    std::vector<std::string> parts; // one per script, scope first; paths left out (they hold the package's name)
    for (std::size_t i = 0; i < n; ++i) {
        std::string part(scopeName(package.scripts[i].scope));
        for (const CallToken &call : sequences[i].calls)
            (part += ' ') += call.name;
        parts.push_back(std::move(part));
    }
    std::sort(parts.begin(), parts.end());
    std::string key;
    for (const std::string &part : parts)
        (key += part) += '\n';
    return key;
}

std::vector<std::size_t> selectDiverse(const std::vector<std::optional<std::string>> &keys, std::uint64_t seed) {
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    SeededRandom random(seed);
    random.shuffle(order);
    std::unordered_set<std::string> seen;
    std::vector<std::size_t> kept;
    for (std::size_t i : order)
        if (keys[i] && seen.insert(*keys[i]).second) kept.push_back(i);
    return kept;
}

namespace {

// The benign split shared by makePlan and makeDayPlan: projects (sorted first, so the split depends on the seed only,
// not on the manifest's order) in two halves, all archives of one half the background, the other half's archives the
// pool batches sample from.
struct BenignSplit {
    std::vector<std::filesystem::path> background, members;
    std::size_t backgroundProjects = 0, memberProjects = 0;
};

BenignSplit splitBenign(const std::vector<BenignRow> &benign, const std::filesystem::path &benignDir,
                        SeededRandom &random) {
    BenignSplit split;
    std::set<std::string> projectSet;
    for (const BenignRow &row : benign)
        projectSet.insert(row.project);
    std::vector<std::string> projects(projectSet.begin(), projectSet.end());
    random.shuffle(projects);
    const std::size_t half = projects.size() / 2;
    std::set<std::string> backgroundProjects(projects.begin(), projects.begin() + static_cast<std::ptrdiff_t>(half));
    split.backgroundProjects = half;
    split.memberProjects = projects.size() - half;
    for (const BenignRow &row : benign) {
        std::filesystem::path archive = benignDir / row.archive;
        if (backgroundProjects.count(row.project))
            split.background.push_back(std::move(archive));
        else
            split.members.push_back(std::move(archive));
    }
    return split;
}

// Partial Fisher-Yates: the first `count` of a seeded permutation of `members`, kept in their order.
std::vector<std::filesystem::path> sampleMembers(const std::vector<std::filesystem::path> &members, int count,
                                                 SeededRandom &random) {
    std::vector<std::size_t> pick(members.size());
    for (std::size_t i = 0; i < pick.size(); ++i)
        pick[i] = i;
    const std::size_t take = std::min(pick.size(), static_cast<std::size_t>(std::max(0, count)));
    for (std::size_t i = 0; i < take; ++i)
        std::swap(pick[i], pick[i + random.below(pick.size() - i)]);
    pick.resize(take);
    std::sort(pick.begin(), pick.end());
    std::vector<std::filesystem::path> sample;
    sample.reserve(take);
    for (std::size_t i : pick)
        sample.push_back(members[i]);
    return sample;
}

} // namespace

Plan makePlan(const std::vector<BenignRow> &benign, const std::filesystem::path &benignDir,
              const std::vector<Needle> &diverseNeedles, const ProtocolOptions &options) {
    Plan plan;
    SeededRandom random(options.seed);
    BenignSplit split = splitBenign(benign, benignDir, random);
    plan.background = std::move(split.background);
    plan.backgroundProjects = split.backgroundProjects;
    plan.memberProjects = split.memberProjects;
    plan.memberArchives = split.members.size();

    const std::size_t splitAt = diverseNeedles.size() / 2;
    const std::size_t first = options.part == 0 ? 0 : splitAt;
    const std::size_t last = options.part == 0 ? splitAt : diverseNeedles.size();
    plan.needlesAvailable = last - first;
    std::size_t next = first;
    const int span = std::max(1, options.maxNeedles - options.minNeedles + 1);
    for (int b = 0; b < options.batches; ++b) {
        const std::size_t wanted =
            static_cast<std::size_t>(options.minNeedles) + random.below(static_cast<std::uint64_t>(span));
        if (next + wanted > last) break;
        EvalBatch batch;
        char name[32];
        std::snprintf(name, sizeof name, "batch-%02d", b + 1);
        batch.name = name;
        batch.benign = sampleMembers(split.members, options.benignPerBatch, random);
        for (std::size_t n = 0; n < wanted; ++n)
            batch.needles.push_back(diverseNeedles[next++]);
        plan.batches.push_back(std::move(batch));
    }
    return plan;
}

DayPlan makeDayPlan(const std::vector<BenignRow> &benign, const std::filesystem::path &benignDir,
                    const std::vector<Behaviour> &behaviours, const DayPlanOptions &options) {
    DayPlan plan;
    SeededRandom random(options.seed);
    const BenignSplit split = splitBenign(benign, benignDir, random);
    plan.background = split.background;

    const std::size_t splitAt = behaviours.size() / 2;
    const std::size_t first = options.part == 0 ? 0 : splitAt;
    const std::size_t last = options.part == 0 ? splitAt : behaviours.size();
    std::vector<const Behaviour *> campaigns, singles;
    for (std::size_t i = first; i < last; ++i) {
        if (behaviours[i].members.empty()) continue;
        (behaviours[i].members.size() >= 2 ? campaigns : singles).push_back(&behaviours[i]);
    }
    plan.campaignsAvailable = campaigns.size();
    plan.singlesAvailable = singles.size();

    struct Running {
        std::int32_t campaign;
        std::uint32_t next; // member to arrive next
        std::size_t size;   // members that will arrive
    };
    std::vector<Running> running;
    std::size_t nextCampaign = 0, nextSingle = 0, followUpTurn = 0;
    for (int d = 0; d < options.days; ++d) {
        Day day;
        char name[32];
        std::snprintf(name, sizeof name, "day-%02d", d + 1);
        day.name = name;
        day.benign = sampleMembers(split.members, options.benignPerDay, random);
        // Follow-ups first (campaigns started on earlier days), then new campaigns, then single needles.
        std::vector<std::size_t> open;
        for (std::size_t r = 0; r < running.size(); ++r)
            if (running[r].next < running[r].size) open.push_back(r);
        const std::size_t followUps =
            std::min(open.size(), static_cast<std::size_t>(std::max(0, options.campaignFollowUps)));
        for (std::size_t f = 0; f < followUps; ++f) { // distinct campaigns, taking turns across days
            Running &r = running[open[(followUpTurn + f) % open.size()]];
            const Behaviour &b = *campaigns[static_cast<std::size_t>(r.campaign)];
            day.needles.push_back({b.members[r.next], r.campaign, r.next});
            ++r.next;
        }
        followUpTurn += followUps;
        for (int c = 0; c < options.campaignStarts && nextCampaign < campaigns.size(); ++c, ++nextCampaign) {
            const Behaviour &b = *campaigns[nextCampaign];
            const auto index = static_cast<std::int32_t>(plan.campaigns.size());
            plan.campaigns.push_back(b.members.front().label);
            day.needles.push_back({b.members.front(), index, 0});
            running.push_back(
                {index, 1,
                 std::min(b.members.size(), static_cast<std::size_t>(std::max(1, options.membersPerCampaign)))});
        }
        for (int s = 0; s < options.singles && nextSingle < singles.size(); ++s)
            day.needles.push_back({singles[nextSingle++]->members.front(), -1, 0});
        plan.days.push_back(std::move(day));
    }
    return plan;
}

} // namespace mph::evaluation
