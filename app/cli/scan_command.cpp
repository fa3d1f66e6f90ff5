// mphunter-cli scan: the command-line contract of design section 4.
#include "cli_text.h"
#include "commands.h"
#include "pipeline/feature_cache.h"
#include "pipeline/ranking_csv.h"
#include "pipeline/scan.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr const char *kUsage =
    "usage: mphunter-cli scan --batch DIR [--batch DIR ...] [--background DIR] [--known DIR]\n"
    "                         [--passphrase P ...] [--scope install|import|all] [--no-known-distance]\n"
    "                         [--jobs N] [--out FILE.csv] [--errors FILE.tsv] [--timings]\n"
    "       mphunter-cli scan --demo [--top N] [...]\n"
    "\n"
    "Reads every package of each batch (folders are searched recursively), ranks each batch's install and import\n"
    "scripts against the benign background and the known-malicious set, and writes the ranking as CSV (to FILE.csv,\n"
    "or standard output). Unreadable packages are listed in the errors file and counted on standard error.\n"
    "A package that hits a read cap (entry size, compression ratio, entry count, total size, nesting depth) is\n"
    "still ranked from what was read: its scripts come first in their list (CSV column flagged = 1).\n"
    "\n"
    "  --batch DIR            a batch to rank on its own (repeatable; files are taken as single packages)\n"
    "  --background DIR       benign packages clustered with each batch (repeatable)\n"
    "  --known DIR            known-malicious packages for d_m and the nearest known script (repeatable)\n"
    "  --passphrase P         passphrase for encrypted zips (repeatable; default: infected)\n"
    "  --scope S              install, import or all (default: all)\n"
    "  --no-known-distance    pure outlier mode: no known set (contrastive: score = d_k / 2; paper: d_b / 2)\n"
    "  --ranking M            contrastive (default), purified (the paper's score on the purified known set) or\n"
    "                         paper (design 2.6 literally)\n"
    "  --paper-ranking        the same as --ranking paper\n"
    "  --min-samples N        HDBSCAN min_samples (default 20)\n"
    "  --min-cluster-size N   HDBSCAN min_cluster_size (default 2)\n"
    "  --dimensions N         embedding dimensions (default 128)\n"
    "  --reach G              how code a script runs in other files of its package is ranked: inline (default;\n"
    "                         at the import or exec site), closure (the script alone plus the script with what it\n"
    "                         runs), modules (each reached file on its own), both, off (the script alone)\n"
    "  --import-reach G       the same for the import scope only\n"
    "  --jobs N               worker threads (default: all cores)\n"
    "  --out FILE.csv         write the ranking here instead of standard output\n"
    "  --errors FILE.tsv      write unreadable packages here (file, reason; tab, newline, carriage return and\n"
    "                         backslash inside a field are written as \\t \\n \\r \\\\)\n"
    "  --top N                print the top N of each batch and scope as a table instead of CSV\n"
    "  --cache FILE           feature cache for background and known packages (default: the user's cache folder)\n"
    "  --no-cache             do not read or write the feature cache\n"
    "  --no-map               skip the 2-D projection\n"
    "  --timings              print per-stage wall times to standard error\n";

int usageError(const std::string &message) {
    std::cerr << "mphunter-cli scan: " << message << "\n\n" << kUsage;
    return 2;
}

bool parseCount(const char *text, int minimum, int &value) {
    char *end = nullptr;
    const long parsed = std::strtol(text, &end, 10);
    if (!end || *end || parsed < minimum || parsed > 1'000'000) return false;
    value = static_cast<int>(parsed);
    return true;
}

// A progress line on a terminal, redrawn in place; nothing when standard error is not a terminal.
class ProgressLine {
  public:
    ProgressLine() : enabled_(isatty(STDERR_FILENO) != 0) {}
    ~ProgressLine() { finish(); }
    void operator()(const mph::ScanProgress &p) {
        if (!enabled_) return;
        std::fprintf(stderr, "\r\033[K%s %zu/%zu", p.stage.c_str(), p.done, p.total);
        std::fflush(stderr);
        shown_ = true;
    }
    void finish() {
        if (shown_) std::fputs("\r\033[K", stderr);
        shown_ = false;
    }

