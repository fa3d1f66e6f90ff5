// mphunter-cli: the engine from the command line. Dispatches to the subcommands declared in commands.h.
#include "commands.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <string_view>

namespace {

struct Command {
    std::string_view name;
    int (*run)(int argc, char **argv);
    std::string_view summary;
};

constexpr Command commands[] = {
    {"inventory", runInventoryCommand, "list every package's install and import scripts with their sha256"},
    {"scan", runScanCommand, "rank each batch's scripts against a benign background and known malware"},
    {"verdict", runVerdictCommand, "record an analyst's verdict in a history database (scan --history)"},
    {"evaluate", runEvaluateCommand, "measure detection on the development corpora (recall@K, AP, Bandit baseline)"},
};

void printUsage(std::FILE *out) {
    std::fprintf(out, "usage: mphunter-cli <command> [options]   (mphunter-cli <command> --help for its options)\n\n");
    for (const Command &command : commands) {
        std::fprintf(out, "  %-12.*s %.*s\n", static_cast<int>(command.name.size()), command.name.data(),
                     static_cast<int>(command.summary.size()), command.summary.data());
    }
    std::fprintf(out, "\n  --version    print the version\n  --help       print this help\n");
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        printUsage(stderr);
        return 2;
    }
    const std::string_view first = argv[1];
    if (first == "--help" || first == "-h") {
        printUsage(stdout);
        return 0;
    }
    if (first == "--version") {
        std::printf("mphunter-cli %s\n", MPH_VERSION);
        return 0;
    }
    // Qt SQL (the history database) finds its SQLite driver through the application's library paths.
    const QCoreApplication application(argc, argv);
    for (const Command &command : commands) {
        if (first == command.name) return command.run(argc - 1, argv + 1);
    }
    std::fprintf(stderr, "mphunter-cli: unknown command '%s'\n\n", argv[1]);
    printUsage(stderr);
    return 2;
}
