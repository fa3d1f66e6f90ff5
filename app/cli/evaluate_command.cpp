// mphunter-cli evaluate: the detection evaluation of design section 6 on ../shared/corpora, with fixed seeds.
// Builds the development batches (evaluation/protocol.h), runs the pipeline once per mode, measures package-level
// recall@3/@10 and install-scope average precision per batch and overall, and does the same for Bandit.
#include "cli_text.h"
#include "commands.h"
#include "evaluate_settings.h"
#include "evaluation/bandit_baseline.h"
#include "evaluation/batch_lists.h"
#include "evaluation/metrics.h"
#include "evaluation/protocol.h"
#include "pipeline/feature_cache.h"
#include "pipeline/package_inputs.h"
#include "pipeline/scan.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ev = mph::evaluation;
using mph::cli::Mode;
using mph::cli::Settings;

namespace {

constexpr const char *kUsage =
    "usage: mphunter-cli evaluate [--corpora DIR] [--seed N] [--needle-seed N] [--part dev|check] [--batches N]\n"
    "                             [--benign-per-batch N] [--min-needles N] [--max-needles N] [--cutoff YYYY-MM-DD]\n"
    "                             [--modes LIST] [--no-bandit] [--python PATH] [--cache FILE]\n"
    "                             [--bandit-cache FILE] [--dimensions N] [--min-samples N] [--min-cluster-size N]\n"
    "                             [--jobs N] [--needles-out FILE.tsv] [--scripts-out FILE.tsv]\n"
    "                             [--show-top N] [--draws N] [--summary-only]\n"
    "\n"
    "Detection evaluation on the development corpora (design section 6). Known = malicious rows added before the\n"
    "cutoff; needles = newer rows, at most one per distinct install call sequence (import sequences when there is no\n"
    "setup.py), in a seeded order; the first half of that list is the development part, the second the check part.\n"
    "Benign projects are split in two (seeded): all archives of one half are the background, batches sample the\n"
    "other half. Every batch is ranked on its own. Per batch and overall: recall@3 and recall@10 (a needle is found\n"
    "at K when one of its scripts is in the top K of the install or the import list), install-scope average\n"
    "precision and its mean over batches. Equal scores are ordered pessimistically (benign first); Bandit is also\n"
    "shown with optimistic ties. Nothing from the corpora is written to disk or executed.\n"
    "\n"
    "  --corpora DIR          the corpora folder (with malicious/ and benign/; default: " MPH_DEFAULT_CORPORA_PATH ")\n"
    "  --seed N               project split, batch sampling, needles per batch (default 1)\n"
    "  --needle-seed N        order of the diverse needle list (default 1)\n"
    "  --part dev|check       which half of the needle list (default dev)\n"
    "  --batches N            number of batches (default 20)\n"
    "  --benign-per-batch N   benign archives per batch (default 300)\n"
    "  --min-needles N, --max-needles N   needles per batch, uniform (default 1 and 5)\n"
    "  --cutoff DATE          known = added before DATE (default 2024-08-01)\n"
    "  --modes LIST           comma-separated: known (the default contrastive ranking with the known set),\n"
    "                         outlier (contrastive, no known set), purified (the paper's score on the purified\n"
    "                         known set), purified-outlier (d_b/2), paper (design 2.6 literally);\n"
    "                         default known,outlier\n"
    "  --no-bandit            skip the Bandit baseline\n"
    "  --python PATH          the Python that has Debian's bandit (default /usr/bin/python3)\n"
    "  --cache FILE           feature cache for background, known and needle-pool packages (default: none)\n"
    "  --bandit-cache FILE    Bandit scores by script sha256 (default: none)\n"
    "  --dimensions N, --min-samples N, --min-cluster-size N, --jobs N, --reach G, --import-reach G   as for scan\n"
    "  --purify-epsilon X     known scripts within X of the background are dropped (default: the ranking's)\n"
    "  --needles-out FILE     one line per (draw, mode, needle): its best install and import ranks and scores\n"
    "  --scripts-out FILE     every ranked script with its score terms and distinct calls, and per scope how many\n"
    "                         background and known scripts make each call (to try a score formula offline)\n"
    "  --show-top N           print the top N of every batch's install and import lists (* = needle)\n"
    "  --draws N              N evaluations with seeds seed..seed+N-1 (needle seeds likewise), then each figure's\n"
    "                         mean, lowest and highest over them\n"
    "  --summary-only         print the overall figures, not the per-batch tables\n"
    "  --days N               the day-by-day simulation of the analyst's memory instead (no known set): each day\n"
    "                         is one batch of --benign-per-batch archives with needles, some of them later members\n"
    "                         of a campaign (packages of one behaviour) whose first member came on an earlier day;\n"
    "                         each day is ranked once with a history file (the simulated analyst judges malicious\n"
    "                         the needles in the day's top 10, and those verdicts teach the next days) and once\n"
    "                         without; per day and overall: recall@3 and recall@10 of both, and the recall@3 of\n"
    "                         needles whose campaign was confirmed on an earlier day\n"
    "  --campaign-starts N, --follow-ups N, --singles N, --campaign-members N   per day: campaigns that start\n"
    "                         (default 1), later members of started campaigns (default 2), needles of their own\n"
    "                         (default 1); members of one campaign that arrive at most (default 4)\n";

int usageError(const std::string &message) {
    std::fprintf(stderr, "mphunter-cli evaluate: %s\n\n%s", message.c_str(), kUsage);
    return 2;
}

int cannotWrite(const std::filesystem::path &file) {
    std::fprintf(stderr, "mphunter-cli evaluate: cannot write %s: %s\n", file.string().c_str(), std::strerror(errno));
    return 1;
}

std::optional<long long> parseNumber(const char *text, long long minimum) {
    char *end = nullptr;
    const long long value = std::strtoll(text, &end, 10);
    if (!end || *end || value < minimum) return std::nullopt;
    return value;
}

std::optional<Mode> modeNamed(const std::string &name) {
    using mph::RankingMethod;
    if (name == "known")
        return Mode{name, true, RankingMethod::Contrastive, "contrastive ranking (default), known set on"};
    if (name == "outlier")
        return Mode{name, false, RankingMethod::Contrastive,
                    "contrastive ranking, no known set (score = d_k/2 + 0.3 · rarity + 0.2 · capability)"};
    if (name == "purified")
        return Mode{name, true, RankingMethod::Purified, "the paper's score on the purified known set (design 2.6a)"};
    if (name == "purified-outlier")
        return Mode{name, false, RankingMethod::Purified, "the paper's score, no known set (score = d_b/2)"};
    if (name == "paper")
        return Mode{name, true, RankingMethod::Paper, "the paper's formula literally (design 2.6), known set on"};
    return std::nullopt;
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::string fixed(double value, int digits = 3) {
    if (std::isnan(value)) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return text;
}

struct MethodFigures {
    std::string name;
    std::vector<ev::BatchFigures> batches;
    ev::OverallFigures overall;
};

MethodFigures measure(const std::string &name, const std::vector<ev::BatchLists> &lists, const ev::Plan &plan,
                      ev::TiePolicy ties) {
    MethodFigures m;
    m.name = name;
    for (std::size_t b = 0; b < plan.batches.size(); ++b) {
        const ev::BatchLists empty;
        const ev::BatchLists &l = b < lists.size() ? lists[b] : empty;
        m.batches.push_back(
            ev::measureBatch(plan.batches[b].name, l.install, l.import, plan.batches[b].needles.size(), ties));
    }
    m.overall = ev::summarise(m.batches);
    return m;
}

void printBatchTable(const MethodFigures &m) {
    std::printf("\n%-10s %7s %7s %5s %4s %4s %7s  %s\n", "batch", "install", "import", "ndl", "@3", "@10", "AP",
                "best rank of each needle (- = no script)");
    for (const ev::BatchFigures &b : m.batches) {
        std::string ranks;
        for (std::uint32_t r : b.needleRanks)
            ranks += (r ? std::to_string(r) : std::string("-")) + " ";
        std::printf("%-10s %7zu %7zu %5zu %4zu %4zu %7s  %s\n", b.batch.c_str(), b.installScripts, b.importScripts,
                    b.needles, b.found3, b.found10, fixed(b.installAp).c_str(), ranks.c_str());
    }
}

void printOverall(const MethodFigures &m) {
    const ev::OverallFigures &o = m.overall;
    std::printf("%-28s recall@3 %s (%zu/%zu)  recall@10 %s (%zu/%zu)  mean AP %s (%zu batches)  per-batch mean "
                "recall@3 %s, @10 %s  import-scope recall@10 %s (%zu/%zu)\n",
                m.name.c_str(), fixed(o.recall3).c_str(), o.found3, o.needles, fixed(o.recall10).c_str(), o.found10,
                o.needles, fixed(o.meanAp).c_str(), o.apBatches, fixed(o.batchRecall3).c_str(),
                fixed(o.batchRecall10).c_str(), fixed(o.importRecall10).c_str(), o.importFound10, o.importNeedles);
}

// One line per needle: where its best install and import scripts ranked, and the install script's score parts.
// Names are escaped as every TSV the CLI writes (mph::cli::escapeField).
void writeNeedles(std::ofstream &out, const std::string &mode, const mph::ScanResult &result, const ev::Plan &plan,
                  const std::vector<ev::BatchLists> &lists) {
    for (std::size_t b = 0; b < plan.batches.size() && b < lists.size(); ++b) {
        const ev::BatchLists &l = lists[b];
        const std::size_t needles = plan.batches[b].needles.size();
        const auto installRanks = ev::bestRanks({l.install}, needles, ev::TiePolicy::Pessimistic);
        const auto importRanks = ev::bestRanks({l.import}, needles, ev::TiePolicy::Pessimistic);
        for (std::size_t n = 0; n < needles; ++n) {
            const auto needle = static_cast<std::int32_t>(n);
            std::string detail = "\t\t\t\t\t\t\t\t\t";
            for (std::size_t i = 0; i < l.install.size(); ++i) {
                if (l.install[i].needle != needle) continue;
                const mph::RankedScript &r = result.ranking[l.installRows[i]];
                const mph::ScriptEntry &entry = result.scripts[r.entry];
                detail = "\t" + fixed(r.score, 4) + "\t" + fixed(r.dB, 4) + "\t" + fixed(r.dM, 4) + "\t" +
                         std::to_string(result.sequenceOf(entry).size()) + "\t" + std::to_string(r.cluster) + "\t" +
                         (r.nearestKnown.empty()
                              ? std::string("-")
                              : mph::cli::escapeField(result.packageOf(result.scripts[r.nearestKnown.front()]).name)) +
                         "\t" + fixed(r.dNeighbourhood, 4) + "\t" + fixed(r.dNearestBackground, 4) + "\t" +
                         fixed(r.evidence, 4);
            }
            out << mode << '\t' << mph::cli::escapeField(plan.batches[b].name) << '\t'
                << mph::cli::escapeField(plan.batches[b].needles[n].label) << '\t' << installRanks[n] << '\t'
                << importRanks[n] << detail << '\n';
        }
    }
}

// Every ranked script of every batch with its score terms and its distinct calls ("S" lines), and per scope the
// number of background and known scripts that make each call ("C" lines, unique sequences, known set unpurified):
// what a change to the score's formula needs to be tried offline on the same draws.
void writeScripts(std::ofstream &out, const std::string &draw, const mph::ScanResult &result,
                  const std::vector<ev::BatchLists> &lists, bool withCallCounts) {
    const auto distinct = [&](std::uint32_t unique) {
        std::vector<std::string> calls;
        for (const mph::CallToken &call : result.sequences[unique].calls)
            calls.push_back(mph::cli::escapeField(call.name));
        std::sort(calls.begin(), calls.end());
        calls.erase(std::unique(calls.begin(), calls.end()), calls.end());
        return calls;
    };
    for (std::size_t b = 0; b < lists.size(); ++b)
        for (const bool install : {true, false}) {
            const auto &items = install ? lists[b].install : lists[b].import;
            const auto &rows = install ? lists[b].installRows : lists[b].importRows;
            for (std::size_t i = 0; i < items.size(); ++i) {
                const mph::RankedScript &r = result.ranking[rows[i]];
                const mph::ScriptEntry &entry = result.scripts[r.entry];
                out << "S\t" << draw << '\t' << b << '\t' << (install ? "install" : "import") << '\t' << items[i].needle
                    << '\t' << fixed(r.score, 5) << '\t' << fixed(r.dNeighbourhood, 5) << '\t'
                    << fixed(r.dNearestBackground, 5) << '\t' << fixed(r.dM, 5) << '\t' << fixed(r.evidence, 5) << '\t'
                    << fixed(r.rarity, 5) << '\t' << result.sequenceOf(entry).size() << '\t' << r.cluster << '\t'
                    << fixed(r.capability, 5);
                for (const std::string &call : distinct(entry.unique))
                    out << '\t' << call;
                out << '\n';
            }
        }
    if (!withCallCounts) return;
    for (const mph::Scope scope : {mph::Scope::Install, mph::Scope::Import})
        for (const mph::Role role : {mph::Role::Background, mph::Role::Known}) {
            std::set<std::uint32_t> uniques;
            for (const mph::ScriptEntry &entry : result.scripts)
                if (entry.scope == scope && result.packageRoles[entry.package] == role) uniques.insert(entry.unique);
            std::map<std::string, std::size_t> counts;
            for (std::uint32_t unique : uniques)
                for (const std::string &call : distinct(unique))
                    ++counts[call];
            out << "T\t" << draw << '\t' << (scope == mph::Scope::Install ? "install" : "import") << '\t'
                << (role == mph::Role::Known ? "known" : "background") << '\t' << uniques.size() << '\n';
            for (const auto &[call, count] : counts)
                out << "C\t" << draw << '\t' << (scope == mph::Scope::Install ? "install" : "import") << '\t'
                    << (role == mph::Role::Known ? "known" : "background") << '\t' << call << '\t' << count << '\n';
        }
}

// The top of each list, as the analyst would read it.
void printTop(const mph::ScanResult &result, const ev::Plan &plan, const std::vector<ev::BatchLists> &lists, int top) {
    for (std::size_t b = 0; b < plan.batches.size() && b < lists.size(); ++b)
        for (const bool install : {true, false}) {
            const auto &items = install ? lists[b].install : lists[b].import;
            const auto &rows = install ? lists[b].installRows : lists[b].importRows;
            std::printf("  %s %s top %d:\n", plan.batches[b].name.c_str(), install ? "install" : "import", top);
            const auto order = ev::rankOrder(items, ev::TiePolicy::Pessimistic);
            for (std::size_t k = 0; k < order.size() && k < static_cast<std::size_t>(top); ++k) {
                const mph::RankedScript &r = result.ranking[rows[order[k]]];
                const mph::ScriptEntry &entry = result.scripts[r.entry];
                const mph::Package &package = result.packageOf(entry);
                std::printf("   %c%3zu %-30.30s %-12.12s %7.4f d_b %.3f d_m %.3f size %4zu cl %4d  %s\n",
                            items[order[k]].needle >= 0 ? '*' : ' ', k + 1, package.name.c_str(),
                            package.version.c_str(), r.score, r.dB, r.dM, result.sequenceOf(entry).size(), r.cluster,
                            r.nearestKnown.empty()
                                ? "-"
                                : result.packageOf(result.scripts[r.nearestKnown.front()]).name.c_str());
            }
        }
}

std::optional<std::vector<MethodFigures>> evaluateDraw(const Settings &settings, const std::string &part,
                                                       std::optional<std::ofstream> &needlesOut,
                                                       std::optional<std::ofstream> &scriptsOut);
void printDraws(const std::vector<std::vector<MethodFigures>> &draws, std::uint64_t firstSeed,
                std::uint64_t firstNeedleSeed, const std::string &part);

} // namespace

int runEvaluateCommand(int argc, char **argv) {
    Settings settings;
    settings.scan.projection = false;
    std::string modes = "known,outlier";
    std::string part = "dev";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "--no-bandit") {
            settings.bandit = false;
            continue;
        }
        if (arg == "--summary-only") {
            settings.summaryOnly = true;
            continue;
        }
        if (i + 1 >= argc)
            return usageError(arg.rfind("--", 0) == 0 ? arg + " needs a value" : "unexpected '" + arg + "'");
        const char *v = argv[++i];
        const auto count = [&](long long minimum) { return parseNumber(v, minimum); };
        std::optional<long long> n;
        if (arg == "--corpora")
            settings.corpora = v;
        else if (arg == "--seed" && (n = count(0)))
            settings.protocol.seed = static_cast<std::uint64_t>(*n);
        else if (arg == "--needle-seed" && (n = count(0)))
            settings.needleSeed = static_cast<std::uint64_t>(*n);
        else if (arg == "--part" && (std::string(v) == "dev" || std::string(v) == "check"))
            part = v;
        else if (arg == "--batches" && (n = count(1)))
            settings.protocol.batches = static_cast<int>(*n);
        else if (arg == "--benign-per-batch" && (n = count(1)))
            settings.protocol.benignPerBatch = static_cast<int>(*n);
        else if (arg == "--min-needles" && (n = count(1)))
            settings.protocol.minNeedles = static_cast<int>(*n);
        else if (arg == "--max-needles" && (n = count(1)))
            settings.protocol.maxNeedles = static_cast<int>(*n);
        else if (arg == "--cutoff")
            settings.cutoff = v;
        else if (arg == "--modes")
            modes = v;
        else if (arg == "--python")
            settings.python = v;
        else if (arg == "--cache")
            settings.cache = v;
        else if (arg == "--bandit-cache")
            settings.banditCache = v;
        else if (arg == "--scripts-out")
            settings.scriptsOut = v;
        else if (arg == "--needles-out")
            settings.needlesOut = v;
        else if (arg == "--reach") {
            if (!mph::parseGranularity(v, settings.scan.reach))
                return usageError("--reach takes inline, modules, both or off");
            settings.scan.importReach = settings.scan.reach;
        } else if (arg == "--import-reach") {
            if (!mph::parseGranularity(v, settings.scan.importReach))
                return usageError("--import-reach takes inline, modules, both or off");
        } else if (arg == "--dimensions" && (n = count(2)))
            settings.scan.dimensions = static_cast<int>(*n);
        else if (arg == "--min-samples" && (n = count(1)))
            settings.scan.minSamples = static_cast<int>(*n);
        else if (arg == "--min-cluster-size" && (n = count(2)))
            settings.scan.minClusterSize = static_cast<int>(*n);
        else if (arg == "--jobs" && (n = count(1)))
            settings.scan.jobs = static_cast<int>(*n);
        else if (arg == "--purify-epsilon")
            settings.scan.purifyEpsilon = std::strtod(v, nullptr);
        else if (arg == "--background-clusters" && std::string_view(v) == "only")
            settings.scan.backgroundOnlyClusters = true;
        else if (arg == "--show-top" && (n = count(1)))
            settings.showTop = static_cast<int>(*n);
        else if (arg == "--draws" && (n = count(1)))
            settings.draws = static_cast<int>(*n);
        else if (arg == "--days" && (n = count(1)))
            settings.runDays = true, settings.days.days = static_cast<int>(*n);
        else if (arg == "--campaign-starts" && (n = count(0)))
            settings.days.campaignStarts = static_cast<int>(*n);
        else if (arg == "--follow-ups" && (n = count(0)))
            settings.days.campaignFollowUps = static_cast<int>(*n);
        else if (arg == "--singles" && (n = count(0)))
            settings.days.singles = static_cast<int>(*n);
        else if (arg == "--campaign-members" && (n = count(2)))
            settings.days.membersPerCampaign = static_cast<int>(*n);
        else
            return usageError("bad option or value: " + arg + " " + v);
    }
    settings.protocol.part = part == "dev" ? 0 : 1;
    if (settings.protocol.maxNeedles < settings.protocol.minNeedles) return usageError("--max-needles < --min-needles");
    for (std::size_t start = 0; start <= modes.size();) {
        const std::size_t comma = std::min(modes.find(',', start), modes.size());
        const std::string name = modes.substr(start, comma - start);
        const auto mode = modeNamed(name);
        if (!mode) return usageError("unknown mode '" + name + "' (known, outlier, purified, purified-outlier, paper)");
        settings.modes.push_back(*mode);
        start = comma + 1;
    }
    settings.scan.cacheFile = settings.cache;
    const auto started = std::chrono::steady_clock::now();

    std::optional<std::ofstream> needlesOut;
    if (settings.needlesOut) {
        needlesOut.emplace(*settings.needlesOut, std::ios::trunc);
        if (!*needlesOut) return cannotWrite(*settings.needlesOut);
        *needlesOut
            << "seed\tneedle_seed\tpart\tmode\tbatch\tneedle\tinstall_rank\timport_rank\tscore\td_b\td_m\tsize\t"
               "cluster\tnearest_known\td_k\td_nb\tevidence\n";
    }
    std::optional<std::ofstream> scriptsOut;
    if (settings.scriptsOut) {
        scriptsOut.emplace(*settings.scriptsOut, std::ios::trunc);
        if (!*scriptsOut) return cannotWrite(*settings.scriptsOut);
    }
    const std::uint64_t firstSeed = settings.protocol.seed, firstNeedleSeed = settings.needleSeed;
    if (settings.runDays) {
        mph::cli::DaysFigures total;
        for (int draw = 0; draw < settings.draws; ++draw) {
            settings.protocol.seed = firstSeed + static_cast<std::uint64_t>(draw);
            settings.needleSeed = firstNeedleSeed + static_cast<std::uint64_t>(draw);
            const std::optional<mph::cli::DaysFigures> figures = mph::cli::evaluateDays(settings, part);
            if (!figures) return 1;
            total.needles += figures->needles;
            total.found3 += figures->found3;
            total.found10 += figures->found10;
            total.found3Alone += figures->found3Alone;
            total.found10Alone += figures->found10Alone;
            total.followUps += figures->followUps;
            total.followUps3 += figures->followUps3;
            total.followUps3Alone += figures->followUps3Alone;
        }
        const auto share = [](std::size_t found, std::size_t of) {
            return of ? fixed(static_cast<double>(found) / static_cast<double>(of)) : std::string("-");
        };
        std::printf("\n== days, %d draw(s), part %s: %zu needles, %zu of campaigns confirmed earlier ==\n"
                    "with history:    recall@3 %s  recall@10 %s  confirmed-campaign recall@3 %s\n"
                    "without history: recall@3 %s  recall@10 %s  confirmed-campaign recall@3 %s\n",
                    settings.draws, part.c_str(), total.needles, total.followUps,
                    share(total.found3, total.needles).c_str(), share(total.found10, total.needles).c_str(),
                    share(total.followUps3, total.followUps).c_str(), share(total.found3Alone, total.needles).c_str(),
                    share(total.found10Alone, total.needles).c_str(),
                    share(total.followUps3Alone, total.followUps).c_str());
        std::printf("total time %.1f s\n", seconds(started));
        return 0;
    }
    std::vector<std::vector<MethodFigures>> draws;
    for (int draw = 0; draw < settings.draws; ++draw) {
        settings.protocol.seed = firstSeed + static_cast<std::uint64_t>(draw);
        settings.needleSeed = firstNeedleSeed + static_cast<std::uint64_t>(draw);
        std::optional<std::vector<MethodFigures>> figures = evaluateDraw(settings, part, needlesOut, scriptsOut);
        if (!figures) return 1;
        draws.push_back(std::move(*figures));
    }
    if (draws.size() > 1) printDraws(draws, firstSeed, firstNeedleSeed, part);
    std::printf("total time %.1f s\n", seconds(started));
    return 0;
}

