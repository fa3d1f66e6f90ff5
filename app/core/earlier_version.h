#pragma once
// The earlier version of a batch package's project, for the version diff (issue 13 item 6): found among the run's own
// packages (background or batch, same normalised project name, an earlier version) or in the history database, then
// read and analysed again in memory (never extracted) like the run read its packages, so that its install script and
// the files it runs can be diffed and its calls compared. Finding is cheap (GUI thread); loading reads an archive and
// parses its scripts, so it runs off the GUI thread (loadEarlierVersion is thread-safe and opens its own connection).
#include "run_history.h"
#include "scan_access.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace mph::app {

// <0, 0, >0 as `a` is older, the same, newer than `b` (PEP 440 release numbers, a pre-release before its release, a
// post-release after it); nullopt when either does not start with a number.
std::optional<int> compareVersions(const QString &a, const QString &b);

struct EarlierVersionRef {
    QString name, version;
    QString archiveSha256;
    QString archivePath;         // the history's recorded path, or the run package's source ("demo:…" when embedded)
    bool fromHistory = false;    // else a package of the run
    bool hasArchiveCopy = false; // the history keeps the archive's bytes
};

// The newest earlier version of package `package`'s project, from the run or from `history` (may be null).
std::optional<EarlierVersionRef> findEarlierVersion(const ScanResult &scan, std::uint32_t package,
                                                    const RunHistory *history);

struct EarlierVersionFiles {
    EarlierVersionRef ref;
    QString error;                       // why the earlier version could not be read (nothing else is set then)
    QString from;                        // where its bytes came from: "the history's copy" or a file path
    Package package;                     // with the texts of its scripts and modules
    std::vector<CallSequence> sequences; // parallel to package.scripts, analysed as the run analysed its scripts

    // The text of a file by its path inside the package without the root folder ("setup.py", "pkg/_hooks.py").
    std::optional<QByteArray> fileText(const QString &relativePath) const;
    // The sequence of the script at that path, if the earlier version has it.
    const CallSequence *sequence(const QString &relativePath) const;
};

// Reads and analyses the earlier version (slow: seconds for a large archive). `historyPath` is where a history copy is
// read from; `options` give the passphrases and how reached code enters the sequences.
EarlierVersionFiles loadEarlierVersion(const EarlierVersionRef &ref, const QString &historyPath,
                                       const ScanOptions &options);

// A stored path without its package's root folder.
QString pathInPackage(const std::string &path, const std::string &root);

} // namespace mph::app