  private:
    bool enabled_;
    bool shown_ = false;
};

void printTop(const mph::ScanResult &result, int top) {
    std::uint32_t lastBatch = ~0u;
    int lastScope = -1;
    bool flagged = false;
    for (const mph::RankedScript &r : result.ranking) {
        const mph::ScriptEntry &entry = result.scripts[r.entry];
        if (r.batch != lastBatch || static_cast<int>(entry.scope) != lastScope) {
            lastBatch = r.batch;
            lastScope = static_cast<int>(entry.scope);
            std::printf("\n%s, %s scripts\n%4s  %-34s %-14s %7s %6s %6s %5s %7s  %s\n",
                        result.batchNames[r.batch].c_str(), std::string(mph::scopeName(entry.scope)).c_str(), "rank",
                        "package", "version", "score", "d_b", "d_m", "size", "cluster", "nearest known");
        }
        if (r.rank > static_cast<std::uint32_t>(top)) continue;
        const mph::Package &package = result.packageOf(entry);
        const std::string nearest = r.nearestKnown.empty() ? "-" : mph::packageLabel(result, r.nearestKnown.front());
        std::printf("%4u%c %-34.34s %-14.14s %7.4f %6.3f %6.3f %5zu %7d  %s\n", r.rank, r.flagged ? '!' : ' ',
                    package.name.c_str(), package.version.c_str(), r.score, r.dB, r.dM, result.sequenceOf(entry).size(),
                    r.cluster, nearest.c_str());
        flagged = flagged || r.flagged;
    }
    if (flagged) std::printf("\n! a read cap cut the script or its package: ranked first, whatever its score\n");
}

} // namespace