namespace {

// One evaluation (one seed and needle seed): roles, batches, one scan per mode, Bandit; prints its tables and
// summary and returns the figures, or nothing after an error (already reported).
std::optional<std::vector<MethodFigures>> evaluateDraw(const Settings &settings, const std::string &part,
                                                       std::optional<std::ofstream> &needlesOut,
                                                       std::optional<std::ofstream> &scriptsOut) {
    // Roles.
    std::printf("mphunter-cli evaluate: corpora %s, cutoff %s, seed %llu, needle seed %llu, part %s\n",
                settings.corpora.string().c_str(), settings.cutoff.c_str(),
                static_cast<unsigned long long>(settings.protocol.seed),
                static_cast<unsigned long long>(settings.needleSeed), part.c_str());
    const std::optional<mph::cli::MalwareRoles> roles = mph::cli::readMalwareRoles(settings);
    if (!roles) return std::nullopt;
    const std::vector<ev::Needle> &diverse = roles->diverse;
    std::vector<ev::BenignRow> benign;
    std::string problem;
    if (!ev::readBenignManifest(settings.corpora / "benign" / "manifest.tsv", benign, problem)) {
        std::fprintf(stderr, "mphunter-cli evaluate: %s\n", problem.c_str());
        return std::nullopt;
    }
    const ev::Plan plan =
        ev::makePlan(benign, (settings.corpora / "benign").lexically_normal(), diverse, settings.protocol);
    std::size_t needleCount = 0, memberCount = 0;
    for (const ev::EvalBatch &b : plan.batches)
        needleCount += b.needles.size(), memberCount += b.benign.size();
    std::printf("benign: %zu archives of %zu projects; background = %zu archives of %zu projects; batch members drawn "
                "from %zu archives of %zu projects\n",
                benign.size(), plan.backgroundProjects + plan.memberProjects, plan.background.size(),
                plan.backgroundProjects, plan.memberArchives, plan.memberProjects);
    std::printf("batches: %zu (asked %d), %zu benign members, %zu needles (%zu available in the %s half)\n",
                plan.batches.size(), settings.protocol.batches, memberCount, needleCount, plan.needlesAvailable,
                part.c_str());
    if (plan.batches.size() < static_cast<std::size_t>(settings.protocol.batches))
        std::printf("WARNING: the needles ran out; fewer batches than asked\n");
    if (!settings.summaryOnly)
        for (const ev::EvalBatch &b : plan.batches) {
            std::printf("  %s: %zu benign +", b.name.c_str(), b.benign.size());
            for (const ev::Needle &n : b.needles)
                std::printf(" %s;", n.label.c_str());
            std::printf("\n");
        }
    std::fflush(stdout);

    ev::NeedleIndex needleIndex(plan.batches.size());
    mph::ScanOptions scan = settings.scan;
    scan.background = plan.background;
    scan.known = roles->known;
    for (std::size_t b = 0; b < plan.batches.size(); ++b) {
        mph::BatchInput input{plan.batches[b].name, plan.batches[b].benign};
        for (std::size_t n = 0; n < plan.batches[b].needles.size(); ++n) {
            input.roots.push_back(plan.batches[b].needles[n].archive);
            needleIndex[b][ev::normalSource(plan.batches[b].needles[n].archive.string())] =
                static_cast<std::int32_t>(n);
        }
        scan.batches.push_back(std::move(input));
    }
    std::printf("scan settings: dimensions %d, min_samples %d, min_cluster_size %d, feature cache %s\n",
                scan.dimensions, scan.minSamples, scan.minClusterSize,
                settings.cache ? settings.cache->string().c_str() : "none");

    std::vector<MethodFigures> figures;
    std::optional<mph::ScanResult> keptResult; // for Bandit: batch scripts keep their texts
    for (const Mode &mode : settings.modes) {
        mph::ScanOptions options = scan;
        options.useKnownDistance = mode.useKnown;
        options.ranking = mode.method;
        const auto runStart = std::chrono::steady_clock::now();
        mph::ScanOutcome outcome = mph::runScan(options);
        const double runSeconds = seconds(runStart);
        const mph::ScanResult &result = outcome.result;
        std::printf("\n== mode %s: %s ==\nrun: %.1f s (", mode.name.c_str(), mode.description.c_str(), runSeconds);
        for (const mph::StageTiming &t : result.timings)
            std::printf("%s %.1f s; ", t.stage.c_str(), t.seconds);
        std::printf("%zu packages, %zu from the cache, %zu scripts, %zu unique sequences, %zu read errors)\n",
                    result.packages.size(), result.cachedPackages, result.scripts.size(), result.sequences.size(),
                    result.errors.size());
        const auto lists = ev::batchLists(result, needleIndex, [](const mph::RankedScript &r) { return r.score; });
        MethodFigures m = measure("mphunter/" + mode.name, lists, plan, ev::TiePolicy::Pessimistic);
        if (settings.showTop > 0) printTop(result, plan, lists, settings.showTop);
        if (!settings.summaryOnly) printBatchTable(m);
        printOverall(m);
        std::fflush(stdout);
        if (needlesOut)
            writeNeedles(*needlesOut,
                         std::to_string(settings.protocol.seed) + '\t' + std::to_string(settings.needleSeed) + '\t' +
                             part + '\t' + mode.name,
                         result, plan, lists);
        if (scriptsOut)
            writeScripts(*scriptsOut, std::to_string(settings.protocol.seed) + '\t' + part + '\t' + mode.name, result,
                         lists, figures.empty());
        figures.push_back(std::move(m));
        if (!keptResult) keptResult = std::move(outcome.result);
    }

    if (settings.bandit) {
        if (!keptResult) {
            mph::ScanOptions options = scan;
            options.known.clear();
            keptResult = mph::runScan(options).result;
        }
        const mph::ScanResult &result = *keptResult;
        ev::BanditBaseline bandit(settings.python);
        const std::string version = bandit.version();
        if (version.empty()) {
            std::fprintf(stderr, "mphunter-cli evaluate: cannot import bandit with %s\n", settings.python.c_str());
            return std::nullopt;
        }
        if (settings.banditCache) bandit.loadCache(*settings.banditCache);
        std::vector<ev::BanditScript> scripts;
        for (const mph::RankedScript &r : result.ranking) {
            const mph::Script &script = result.scriptOf(result.scripts[r.entry]);
            scripts.push_back({script.sha256, script.text});
        }
        const auto banditStart = std::chrono::steady_clock::now();
        if (!bandit.score(scripts, settings.scan.jobs > 0 ? settings.scan.jobs : 2, problem)) {
            std::fprintf(stderr, "mphunter-cli evaluate: bandit: %s\n", problem.c_str());
            return std::nullopt;
        }
        if (settings.banditCache && !bandit.saveCache(*settings.banditCache, problem))
            std::fprintf(stderr, "bandit cache not saved: %s\n", problem.c_str());
        std::size_t unparsed = 0, withFindings = 0;
        for (const ev::BanditScript &s : scripts) {
            const auto found = bandit.find(s.sha256);
            unparsed += found && !found->parsed ? 1 : 0;
            withFindings += found && found->findings > 0 ? 1 : 0;
        }
        std::printf("\n== bandit %s (severity x confidence, LOW=1 MEDIUM=2 HIGH=3, summed per script) ==\n%zu scripts, "
                    "%zu scored now in %.1f s, %zu not parsed by bandit (score 0), %zu with findings\n",
                    version.c_str(), scripts.size(), bandit.fresh(), seconds(banditStart), unparsed, withFindings);
        const auto lists = ev::batchLists(result, needleIndex, [&](const mph::RankedScript &r) {
            const auto found = bandit.find(result.scriptOf(result.scripts[r.entry]).sha256);
            return found ? found->score : 0.0;
        });
        MethodFigures pessimistic = measure("bandit", lists, plan, ev::TiePolicy::Pessimistic);
        MethodFigures optimistic = measure("bandit (optimistic ties)", lists, plan, ev::TiePolicy::Optimistic);
        if (!settings.summaryOnly) printBatchTable(pessimistic);
        printOverall(pessimistic);
        printOverall(optimistic);
        figures.push_back(std::move(pessimistic));
        figures.push_back(std::move(optimistic));
    }

    std::printf("\n== summary (seed %llu, needle seed %llu, part %s, %zu batches, %zu needles) ==\n",
                static_cast<unsigned long long>(settings.protocol.seed),
                static_cast<unsigned long long>(settings.needleSeed), part.c_str(), plan.batches.size(), needleCount);
    std::printf("%-28s %9s %9s %9s %9s\n", "method", "recall@3", "recall@10", "mean AP", "import@10");
    for (const MethodFigures &m : figures)
        std::printf("%-28s %9s %9s %9s %9s\n", m.name.c_str(), fixed(m.overall.recall3).c_str(),
                    fixed(m.overall.recall10).c_str(), fixed(m.overall.meanAp).c_str(),
                    fixed(m.overall.importRecall10).c_str());
    std::fflush(stdout);
    return figures;
}

// Every method over every draw: mean, lowest and highest of each figure. One draw is one sample of needles and
// batches; figures move by several hundredths between draws, more than most changes to a method do.
void printDraws(const std::vector<std::vector<MethodFigures>> &draws, std::uint64_t firstSeed,
                std::uint64_t firstNeedleSeed, const std::string &part) {
    std::printf("\n== %zu draws (seeds %llu-%llu, needle seeds %llu-%llu, part %s): mean [lowest, highest] ==\n",
                draws.size(), static_cast<unsigned long long>(firstSeed),
                static_cast<unsigned long long>(firstSeed + draws.size() - 1),
                static_cast<unsigned long long>(firstNeedleSeed),
                static_cast<unsigned long long>(firstNeedleSeed + draws.size() - 1), part.c_str());
    std::printf("%-28s %21s %21s %21s %21s\n", "method", "recall@3", "recall@10", "mean AP", "import@10");
    for (std::size_t m = 0; m < draws.front().size(); ++m) {
        std::printf("%-28s", draws.front()[m].name.c_str());
        for (double ev::OverallFigures::*figure : {&ev::OverallFigures::recall3, &ev::OverallFigures::recall10,
                                                   &ev::OverallFigures::meanAp, &ev::OverallFigures::importRecall10}) {
            double sum = 0, lowest = 1, highest = 0;
            for (const std::vector<MethodFigures> &draw : draws) {
                const double value = draw[m].overall.*figure;
                sum += value;
                lowest = std::min(lowest, value);
                highest = std::max(highest, value);
            }
            std::printf(" %s [%s, %s]", fixed(sum / static_cast<double>(draws.size())).c_str(), fixed(lowest).c_str(),
                        fixed(highest).c_str());
        }
        std::printf("\n");
    }
}

} // namespace

