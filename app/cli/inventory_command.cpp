// mphunter-cli inventory: every script of every package found, one tab-separated line each.
#include "analysis/call_sequence.h"
#include "cli_text.h"
#include "commands.h"
#include "corpus/reader.h"

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr const char *usage =
    "usage: mphunter-cli inventory [--passphrase P ...] [--jobs N] [--sequences] DIR|FILE...\n"
    "\n"
    "Finds packages under the folders (recursively; files are taken as packages), reads them in memory and prints\n"
    "one tab-separated line per install or import script:\n"
    "  package  version  scope  archive  script  sha256  [sequence]\n"
    "Tabs, newlines, carriage returns and backslashes inside fields are written as \\t \\n \\r \\\\.\n"
    "Unreadable packages go to standard error as 'error<TAB>file<TAB>reason', then a count line.\n"
    "\n"
    "  --passphrase P   passphrase for encrypted zips (repeatable; 'infected' is always tried)\n"
    "  --jobs N         reader threads (default: all cores)\n"
    "  --sequences      add a seventh field: the script's API-call sequence, names separated by spaces\n";

struct InventoryOptions {
    std::vector<std::filesystem::path> roots;
    mph::ReadOptions read;
    int jobs = 0;
    bool sequences = false; // --sequences: the call sequence of each script as a seventh field
};

int usageError(const std::string &message) {
    std::fprintf(stderr, "mphunter-cli inventory: %s\n\n%s", message.c_str(), usage);
    return 2;
}

void writeScriptLine(std::string &out, const mph::Package &package, const mph::Script &script,
                     const std::string *sequence) {
    using mph::cli::escapeField;
    out += escapeField(package.name);
    out += '\t';
    out += escapeField(package.version);
    out += '\t';
    out += mph::scopeName(script.scope);
    out += '\t';
    out += escapeField(package.source);
    out += '\t';
    out += escapeField(script.path);
    out += '\t';
    out += script.sha256;
    if (sequence) {
        out += '\t';
        out += escapeField(*sequence);
    }
    out += '\n';
}

// The call sequences of every script of a slice, on `jobs` threads (one analyzer each), in script order.
std::vector<std::string> analyseScripts(const std::vector<mph::Package> &packages, int jobs) {
    std::vector<const mph::Script *> scripts;
    for (const mph::Package &package : packages)
        for (const mph::Script &script : package.scripts)
            scripts.push_back(&script);
    std::vector<std::string> sequences(scripts.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        mph::ScriptAnalyzer analyzer;
        for (std::size_t i = next++; i < scripts.size(); i = next++)
            sequences[i] = mph::joinNames(analyzer.analyze(scripts[i]->text));
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < jobs; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    return sequences;
}

void writeError(const mph::ReadError &error) {
    using mph::cli::escapeField;
    std::fprintf(stderr, "error\t%s\t%s\n", escapeField(error.source).c_str(), escapeField(error.reason).c_str());
}

} // namespace

int runInventoryCommand(int argc, char **argv) {
    InventoryOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(usage, stdout);
            return 0;
        }
        if (arg == "--sequences") {
            options.sequences = true;
        } else if (arg == "--passphrase" || arg == "--jobs") {
            if (i + 1 >= argc) return usageError(std::string(arg) + " needs a value");
            const std::string_view value = argv[++i];
            if (arg == "--passphrase") {
                options.read.passphrases.emplace_back(value);
            } else if (auto jobs = mph::cli::parsePositive(value)) {
                options.jobs = *jobs;
            } else {
                return usageError("--jobs needs a positive number");
            }
        } else if (arg == "--") {
            for (++i; i < argc; ++i)
                options.roots.emplace_back(argv[i]);
        } else if (arg.size() > 1 && arg.front() == '-') {
            return usageError("unknown option " + std::string(arg));
        } else {
            options.roots.emplace_back(arg);
        }
    }
    if (options.roots.empty()) return usageError("no folder or file given");
    if (options.jobs == 0) options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    const mph::Discovery discovery = mph::discoverPackages(options.roots);
    for (const mph::ReadError &error : discovery.errors)
        writeError(error);

    // In slices, so that memory stays bounded and lines flow on large corpora; the output order is discovery order.
    constexpr std::size_t slice = 2048;
    std::size_t packages = 0, scripts = 0, errors = discovery.errors.size();
    std::string out;
    for (std::size_t start = 0; start < discovery.packages.size(); start += slice) {
        const std::size_t end = std::min(discovery.packages.size(), start + slice);
        const std::vector<std::filesystem::path> part(discovery.packages.begin() + static_cast<std::ptrdiff_t>(start),
                                                      discovery.packages.begin() + static_cast<std::ptrdiff_t>(end));
        const mph::CorpusRead read = mph::readPackages(part, options.read, options.jobs);
        out.clear();
        const std::vector<std::string> sequences =
            options.sequences ? analyseScripts(read.packages, options.jobs) : std::vector<std::string>{};
        std::size_t index = 0;
        for (const mph::Package &package : read.packages) {
            for (const mph::Script &script : package.scripts) {
                writeScriptLine(out, package, script, options.sequences ? &sequences[index] : nullptr);
                ++index;
            }
            scripts += package.scripts.size();
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
        for (const mph::ReadError &error : read.errors)
            writeError(error);
        packages += read.packages.size();
        errors += read.errors.size();
    }
    std::fprintf(stderr, "%zu packages, %zu scripts, %zu errors\n", packages, scripts, errors);
    return 0;
}