int runScanCommand(int argc, char **argv) {
    mph::ScanOptions options;
    std::vector<std::string> passphrases;
    std::string outFile, errorsFile;
    bool timings = false, noCache = false;
    int top = 0;
    std::optional<std::filesystem::path> cacheFile;

    for (int i = 1; i < argc; ++i) { // argv[0] is the subcommand's name
        const std::string arg = argv[i];
        const auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        const char *v = nullptr;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--demo") {
            options.demo = true;
        } else if (arg == "--no-known-distance") {
            options.useKnownDistance = false;
        } else if (arg == "--paper-ranking") {
            options.ranking = mph::RankingMethod::Paper;
        } else if (arg == "--timings") {
            timings = true;
        } else if (arg == "--no-cache") {
            noCache = true;
        } else if (arg == "--no-map") {
            options.projection = false;
        } else if (!(v = value())) {
            return usageError(arg.rfind("--", 0) == 0 ? arg + " needs a value" : "unexpected argument '" + arg + "'");
        } else if (arg == "--ranking") {
            if (!mph::parseRankingMethod(v, options.ranking))
                return usageError(std::string("unknown ranking '") + v + "' (contrastive, purified, paper)");
        } else if (arg == "--batch") {
            options.batches.push_back({v, {v}});
        } else if (arg == "--background") {
            options.background.emplace_back(v);
        } else if (arg == "--known") {
            options.known.emplace_back(v);
        } else if (arg == "--passphrase") {
            passphrases.emplace_back(v);
        } else if (arg == "--scope") {
            const std::string scope = v;
            if (scope == "install")
                options.scope = mph::ScopeFilter::Install;
            else if (scope == "import")
                options.scope = mph::ScopeFilter::Import;
            else if (scope == "all")
                options.scope = mph::ScopeFilter::All;
            else
                return usageError("--scope takes install, import or all");
        } else if (arg == "--jobs") {
            if (!parseCount(v, 1, options.jobs)) return usageError("--jobs takes a positive number");
        } else if (arg == "--min-samples") {
            if (!parseCount(v, 1, options.minSamples)) return usageError("--min-samples takes a positive number");
        } else if (arg == "--min-cluster-size") {
            if (!parseCount(v, 2, options.minClusterSize)) return usageError("--min-cluster-size takes a number >= 2");
        } else if (arg == "--reach") {
            if (!mph::parseGranularity(v, options.reach))
                return usageError("--reach takes inline, modules, both or off");
            options.importReach = options.reach;
        } else if (arg == "--import-reach") {
            if (!mph::parseGranularity(v, options.importReach))
                return usageError("--import-reach takes inline, modules, both or off");
        } else if (arg == "--dimensions") {
            if (!parseCount(v, 2, options.dimensions)) return usageError("--dimensions takes a number >= 2");
        } else if (arg == "--top") {
            if (!parseCount(v, 1, top)) return usageError("--top takes a positive number");
        } else if (arg == "--out") {
            outFile = v;
        } else if (arg == "--errors") {
            errorsFile = v;
        } else if (arg == "--cache") {
            cacheFile = v;
        } else {
            return usageError("unknown option '" + arg + "'");
        }
    }
    if (options.demo && !options.batches.empty()) return usageError("--demo and --batch exclude each other");
    if (!options.demo && options.batches.empty()) return usageError("at least one --batch is needed (or --demo)");
    if (!passphrases.empty()) options.passphrases = passphrases;
    if (!noCache && !options.demo) options.cacheFile = cacheFile ? *cacheFile : mph::FeatureCache::defaultLocation();

    ProgressLine progressLine;
    const mph::ScanOutcome outcome = runScan(options, [&](const mph::ScanProgress &p) { progressLine(p); });
    progressLine.finish();
    const mph::ScanResult &result = outcome.result;

    if (top > 0) {
        printTop(result, top);
    } else if (outFile.empty()) {
        mph::writeRankingCsv(std::cout, result);
    } else {
        std::ofstream out(outFile, std::ios::trunc);
        mph::writeRankingCsv(out, result);
        if (!out.flush()) {
            std::cerr << "mphunter-cli scan: cannot write " << outFile << "\n";
            return 1;
        }
    }
    if (!errorsFile.empty()) {
        std::ofstream errors(errorsFile, std::ios::trunc);
        errors << "file\treason\n";
        for (const mph::ReadError &e : result.errors)
            errors << mph::cli::escapeField(e.source) << '\t' << mph::cli::escapeField(e.reason) << '\n';
        if (!errors.flush()) {
            std::cerr << "mphunter-cli scan: cannot write " << errorsFile << "\n";
            return 1;
        }
    }
    std::map<std::string, int> roleCounts;
    for (mph::Role role : result.packageRoles)
        ++roleCounts[std::string(mph::roleName(role))];
    std::fprintf(stderr,
                 "%zu packages read (%d batch, %d background, %d known; %zu from the feature cache), %zu scripts, "
                 "%zu unique call sequences, %zu unreadable%s\n",
                 result.packages.size(), roleCounts["batch"], roleCounts["background"], roleCounts["known"],
                 result.cachedPackages, result.scripts.size(), result.sequences.size(), result.errors.size(),
                 errorsFile.empty() && !result.errors.empty() ? " (list them with --errors FILE)" : "");
    if (timings) {
        double total = 0;
        for (const mph::StageTiming &t : result.timings) {
            std::fprintf(stderr, "  %-14s %8.3f s\n", t.stage.c_str(), t.seconds);
            total += t.seconds;
        }
        std::fprintf(stderr, "  %-14s %8.3f s\n", "total", total);
        std::fprintf(stderr, "  Python source analysed: %.2f MB; slowest package %.3f s (%s)\n",
                     static_cast<double>(result.sourceBytes) / 1e6, result.slowestPackageSeconds,
                     result.slowestPackage.c_str());
    }
    return 0;
}