namespace mph::cli {

std::optional<MalwareRoles> readMalwareRoles(const Settings &settings) {
    MalwareRoles roles;
    std::vector<ev::MaliciousRow> rows;
    std::string problem;
    const std::filesystem::path malicious = settings.corpora / "malicious";
    if (!ev::readMaliciousManifest(malicious / "manifest.tsv", rows, problem)) {
        std::fprintf(stderr, "mphunter-cli evaluate: %s\n", problem.c_str());
        return std::nullopt;
    }
    std::vector<mph::PackageSource> pool;
    std::vector<const ev::MaliciousRow *> poolRows;
    std::size_t unreadableKnown = 0;
    for (const ev::MaliciousRow &row : rows) {
        const bool isKnown = row.added < settings.cutoff;
        if (row.zip.empty()) {
            unreadableKnown += isKnown ? 1 : 0;
            continue;
        }
        std::filesystem::path archive = (malicious / row.zip).lexically_normal();
        if (isKnown) {
            roles.known.push_back(std::move(archive));
        } else {
            pool.push_back({mph::Role::Known, -1, std::move(archive), {}, {}});
            poolRows.push_back(&row);
        }
    }
    roles.poolSize = pool.size();
    std::fprintf(stderr, "reading the needle pool (%zu packages added on or after %s)...\n", pool.size(),
                 settings.cutoff.c_str());
    // The pool goes through the pipeline's reader and analyser (and feature cache) like a known set: texts dropped.
    mph::FeatureCache cache;
    if (settings.cache && !cache.load(*settings.cache, problem))
        std::fprintf(stderr, "feature cache ignored: %s\n", problem.c_str());
    mph::LoadedInputs loaded = mph::loadPackages(pool, settings.scan, settings.cache ? &cache : nullptr, {}, nullptr);
    if (settings.cache && cache.dirty() && !cache.save(*settings.cache, problem))
        std::fprintf(stderr, "feature cache not saved: %s\n", problem.c_str());

    std::map<std::string, const mph::PackageFeatures *> featuresOfSource;
    for (const mph::LoadedPackage &p : loaded.packages)
        featuresOfSource[ev::normalSource(p.features.package.source)] = &p.features;
    std::vector<std::optional<std::string>> keys, campaignKeys;
    for (const mph::PackageSource &source : pool) {
        const auto it = featuresOfSource.find(ev::normalSource(source.path.string()));
        const bool read = it != featuresOfSource.end();
        keys.push_back(read ? ev::behaviourKey(it->second->package, it->second->sequences) : std::nullopt);
        campaignKeys.push_back(read ? ev::campaignKey(it->second->package, it->second->sequences) : std::nullopt);
    }
    std::size_t withScripts = 0;
    for (const auto &key : keys)
        withScripts += key ? 1 : 0;
    const auto needleOf = [&](std::size_t i) {
        const ev::MaliciousRow &row = *poolRows[i];
        return ev::Needle{pool[i].path, row.name + "==" + row.version + " (" + row.added + ")"};
    };
    for (std::size_t i : ev::selectDiverse(keys, settings.needleSeed))
        roles.diverse.push_back(needleOf(i));
    // Campaigns for the day-by-day simulation: packages that do the same thing in every script, not only in their
    // install script (thousands of malicious packages share a bare `setup()` and differ in their import code).
    std::map<std::string, std::vector<std::size_t>> membersOfKey;
    for (std::size_t i = 0; i < campaignKeys.size(); ++i)
        if (campaignKeys[i]) membersOfKey[*campaignKeys[i]].push_back(i);
    for (std::size_t i : ev::selectDiverse(campaignKeys, settings.needleSeed)) {
        std::vector<std::size_t> members = membersOfKey[*campaignKeys[i]];
        std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(poolRows[a]->added, poolRows[a]->name, poolRows[a]->version) <
                   std::tie(poolRows[b]->added, poolRows[b]->name, poolRows[b]->version);
        });
        ev::Behaviour behaviour;
        for (std::size_t m : members)
            behaviour.members.push_back(needleOf(m));
        roles.behaviours.push_back(std::move(behaviour));
    }
    std::printf("known: %zu archives added before %s (%zu rows without a readable archive left out)\n",
                roles.known.size(), settings.cutoff.c_str(), unreadableKnown);
    std::printf("needle pool: %zu archives, %zu unreadable, %zu with scripts, %zu distinct behaviours (needle seed "
                "%llu)\n",
                pool.size(), loaded.errors.size(), withScripts, roles.diverse.size(),
                static_cast<unsigned long long>(settings.needleSeed));
    return roles;
}

} // namespace mph::cli
