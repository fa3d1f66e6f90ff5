// mphunter-cli verdict: records an analyst's verdict in the history database (issue 13's command-line contract). The
// GUI writes the same record when a verdict is set there.
#include "commands.h"
#include "history_database.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr const char *kUsage =
    "usage: mphunter-cli verdict --history FILE (--sha256 HEX | --package NAME==VERSION)\n"
    "                            --verdict malicious|suspicious|benign|undecided [--note TEXT] [--analyst NAME]\n"
    "\n"
    "Records a verdict on a package the history has seen (scan --history FILE records every scanned package).\n"
    "A package judged malicious joins the known set of later scans with that history, one judged benign their\n"
    "background; a later verdict on the same archive replaces the earlier one (both are kept).\n"
    "\n"
    "  --history FILE       the history database\n"
    "  --sha256 HEX         the archive's sha256 (as the CSV's archive_sha256 column gives it)\n"
    "  --package N==V       the latest archive seen with that name and version\n"
    "  --verdict V          malicious, suspicious, benign or undecided\n"
    "  --note TEXT          the analyst's note\n"
    "  --analyst NAME       who judged (default: $USER)\n";

int usageError(const std::string &message) {
    std::fprintf(stderr, "mphunter-cli verdict: %s\n\n%s", message.c_str(), kUsage);
    return 2;
}

bool isSha256(const QString &text) {
    if (text.size() != 64) return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

} // namespace

int runVerdictCommand(int argc, char **argv) {
    QString historyFile, sha256, package, verdictText, note;
    const char *user = std::getenv("USER");
    QString analyst = QString::fromLocal8Bit(user && *user ? user : "analyst");
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (i + 1 >= argc)
            return usageError(arg.rfind("--", 0) == 0 ? arg + " needs a value" : "unexpected '" + arg + "'");
        const QString value = QString::fromLocal8Bit(argv[++i]);
        if (arg == "--history")
            historyFile = value;
        else if (arg == "--sha256")
            sha256 = value.toLower();
        else if (arg == "--package")
            package = value;
        else if (arg == "--verdict")
            verdictText = value;
        else if (arg == "--note")
            note = value;
        else if (arg == "--analyst")
            analyst = value;
        else
            return usageError("unknown option '" + arg + "'");
    }
    if (historyFile.isEmpty()) return usageError("--history FILE is needed");
    if (sha256.isEmpty() == package.isEmpty())
        return usageError("give one of --sha256 HEX and --package NAME==VERSION");
    if (!sha256.isEmpty() && !isSha256(sha256)) return usageError("--sha256 takes 64 hexadecimal digits");
    const std::optional<mph::app::Verdict> verdict = mph::app::parseVerdict(verdictText);
    if (!verdict) return usageError("--verdict takes malicious, suspicious, benign or undecided");

    mph::app::VerdictRecord record;
    record.archiveSha256 = sha256;
    if (!package.isEmpty()) {
        const qsizetype separator = package.indexOf(QLatin1String("=="));
        if (separator <= 0 || separator + 2 >= package.size()) return usageError("--package takes NAME==VERSION");
        record.name = package.left(separator);
        record.version = package.mid(separator + 2);
    }
    record.verdict = *verdict;
    record.analyst = analyst;
    record.note = note;
    record.at = QDateTime::currentDateTimeUtc();

    QString problem;
    const std::unique_ptr<mph::app::HistoryDatabase> history = mph::app::HistoryDatabase::open(historyFile, &problem);
    if (!history || !history->addVerdicts({record}, &problem)) {
        std::fprintf(stderr, "mphunter-cli verdict: %s\n", problem.toLocal8Bit().constData());
        return 1;
    }
    const QString subject = sha256.isEmpty() ? package : sha256;
    std::fprintf(stderr, "%s: %s judged %s by %s\n", history->path().toLocal8Bit().constData(),
                 subject.toLocal8Bit().constData(), verdictText.toLocal8Bit().constData(),
                 analyst.toLocal8Bit().constData());
    return 0;
}
