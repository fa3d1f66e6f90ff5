// mphunter-cli inventory: every script of every package found, one tab-separated line each.
#include "cli_text.h"
#include "commands.h"
#include "corpus/reader.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr const char *usage =
    "usage: mphunter-cli inventory [--passphrase P ...] [--jobs N] DIR|FILE...\n"
    "\n"
    "Finds packages under the folders (recursively; files are taken as packages), reads them in memory and prints\n"
    "one tab-separated line per install or import script:\n"
    "  package  version  scope  archive  script  sha256\n"
    "Tabs, newlines, carriage returns and backslashes inside fields are written as \\t \\n \\r \\\\.\n"
    "Unreadable packages go to standard error as 'error<TAB>file<TAB>reason', then a count line.\n"
    "\n"
    "  --passphrase P   passphrase for encrypted zips (repeatable; 'infected' is always tried)\n"
    "  --jobs N         reader threads (default: all cores)\n";

struct InventoryOptions {
    std::vector<std::filesystem::path> roots;
    mph::ReadOptions read;
    int jobs = 0;
    // --sequences (analysis stage): add its flag here and its column in writeScriptLine.
};

int usageError(const std::string &message) {
    std::fprintf(stderr, "mphunter-cli inventory: %s\n\n%s", message.c_str(), usage);
    return 2;
}

void writeScriptLine(std::string &out, const mph::Package &package, const mph::Script &script,
                     const InventoryOptions &) {
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
    // --sequences: the script's call sequence goes here as a seventh field.
    out += '\n';
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
        if (arg == "--passphrase" || arg == "--jobs") {
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
        for (const mph::Package &package : read.packages) {
            for (const mph::Script &script : package.scripts)
                writeScriptLine(out, package, script, options);
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
