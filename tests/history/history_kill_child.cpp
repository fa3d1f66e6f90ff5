// The child of tst_history_crash: opens (or creates) the history file it is given and commits to it until it is
// killed, reporting each commit on stdout after it returned. Every third commit records a scan of 300 archives (a
// transaction over many pages); the others add one verdict, numbered from what the file already holds.
//   history_kill_child FILE
// Lines: "opened K" (verdicts already there), "committing N" / "committed N" (verdict N), "recording R" /
// "recorded R" (the file then holds R runs).
#include "history_database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>

using namespace mph;
using namespace mph::app;

namespace {

QString shaOf(int i) {
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
}

// A scan of `count` archives starting at `first`, with no scripts: what recordScan writes for each is the same.
ScanResult fakeScan(int first, int count) {
    ScanResult result;
    result.batchNames = {"kill"};
    for (int i = first; i < first + count; ++i) {
        Package p;
        p.name = "pkg-" + std::to_string(i);
        p.version = "1.0";
        p.sha256 = shaOf(i).toStdString();
        p.source = "/nowhere/" + p.name + "-1.0.tar.gz";
        result.packages.push_back(std::move(p));
        result.packageRoles.push_back(Role::Batch);
        result.packageBatch.push_back(0);
    }
    return result;
}

void say(const char *word, long long n) {
    std::printf("%s %lld\n", word, n);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: history_kill_child FILE\n");
        return 2;
    }
    QString error;
    auto history = HistoryDatabase::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!history) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The archive every verdict names: recorded by the first child.
    if (!history->features(shaOf(0)) && !history->recordScan(fakeScan(0, 1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    long long verdicts = history->verdictHistory(shaOf(0)).size();
    say("opened", verdicts);
    for (long long step = 0;; ++step) {
        if (step % 3 == 2) {
            say("recording", step);
            if (!history->recordScan(fakeScan(1 + int(step) * 300, 300), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            say("recorded", step);
            continue;
        }
        const long long n = verdicts + 1;
        VerdictRecord verdict;
        verdict.archiveSha256 = shaOf(0);
        verdict.verdict = n % 2 ? Verdict::Suspicious : Verdict::Malicious;
        verdict.note = QStringLiteral("commit %1").arg(n);
        verdict.analyst = QStringLiteral("child");
        say("committing", n);
        if (!history->addVerdicts({verdict}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        verdicts = n;
        say("committed", n);
    }
}
