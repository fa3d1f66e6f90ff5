// mphunter-cli scan: the command-line contract of design section 4.
#include "cli_text.h"
#include "commands.h"
#include "history_database.h"
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
    "                         [--history FILE [--no-history-feedback] [--only-new]]\n"
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
    "                         runs), modules (each reached file on its own), both, off (the script alone),\n"
    "                         dormant (inline, then every function and method that nothing called)\n"
    "  --import-reach G       the same for the import scope only\n"
    "  --jobs N               worker threads (default: all cores)\n"
    "  --out FILE.csv         write the ranking here instead of standard output\n"
    "  --errors FILE.tsv      write unreadable packages here (file, reason; tab, newline, carriage return and\n"
    "                         backslash inside a field are written as \\t \\n \\r \\\\)\n"
    "  --top N                print the top N of each batch and scope as a table instead of CSV\n"
    "  --cache FILE           feature cache for background and known packages (default: the user's cache folder)\n"
    "  --no-cache             do not read or write the feature cache\n"
    "  --no-map               skip the 2-D projection\n"
    "  --timings              print per-stage wall times to standard error\n"
    "  --history FILE         the analyst's history database (created when missing): the run is recorded in it,\n"
    "                         packages judged malicious join the known set and packages judged benign the\n"
    "                         background, and a new version of a project judged malicious comes first; the CSV's\n"
    "                         prior_verdict and first_seen columns come from it\n"
    "  --no-history-feedback  record the run and fill prior_verdict/first_seen, but let no verdict teach the run\n"
    "  --only-new             write rows only for archives the history had not seen before (all still rank)\n";

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

// Verdicts of earlier runs teach this one (design 2.9): judged malicious joins the known set, judged benign the
// background, and projects judged malicious are watched for new versions.
void teachFromHistory(const mph::app::HistoryDatabase &history, mph::ScanOptions &options) {
    QStringList problems;
    options.remembered = history.rememberedPackages(&problems);
    options.maliciousProjects = history.maliciousProjects();
    std::size_t known = 0;
    for (const mph::RememberedPackage &p : options.remembered)
        known += p.role == mph::Role::Known ? 1 : 0;
    if (!options.remembered.empty())
        std::fprintf(stderr, "history: %zu judged malicious join the known set, %zu judged benign the background\n",
                     known, options.remembered.size() - known);
    for (const QString &problem : problems)
        std::fprintf(stderr, "history: %s\n", problem.toLocal8Bit().constData());
}

// Records the run, then looks every batch package up: what the history knew before this run (seen before, the
// prior verdict) and the first scan that saw it (this one, for a new archive).
bool recordInHistory(mph::app::HistoryDatabase &history, mph::ScanResult &result) {
    QString problem;
    if (!history.recordScan(result, &problem)) {
        std::fprintf(stderr, "mphunter-cli scan: %s\n", problem.toLocal8Bit().constData());
        return false;
    }
    const QHash<QString, mph::app::ArchiveHistory> known = history.lookup(result, &problem);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "mphunter-cli scan: %s\n", problem.toLocal8Bit().constData());
        return false;
    }
    const int fresh = mph::app::applyMemory(known, result);
    std::size_t batchPackages = 0, judged = 0;
    for (std::size_t p = 0; p < result.packages.size(); ++p) {
        if (result.packageRoles[p] != mph::Role::Batch) continue;
        ++batchPackages;
        judged += result.packageMemory[p].priorVerdict.empty() ? 0 : 1;
    }
    std::fprintf(stderr, "history %s: %d of %zu batch packages new, %zu judged before\n",
                 history.path().toLocal8Bit().constData(), fresh, batchPackages, judged);
    return true;
}

bool seenBefore(const mph::ScanResult &result, std::uint32_t package) {
    return package < result.packageMemory.size() && result.packageMemory[package].seenBefore;
}

} // namespace

int runScanCommand(int argc, char **argv) {
    mph::ScanOptions options;
    std::vector<std::string> passphrases;
    std::string outFile, errorsFile;
    bool timings = false, noCache = false, historyFeedback = true, onlyNew = false;
    std::string historyFile;
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
        } else if (arg == "--no-history-feedback") {
            historyFeedback = false;
        } else if (arg == "--only-new") {
            onlyNew = true;
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
        } else if (arg == "--history") {
            historyFile = v;
        } else {
            return usageError("unknown option '" + arg + "'");
        }
    }
    if (options.demo && !options.batches.empty()) return usageError("--demo and --batch exclude each other");
    if (!options.demo && options.batches.empty()) return usageError("at least one --batch is needed (or --demo)");
    if (historyFile.empty() && (onlyNew || !historyFeedback))
        return usageError("--only-new and --no-history-feedback need --history FILE");
    if (!passphrases.empty()) options.passphrases = passphrases;
    if (!noCache && !options.demo) options.cacheFile = cacheFile ? *cacheFile : mph::FeatureCache::defaultLocation();

    std::unique_ptr<mph::app::HistoryDatabase> history;
    if (!historyFile.empty()) {
        QString problem;
        history = mph::app::HistoryDatabase::open(QString::fromStdString(historyFile), &problem);
        if (!history) {
            std::cerr << "mphunter-cli scan: " << problem.toStdString() << "\n";
            return 1;
        }
        if (historyFeedback) teachFromHistory(*history, options);
    }

    ProgressLine progressLine;
    mph::ScanOutcome outcome = runScan(options, [&](const mph::ScanProgress &p) { progressLine(p); });
    progressLine.finish();
    mph::ScanResult &result = outcome.result;
    if (history && !outcome.cancelled && !recordInHistory(*history, result)) return 1;

    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < result.ranking.size(); ++i)
        if (!onlyNew || !seenBefore(result, result.scripts[result.ranking[i].entry].package)) rows.push_back(i);
    if (top > 0) {
        mph::cli::printRankingTable(stdout, result, top);
    } else if (outFile.empty()) {
        mph::writeRankingCsv(std::cout, result, rows);
    } else {
        std::ofstream out(outFile, std::ios::trunc);
        mph::writeRankingCsv(out, result, rows);
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
