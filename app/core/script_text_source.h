#pragma once
// The text of any script of a scan. Batch scripts keep their text in the ScanResult; background and known scripts
// are re-read on demand (in memory, never extracted) from their archive, or from the embedded demo corpus for
// "demo:" sources, or from the history database's copy for packages an earlier verdict brought in ("history:"
// sources, ScanOptions::remembered), and cached per package (with the package's other modules, for the files a script
// runs).
#include "scan_access.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string>
#include <vector>

namespace mph::app {

class ScriptTextSource {
  public:
    ScriptTextSource() = default;
    ScriptTextSource(ScanPtr scan, std::vector<std::string> passphrases, QString historyPath = {});

    // Raw bytes of the script; empty with `error` set when it cannot be read.
    QByteArray text(std::uint32_t entry, QString *error = nullptr) const;
    // Raw bytes of one of the script's sources (ScriptEntry::sources: 0 is the script, then the files of its package
    // it runs and the layers it decodes); empty with `error` set when it cannot be read.
    QByteArray sourceText(std::uint32_t entry, std::uint32_t source, QString *error = nullptr) const;

  private:
    const Package *reread(std::uint32_t packageIndex, QString *error) const;

    ScanPtr scan_;
    std::vector<std::string> passphrases_;
    QString historyPath_;                                  // the history the run was taught by; empty: none
    mutable QHash<std::uint32_t, Package> rereadPackages_; // by package index; no scripts when it could not be read
};

} // namespace mph::app
